#include "domain/incident.hpp"

#include "common/clock.hpp"
#include "domain/legal_references.hpp"
#include "domain/stay.hpp"
#include "domain/text_rules.hpp"

#include <algorithm>

namespace husly {
namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

struct Problems {
    std::vector<Error> list;
    void add(std::string field, std::string message) {
        list.push_back(Error{ErrorKind::validation, "invalid_field", std::move(message), std::move(field)});
    }
    // Clean text of at most incident_text_max characters; false when it is not.
    bool text(const std::string& field, const std::string& value) {
        auto checked = check_text(field, value, incident_text_max);
        if (checked) return true;
        list.push_back(checked.error());
        return false;
    }
};

// At least `min` characters besides the spaces around them.
bool long_enough(std::string_view text, size_t min) {
    auto inner = trimmed(text);
    return is_clean_text(inner, true) && utf8_length(inner) >= min;
}

} // namespace

std::string_view to_string(IncidentDecision decision) {
    switch (decision) {
    case IncidentDecision::stans:
        return "stans";
    case IncidentDecision::no_stans:
        return "ikke_stans";
    }
    return "";
}

std::optional<IncidentDecision> parse_incident_decision(std::string_view code) {
    if (code == "stans") return IncidentDecision::stans;
    if (code == "ikke_stans") return IncidentDecision::no_stans;
    return std::nullopt;
}

std::vector<Error> incident_report_problems(const IncidentReport& report,
                                            std::string_view placement_starts_on,
                                            std::chrono::year_month_day today) {
    Problems problems;
    auto occurred = parse_date(report.occurred_on);
    if (!occurred)
        problems.add("occurredOn", report.occurred_on.empty() ? "Skriv datoen hendelsen skjedde."
                                                              : date_error_message(report.occurred_on));
    else if (days_between(today, *occurred) > 0)
        problems.add("occurredOn", "Datoen kan ikke være fram i tid.");
    else if (auto start = parse_date(placement_starts_on); start && days_between(*start, *occurred) < 0)
        problems.add("occurredOn", "Hendelsen kan ikke ha skjedd før plasseringen begynte.");
    if (problems.text("facts", report.facts) && !long_enough(report.facts, incident_facts_min))
        problems.add("facts", "Beskriv hva som skjedde (minst 10 tegn): det Nav skal bygge på.");
    if (problems.text("actionTaken", report.action_taken) && report.ends_stay &&
        trimmed(report.action_taken).empty())
        problems.add("actionTaken", "Skriv hva dere gjorde, og hvor personen er nå.");
    return problems.list;
}

