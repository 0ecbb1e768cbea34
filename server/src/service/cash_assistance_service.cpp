#include "service/cash_assistance_service.hpp"

#include "common/clock.hpp"
#include "domain/decision.hpp"
#include "domain/legal_references.hpp"
#include "letters/letter_pdf.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "service/case_letter.hpp"
#include "store/cash_assistance_repository.hpp"
#include "store/request_repository.hpp"

#include <fmt/format.h>

namespace husly::cash_assistance {
namespace {

Result<Request> owned_request(Connection& connection, int64_t office_id, int64_t request_id) {
    auto request = request_repository::find(connection, request_id);
    if (!request || request->office_id != office_id) return not_found("Fant ikke henvendelsen.");
    return *request;
}

void audit_cash(Connection& connection, const Actor& actor, const char* action, const Request& request,
                nlohmann::json detail) {
    audit::record(connection, &actor, actor.address,
                  {action, "request", std::to_string(request.id), request.person_id, std::move(detail)});
}

Letter compose_letter(Connection& connection, const CashAssistance& decision) {
    auto letter = case_letter::begin(connection, decision.office_id, decision.person_id, decision.decided_by,
                                     decision.decided_at, "Vedtak om økonomisk stønad til overnatting");
    const auto on = norwegian_date_of(letter.created_at); // the law in force on the decision's date
    letter.reference = std::to_string(decision.request_id);
    using case_letter::grouped;
    letter.sections.push_back(
        {"Vedtak", decision.granted
                       ? fmt::format("Du får {} kroner i økonomisk stønad, så du kan betale for {} {} "
                                     "overnatting selv.",
                                     grouped(decision.amount_kroner), decision.nights,
                                     decision.nights == 1 ? "natt" : "netter")
                       : std::string("Du får ikke økonomisk stønad til overnatting.")});
    letter.sections.push_back(
        {"Begrunnelse",
         fmt::format("Vedtaket er gjort etter lov om sosiale tjenester i arbeids- og velferdsforvaltningen "
                     "(sosialtjenesteloven) {} om stønad til livsopphold.\n\n{}",
                     legal::section("sotjl_livsopphold", on), decision.reasons)});
    letter.sections.push_back(
        {"Dette vedtaket gjelder bare penger",
         fmt::format(
             "Vedtaket er ikke svar på om du har rett til midlertidig botilbud etter {}. "
             "Har du ikke et sted å bo, skal Nav-kontoret finne et midlertidig botilbud til deg, og du "
             "får et eget vedtak om det.",
             legal::cite("sotjl_midlertidig_botilbud", on))});
    case_letter::add_appeal_and_access_from_delivery(connection, letter, decision.office_id,
                                                     post_arrival_working_days);
    return letter;
}

} // namespace

Result<CashAssistance> record(Connection& connection, const Actor& actor, int64_t request_id,
                              CashAssistance input) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<CashAssistance> {
        auto request = TRY(owned_request(connection, office_id, request_id));
        auto received_on = parse_date(norwegian_date_of(request.received_at)).value();
        TRY(check_cash_assistance(input, received_on, today()));
        input.request_id = request.id;
        input.office_id = office_id;
        input.person_id = request.person_id;
        input.decided_at = format_instant(now());
        input.decided_by = actor.user_id;
        input.id = cash_assistance_repository::insert(connection, input);
        audit_cash(connection, actor, "cash_assistance.record", request,
                   {{"decisionId", input.id}, {"granted", input.granted}, {"nights", input.nights}});
        return input;
    });
}

Result<std::vector<CashAssistance>> for_request(Connection& connection, const Actor& actor,
                                                int64_t request_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(
        connection, Transaction::Mode::read, [&](Transaction&) -> Result<std::vector<CashAssistance>> {
            auto request = TRY(owned_request(connection, office_id, request_id));
            auto list = cash_assistance_repository::for_request(connection, request_id);
            audit_cash(connection, actor, "cash_assistance.list", request, {{"count", list.size()}});
            return list;
        });
}

Result<CashAssistance> record_delivery(Connection& connection, const Actor& actor, int64_t request_id,
                                       int64_t decision_id, const std::string& method,
                                       const std::string& on) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<CashAssistance> {
        auto request = TRY(owned_request(connection, office_id, request_id));
        auto decision = cash_assistance_repository::find(connection, decision_id);
        if (!decision || decision->request_id != request_id)
            return not_found("Fant ikke vedtaket om stønad.");
        if (decision->delivery)
            return fail(ErrorKind::conflict, "already_delivered",
                        "Det er allerede registrert hvordan vedtaket ble gitt.", "deliveryMethod");
        auto decided_on = parse_date(norwegian_date_of(decision->decided_at)).value();
        decision->delivery = TRY(delivery_of(method, on, decided_on, today()));
        cash_assistance_repository::mark_delivered(connection, decision->id, *decision->delivery);
        audit_cash(connection, actor, "cash_assistance.delivery", request,
                   {{"decisionId", decision->id},
                    {"deliveryMethod", method},
                    {"appealDeadline", decision->delivery->appeal_deadline}});
        return *decision;
    });
}

Result<std::string> letter(Connection& connection, const Actor& actor, int64_t request_id,
                           int64_t decision_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<std::string> {
        auto request = TRY(owned_request(connection, office_id, request_id));
        auto decision = cash_assistance_repository::find(connection, decision_id);
        if (!decision || decision->request_id != request_id)
            return not_found("Fant ikke vedtaket om stønad.");
        audit_cash(connection, actor, "cash_assistance.letter", request, {{"decisionId", decision_id}});
        return render_letter_pdf(compose_letter(connection, *decision));
    });
}

} // namespace husly::cash_assistance
