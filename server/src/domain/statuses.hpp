#pragma once
// The statuses and kinds the rules decide on, as enums with one table each (statuses.cpp): the
// code stored in the database and sent in the API, and the bokmål label where users see one.
// The tables are the one source of truth: the code lists of the same name (request_codes.hpp)
// are read from them. A struct in domain/ holds the enum; the store parses the code when it reads
// a row (an unknown code is an error, never a default) and the HTTP layer writes it with
// to_string. Switches over these enums have no default, so -Wswitch names every rule that must
// decide about a new value. Adding one: DEVELOPERS.md, "Where does my change go".

#include "domain/request_codes.hpp"

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace husly {

// A booking's life (docs/domain.md#placement).
enum class PlacementStatus {
    awaiting_confirmation, // venter_bekreftelse: on request, until the provider confirms
    booked,                // bestilt
    checked_in,            // innsjekket
    checked_out,           // utsjekket
    cancelled,             // avbestilt: by the office, or by the stay's end before check-in
    declined,              // avvist: by the provider
};
inline constexpr std::array all_placement_statuses{
    PlacementStatus::awaiting_confirmation, PlacementStatus::booked,    PlacementStatus::checked_in,
    PlacementStatus::checked_out,           PlacementStatus::cancelled, PlacementStatus::declined};
std::string_view to_string(PlacementStatus status);
std::string_view label(PlacementStatus status);
std::optional<PlacementStatus> parse_placement_status(std::string_view code);
std::span<const CodeEntry> placement_status_codes(); // CodeList::placement_status

// A deviation's life: open, reported to the municipality, closed.
enum class DeviationStatus {
    open,     // apent
    reported, // meldt
    closed,   // lukket
};
inline constexpr std::array all_deviation_statuses{DeviationStatus::open, DeviationStatus::reported,
                                                   DeviationStatus::closed};
std::string_view to_string(DeviationStatus status);
std::string_view label(DeviationStatus status);
std::optional<DeviationStatus> parse_deviation_status(std::string_view code);
std::span<const CodeEntry> deviation_status_codes(); // CodeList::deviation_status

// A vedtak: a draft, sent to the leder for approval, decided.
enum class DecisionStatus { draft, awaiting_approval, decided };
inline constexpr std::array all_decision_statuses{DecisionStatus::draft, DecisionStatus::awaiting_approval,
                                                  DecisionStatus::decided};
std::string_view to_string(DecisionStatus status);
std::optional<DecisionStatus> parse_decision_status(std::string_view code);

// How a stay ended (docs/domain.md#exit-outcomes).
enum class ExitOutcome {
    municipal_housing,   // kommunal_bolig
    private_rental,      // privat_leie
    own_home,            // egen_bolig
    transit,             // overgang: needs its kind and end date
    declined_offer,      // takket_nei
    ended_by_provider,   // avsluttet_av_tilbyder: needs a note
    terminated,          // stans: only through a decision (vedtak om stans)
    left_without_notice, // forlot_uten_beskjed
    other,               // annet: needs a note
};
inline constexpr std::array all_exit_outcomes{
    ExitOutcome::municipal_housing, ExitOutcome::private_rental,      ExitOutcome::own_home,
    ExitOutcome::transit,           ExitOutcome::declined_offer,      ExitOutcome::ended_by_provider,
    ExitOutcome::terminated,        ExitOutcome::left_without_notice, ExitOutcome::other};
std::string_view to_string(ExitOutcome outcome);
std::string_view label(ExitOutcome outcome);
std::optional<ExitOutcome> parse_exit_outcome(std::string_view code);
std::span<const CodeEntry> exit_outcome_codes(); // CodeList::exit_outcome

// What became of an appeal (klage): the office's step first (fvl. § 33), then Statsforvalteren's.
enum class AppealResult {
    changed_by_office,           // omgjort_av_kontoret
    sent_to_statsforvalteren,    // sendt_statsforvalteren
    upheld,                      // stadfestet
    changed_by_statsforvalteren, // omgjort_av_statsforvalteren
    quashed,                     // opphevet
    withdrawn,                   // trukket
};
inline constexpr std::array all_appeal_results{AppealResult::changed_by_office,
                                               AppealResult::sent_to_statsforvalteren,
                                               AppealResult::upheld,
                                               AppealResult::changed_by_statsforvalteren,
                                               AppealResult::quashed,
                                               AppealResult::withdrawn};
std::string_view to_string(AppealResult result);
std::string_view label(AppealResult result);
std::optional<AppealResult> parse_appeal_result(std::string_view code);
std::span<const CodeEntry> appeal_result_codes(); // CodeList::appeal_result

// How a vedtak was given to the person (fvl. § 27); it decides the day it reached them (§ 29).
enum class DeliveryMethod {
    in_person, // personlig: handed over
    digital,   // digitalt: made available digitally
    post,      // post: posted
};
inline constexpr std::array all_delivery_methods{DeliveryMethod::in_person, DeliveryMethod::digital,
                                                 DeliveryMethod::post};
std::string_view to_string(DeliveryMethod method);
std::string_view label(DeliveryMethod method);
std::optional<DeliveryMethod> parse_delivery_method(std::string_view code);

// What a granted vedtak offers (docs/domain.md#rule-vedtak-names-the-offer): the place itself
// (provider, address, from when), or the office's statement that it will find one by a date.
enum class OfferKind {
    named_place,  // navngitt: the place is named
    office_finds, // skaffes: the office finds one by a date
};
inline constexpr std::array all_offer_kinds{OfferKind::named_place, OfferKind::office_finds};
std::string_view to_string(OfferKind kind);
std::string_view label(OfferKind kind);
std::optional<OfferKind> parse_offer_kind(std::string_view code);

// The office's assessment of an appeal sent after the deadline (fvl. § 31): heard anyway, or
// dismissed (avvist) by a decision of its own.
enum class LateAppealAssessment {
    heard,     // behandles
    dismissed, // avvist
};
inline constexpr std::array all_late_appeal_assessments{LateAppealAssessment::heard,
                                                        LateAppealAssessment::dismissed};
std::string_view to_string(LateAppealAssessment assessment);
std::string_view label(LateAppealAssessment assessment);
std::optional<LateAppealAssessment> parse_late_appeal_assessment(std::string_view code);

// An office's response in a survey round.
enum class SurveyResponseStatus {
    not_started, // ikke_startet
    draft,       // utkast
    submitted,   // sendt
};
inline constexpr std::array all_survey_response_statuses{
    SurveyResponseStatus::not_started, SurveyResponseStatus::draft, SurveyResponseStatus::submitted};
std::string_view to_string(SurveyResponseStatus status);
std::optional<SurveyResponseStatus> parse_survey_response_status(std::string_view code);

// A unit's quality status: derived on the day it is asked for (accommodation.hpp, quality_status),
// never typed (docs/domain.md#inspection).
enum class QualityStatus {
    adequate,           // godkjent: latest verdict forsvarlig, not overdue, agreement if required
    inspection_overdue, // kontroll_utlopt
    not_adequate,       // ikke_forsvarlig
    not_inspected,      // ikke_kontrollert
    no_agreement,       // mangler_avtale
};
inline constexpr std::array all_quality_statuses{QualityStatus::adequate, QualityStatus::inspection_overdue,
                                                 QualityStatus::not_adequate, QualityStatus::not_inspected,
                                                 QualityStatus::no_agreement};
std::string_view to_string(QualityStatus status);
std::string_view label(QualityStatus status);
std::optional<QualityStatus> parse_quality_status(std::string_view code);
std::span<const CodeEntry> quality_status_codes(); // CodeList::quality_status

} // namespace husly
