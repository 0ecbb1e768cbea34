#pragma once
// Decisions (one per request) and their stored letters.

#include "domain/decision.hpp"
#include "domain/vedtak_terms.hpp"
#include "store/database.hpp"

#include <optional>

namespace husly::decision_repository {

std::optional<Decision> find_by_request(Connection& connection, int64_t request_id);
int64_t insert(Connection& connection, const Decision& decision);
void update(Connection& connection, const Decision& decision);
// Stores the letter (base64 of the PDF bytes) with the decided state.
void mark_decided(Connection& connection, const Decision& decision, const std::string& letter_base64);
std::optional<std::string> letter(Connection& connection, int64_t decision_id);
// How and when it was given, the day it reached the person and the appeal deadline (once).
void mark_delivered(Connection& connection, const Decision& decision);
// Sent to the leder for approval, or sent back to draft with a note.
void mark_submitted(Connection& connection, const Decision& decision);
void mark_returned(Connection& connection, int64_t decision_id, const std::string& note);

std::vector<Appeal> appeals(Connection& connection, int64_t decision_id);
int64_t insert_appeal(Connection& connection, const Appeal& appeal);
void update_appeal_result(Connection& connection, const Appeal& appeal, int64_t by);
// The § 31 assessment of a late appeal, with the dismissal's letter (base64 of the PDF) when avvist.
void update_late_assessment(Connection& connection, const Appeal& appeal,
                            const std::optional<std::string>& letter_base64);
std::optional<std::string> dismissal_letter(Connection& connection, int64_t appeal_id);

// Changes of place after the vedtak (amending vedtak), oldest first, and the letter of one.
std::vector<PlaceChange> place_changes(Connection& connection, int64_t decision_id);
int64_t insert_place_change(Connection& connection, const PlaceChange& change,
                            const std::string& letter_base64);
std::optional<std::string> place_change_letter(Connection& connection, int64_t decision_id,
                                               int64_t change_id);

} // namespace husly::decision_repository