std::vector<Error> incident_follow_up_problems(const IncidentReport& report,
                                               const IncidentFollowUp& follow_up,
                                               std::optional<int64_t> termination_id,
                                               std::chrono::year_month_day today) {
    Problems problems;
    bool account_ok = problems.text("residentAccount", follow_up.resident_account);
    bool assessment_ok = problems.text("newPlaceAssessment", follow_up.new_place_assessment);
    bool deciding = follow_up.decision.has_value();
    if (account_ok && deciding && !long_enough(follow_up.resident_account, incident_facts_min))
        problems.add(
            "residentAccount",
            legal::expand(
                "Personen skal ha fått uttale seg før Nav avgjør. Skriv ned hva personen sa, "
                "eller at personen ikke ville uttale seg ({fvl_forhandsvarsel,fvl_utredning|kort})."));
    if (assessment_ok && deciding && report.ends_stay &&
        !long_enough(follow_up.new_place_assessment, incident_facts_min))
        problems.add("newPlaceAssessment",
                     legal::expand("Skriv hvor personen kan bo nå: Nav skal vurdere nytt botilbud samme dag "
                                   "({sotjl_midlertidig_botilbud|kort})."));
    if (follow_up.new_place_assessed_on) {
        auto assessed = parse_date(*follow_up.new_place_assessed_on);
        auto occurred = parse_date(report.occurred_on);
        if (!assessed)
            problems.add("newPlaceAssessedOn", date_error_message(*follow_up.new_place_assessed_on));
        else if (days_between(today, *assessed) > 0)
            problems.add("newPlaceAssessedOn", "Datoen kan ikke være fram i tid.");
        else if (occurred && days_between(*occurred, *assessed) < 0)
            problems.add("newPlaceAssessedOn", "Vurderingen kan ikke være gjort før hendelsen.");
    } else if (!trimmed(follow_up.new_place_assessment).empty() || (deciding && report.ends_stay)) {
        problems.add("newPlaceAssessedOn", "Skriv datoen Nav vurderte nytt botilbud.");
    }
    // Saving nothing is no follow-up: it would stamp the incident as followed up.
    if (!deciding && account_ok && assessment_ok && trimmed(follow_up.resident_account).empty() &&
        trimmed(follow_up.new_place_assessment).empty())
        problems.add(
            "residentAccount",
            "Skriv personens forklaring eller vurderingen av nytt botilbud, eller velg Navs avgjørelse.");
    bool reason_ok = problems.text("decisionReason", follow_up.decision_reason);
    if (follow_up.decision == IncidentDecision::stans && !termination_id)
        problems.add("decision", "Fatt vedtak om stans på oppholdet først; det knyttes til hendelsen.");
    if (follow_up.decision == IncidentDecision::no_stans && reason_ok &&
        !long_enough(follow_up.decision_reason, incident_facts_min))
        problems.add("decisionReason", "Skriv hvorfor Nav ikke stanser botilbudet.");
    if (follow_up.decision != IncidentDecision::no_stans && !trimmed(follow_up.decision_reason).empty())
        problems.add("decisionReason", "Begrunnelsen gjelder bare når Nav ikke stanser botilbudet.");
    return problems.list;
}

bool is_handled(const IncidentReport& report) {
    return report.follow_up.decision.has_value();
}

// The day it was reported is Norway's day, not the UTC date of the instant (an hour apart at night).
bool assessed_same_day(const IncidentReport& report) {
    return report.follow_up.new_place_assessed_on &&
           norwegian_date_of(report.reported_at) == *report.follow_up.new_place_assessed_on;
}

Status check_provider_ending(const std::vector<IncidentReport>& reports_of_placement) {
    if (std::any_of(reports_of_placement.begin(), reports_of_placement.end(),
                    [](const IncidentReport& report) { return report.ends_stay; }))
        return {};
    return fail(ErrorKind::conflict, "incident_required",
                "Meld hendelsen først: når dere avslutter oppholdet, skal Nav få vite hva som skjedde.",
                "incident");
}

Result<int64_t> provider_ending_report(const std::vector<IncidentReport>& reports_of_stay,
                                       std::optional<int64_t> incident_id) {
    if (!incident_id)
        return invalid("incidentId", "Velg hendelsesrapporten der tilbyderen avsluttet oppholdet.");
    auto found = std::find_if(reports_of_stay.begin(), reports_of_stay.end(),
                              [&](const IncidentReport& report) { return report.id == *incident_id; });
    if (found == reports_of_stay.end() || !found->ends_stay)
        return invalid("incidentId", "Hendelsesrapporten hører ikke til oppholdet, eller avsluttet ikke "
                                     "oppholdet.");
    if (trimmed(found->follow_up.resident_account).empty())
        return invalid("incidentId", legal::expand("Skriv ned personens egen forklaring på hendelsen først "
                                                   "({fvl_forhandsvarsel,fvl_utredning|kort})."));
    if (trimmed(found->follow_up.new_place_assessment).empty() || !found->follow_up.new_place_assessed_on)
        return invalid("incidentId",
                       legal::expand("Vurder nytt botilbud først, og skriv det ned på hendelsen "
                                     "({sotjl_midlertidig_botilbud|kort})."));
    return found->id;
}

} // namespace husly
