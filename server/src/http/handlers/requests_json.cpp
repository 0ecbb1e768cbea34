#include "http/handlers/requests_json.hpp"

#include "common/clock.hpp"
#include "http/handlers/shared_json.hpp"

namespace husly::http {

nlohmann::json request_summary_json(const RequestSummary& summary) {
    return {{"id", summary.id},
            {"personId", summary.person_id},
            {"personName", summary.person_name},
            {"receivedAt", summary.received_at},
            {"channel", summary.channel},
            {"acute", summary.acute},
            {"familyWithChildren", summary.family_with_children},
            {"under25", summary.under_25},
            {"outcome", optional_json(summary.outcome)},
            {"stayId", optional_json(summary.stay_id)},
            {"stayEndedOn", optional_json(summary.stay_ended_on)}};
}

nlohmann::json request_json(const husly::Request& request) {
    auto members = nlohmann::json::array();
    for (const auto& member : request.members)
        members.push_back({{"role", to_string(member.role)},
                           {"firstName", member.first_name},
                           {"birthDate", member.birth_date ? nlohmann::json(format_date(*member.birth_date))
                                                           : nlohmann::json()}});
    nlohmann::json outcome = nullptr;
    if (request.outcome)
        outcome = {{"kind", request.outcome->kind},
                   {"decidedAt", request.outcome->decided_at},
                   {"decidedBy", request.outcome->decided_by},
                   {"guidance", request.outcome->guidance},
                   {"note", request.outcome->note}};
    return {{"id", request.id},
            {"officeId", request.office_id},
            {"personId", request.person_id},
            {"municipalityNumber", request.municipality_number},
            {"channel", request.channel},
            {"receivedAt", request.received_at},
            {"acute", request.acute},
            {"reasons", request.reasons},
            {"reasonText", request.reason_text},
            {"groups", request.groups},
            {"network", request.network},
            {"networkNote", request.network_note},
            {"housingSituation", optional_json(request.housing_situation)},
            {"serviceNeeds", request.service_needs},
            {"sensitive",
             {{"substanceUse", request.sensitive.substance_use},
              {"mentalHealth", request.sensitive.mental_health}}},
            {"members", members},
            {"familyWithChildren", request.facts.family_with_children},
            {"under25", request.facts.under_25},
            {"outcome", outcome},
            {"createdAt", request.created_at}};
}

} // namespace husly::http
