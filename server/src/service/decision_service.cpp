#include "service/decision_service.hpp"

#include "common/clock.hpp"
#include "domain/legal_references.hpp"
#include "domain/placement.hpp"
#include "domain/refusal_grounds.hpp"
#include "domain/request_codes.hpp"
#include "domain/text_rules.hpp"
#include "domain/vedtak_terms.hpp"
#include "letters/letter_pdf.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "service/case_letter.hpp"
#include "store/decision_repository.hpp"
#include "store/office_repository.hpp"
#include "store/person_repository.hpp"
#include "store/request_repository.hpp"
#include "store/user_repository.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly::decisions {
namespace {

using case_letter::norwegian_date;

using case_letter::grouped;

Status check_form(const DecisionInput& input) {
    if (!input.outcome.empty() && !is_known_code(CodeList::decision_outcome, input.outcome))
        return invalid("outcome", "Ukjent utfall.", "unknown_code");
    for (const auto& [field, value] :
         {std::pair{"periodFrom", input.period_from}, std::pair{"periodTo", input.period_to}})
        if (value && !parse_date(*value)) return invalid(field, date_error_message(*value));
    for (const auto& code : input.conditions) {
        if (auto why = unlawful_condition(code)) return invalid("conditions", *why, "unlawful_condition");
        if (!is_known_code(CodeList::condition, code))
            return invalid("conditions", "Ukjent vilkår.", "unknown_code");
    }
    for (const auto& [field, value] :
         {std::pair{"offerFrom", input.offer.from}, std::pair{"offerFindBy", input.offer.find_by},
          std::pair{"forwardedOn", input.responsibility.forwarded_on}})
        if (value && !parse_date(*value)) return invalid(field, date_error_message(*value));
    const auto& pay = input.own_payment;
    for (const auto& [field, value, limit] :
         {std::tuple{"ownPaymentRate", pay.rate_per_night, int64_t{10'000}},
          std::tuple{"ownPaymentMonthlyCap", pay.monthly_cap, int64_t{100'000}},
          std::tuple{"ownPaymentCanPay", pay.can_pay_per_month, int64_t{100'000}}})
        if (value && (*value < 0 || *value > limit))
            return invalid(field, fmt::format("Beløpet må være mellom 0 og {} kr.", grouped(limit)));
    for (const auto& code : input.refusal_reasons)
        if (!is_known_code(CodeList::refusal_reason, code))
            return invalid("refusalReasons", "Ukjent avslagsgrunn.", "unknown_code");
    for (const auto& [field, value, limit] :
         {std::tuple{"facts", &input.facts, 8000}, std::tuple{"considerations", &input.considerations, 8000},
          std::tuple{"conditionsText", &input.conditions_text, 2000},
          std::tuple{"longPeriodReason", &input.long_period_reason, 2000},
          std::tuple{"appliedFor", &input.applied_for, 2000},
          std::tuple{"refusedPart", &input.refused_part, 2000},
          std::tuple{"offerProvider", &input.offer.provider, 200},
          std::tuple{"offerAddress", &input.offer.address, 300},
          std::tuple{"ownPaymentAssessment", &input.own_payment.assessment, 4000},
          std::tuple{"forwardedTo", &input.responsibility.forwarded_to, 4},
          std::tuple{"limitedRightAssessment", &input.responsibility.limited_right_assessment, 4000}})
        TRY(check_text(field, *value, limit));
    return {};
}

// A refusal reason as the letter says it to the person ("" for «annet»: the assessment says why).
std::string_view refusal_clause(std::string_view code) {
    if (code == "har_bosted") return "du har et sted å bo";
    if (code == "nettverk") return "du kan bo hos familie eller venner";
    if (code == "klarer_selv") return "du kan skaffe deg et sted å bo selv";
    if (code == "annen_kommune") return "det er kommunen der du oppholder deg, som skal hjelpe deg";
    if (code == "ikke_midlertidig_behov") return "det du trenger, er ikke et midlertidig botilbud";
    if (code == "hjelp_fra_hjemlandet") return "du kan ventes å få hjelp fra hjemlandet ditt";
    return "";
}

// The assessment's last sentence on a refusal or a partial grant: "Vi har derfor kommet til at du
// ikke har krav på midlertidig botilbud, fordi du kan bo hos familie eller venner."
std::string refusal_conclusion(const Decision& decision) {
    std::vector<std::string_view> clauses;
    for (const auto& code : decision.refusal_reasons)
        if (auto clause = refusal_clause(code); !clause.empty()) clauses.push_back(clause);
    if (clauses.empty()) return "";
    std::string text = decision.outcome == "DELVIS_INNVILGET"
                           ? "Vi har derfor kommet til at du ikke får alt du søkte om, fordi "
                           : "Vi har derfor kommet til at du ikke har krav på midlertidig botilbud, fordi ";
    for (size_t i = 0; i < clauses.size(); ++i) {
        if (i > 0) text += i + 1 == clauses.size() ? " og " : ", ";
        text += clauses[i];
    }
    text += '.';
    return text;
}

// The request the decision belongs to, if the actor's office owns it.
Result<Request> owned_request(Connection& connection, int64_t office_id, int64_t request_id) {
    auto request = request_repository::find(connection, request_id);
    if (!request || request->office_id != office_id) return not_found("Fant ikke henvendelsen.");
    return *request;
}

// «Stedet du får»: the place named (provider, address, from when), or the office's promise to find
// one by a date, and what the person can do if the place is not adequate or changes
// (docs/domain.md#rule-vedtak-names-the-offer).
std::string offer_text(const Decision& decision) {
    const auto& offer = decision.offer;
    std::string text;
    if (offer.kind == OfferKind::named_place)
        text = fmt::format("Du får bo hos {}, {}, fra og med {}.", offer.provider, offer.address,
                           norwegian_date(offer.from.value_or("")));
    else if (offer.kind == OfferKind::office_finds)
        text = fmt::format("Nav-kontoret skaffer deg et konkret sted å bo, senest {}. Du får beskjed om "
                           "hvilket sted det er, og stedet skal være forsvarlig for deg.",
                           norwegian_date(offer.find_by.value_or("")));
    text += "\n\nMener du at stedet ikke er godt nok for deg, kan du klage på dette vedtaket. Må du flytte "
            "til et annet sted, får du et nytt vedtak om det, som du også kan klage på.";
    return text;
}

// «Egenbetaling»: per night and per month, what the person was found able to pay, and the
// assessment; or that they pay nothing, and why (docs/domain.md#rule-own-payment).
std::string own_payment_text(const Decision& decision) {
    const auto& pay = decision.own_payment;
    bool sets = std::find(decision.conditions.begin(), decision.conditions.end(), "egenbetaling") !=
                decision.conditions.end();
    if (!sets || !pay.rate_per_night) {
        std::string text = pay.income_is_social_assistance
                               ? "Du skal ikke betale noe for botilbudet, fordi inntekten din er økonomisk "
                                 "sosialhjelp."
                               : "Du skal ikke betale noe for botilbudet.";
        if (!pay.assessment.empty()) text += "\n\n" + pay.assessment;
        return text;
    }
    std::string text = fmt::format("Du skal betale {} kr per natt, men høyst {} kr i måneden.",
                                   grouped(*pay.rate_per_night), grouped(pay.monthly_cap.value_or(0)));
    if (pay.can_pay_per_month)
        text += fmt::format(" Vi har vurdert at du kan betale høyst {} kr i måneden, og du betaler aldri mer "
                            "enn det.",
                            grouped(*pay.can_pay_per_month));
    text += "\n\nSlik har vi vurdert hva du kan betale: " + pay.assessment;
    text += "\n\nEndres egenbetalingen, får du et nytt vedtak om det.";
    return text;
}

// «Vilkår»: each condition with its basis, then the office's own words.
std::string conditions_text(const Decision& decision) {
    std::string text;
    for (const auto& code : decision.conditions) {
        const auto* entry = find_code(CodeList::condition, code);
        if (!text.empty()) text += "\n\n";
        text += fmt::format("{}. Grunnlag: {}", entry ? std::string(entry->label) : code,
                            condition_basis(code, norwegian_date_of(decision.decided_at.value_or(""))));
    }
    if (!decision.conditions_text.empty()) text += (text.empty() ? "" : "\n\n") + decision.conditions_text;
    if (!text.empty())
        text += "\n\nAt du møter til samtaler med Nav-kontoret, er ikke et vilkår for å få bo i botilbudet.";
    return text;
}

// What the letter says on who must help: the limited right of a person without a fixed home in
// Norway, and where a refusal sent the request on (docs/domain.md#rule-wrong-municipality-is-forwarded).
std::vector<LetterSection> responsibility_sections(Connection& connection, const Decision& decision,
                                                   const std::string& on) {
    std::vector<LetterSection> sections;
    const auto& responsibility = decision.responsibility;
    if (responsibility.without_fixed_home)
        sections.push_back(
            {"Retten din når du ikke har fast bopel i Norge",
             fmt::format("Du er ikke norsk statsborger og har ikke fast bopel i Norge. Da har du rett til "
                         "hjelp til å finne et midlertidig botilbud til du kan ventes å få hjelp fra "
                         "hjemlandet ditt ({} andre ledd). Avtaler Norge har inngått, som EØS-avtalen og den "
                         "nordiske konvensjonen om sosialhjelp, kan gi deg mer.\n\nVår vurdering: {}",
                         legal::cite("forskrift_uten_bopel", on), responsibility.limited_right_assessment)});
    if (!responsibility.forwarded_to.empty() && responsibility.forwarded_on) {
        auto name = office_repository::municipality_name(connection, responsibility.forwarded_to)
                        .value_or(responsibility.forwarded_to);
        // «Oslo - Oslove»: the sentence names the municipality by its first name («i Oslo kommune»).
        if (auto dash = name.find(" - "); dash != std::string::npos) name.resize(dash);
        sections.push_back(
            {"Henvendelsen din er sendt videre",
             fmt::format(
                 "Det er kommunen der du oppholder deg, som skal hjelpe deg ({}). Vi sendte derfor "
                 "henvendelsen din videre til Nav-kontoret i {} kommune {}. Du trenger ikke spørre på "
                 "nytt der. Du kan likevel klage på dette vedtaket til oss.",
                 legal::cite("sotjl_kommunens_ansvar", on), name,
                 norwegian_date(*responsibility.forwarded_on))});
    }
    return sections;
}

Letter compose_letter(Connection& connection, const Decision& decision, const Request& request) {
    auto letter = case_letter::begin(connection, decision.office_id, decision.person_id,
                                     decision.decided_by.value_or(0), *decision.decided_at,
                                     "Vedtak om midlertidig botilbud");
    const auto on = norwegian_date_of(letter.created_at); // the law in force on the decision's date
    std::string verdict;
    if (decision.outcome == "INNVILGET")
        verdict = fmt::format("Du får midlertidig botilbud fra og med {} til og med {}.",
                              norwegian_date(*decision.period_from), norwegian_date(*decision.period_to));
    else if (decision.outcome == "DELVIS_INNVILGET")
        verdict = fmt::format("Søknaden din er delvis innvilget.\n\nDu søkte om: {}\n\nDu får midlertidig "
                              "botilbud fra og med {} "
                              "til og med {}.\n\nDette får du ikke: {}",
                              decision.applied_for, norwegian_date(*decision.period_from),
                              norwegian_date(*decision.period_to), decision.refused_part);
    else if (decision.outcome == "AVSLATT")
        verdict = "Søknaden din om midlertidig botilbud er avslått.";
    else
        verdict = "Søknaden din om midlertidig botilbud er avvist.";
    letter.reference = std::to_string(request.id);
    // Everyone the vedtak covers, by name: the household lives in the place too. (Appended in
    // place: GCC 12 warns falsely about `"…" + std::string` at -O2.)
    std::vector<std::string> others;
    for (const auto& member : request.members) {
        if (member.role == MemberRole::applicant) continue;
        std::string who = member.first_name;
        if (who.empty()) who = member.role == MemberRole::child ? "barn" : "voksen";
        if (member.birth_date) {
            who += " (født ";
            who += display_date(format_date(*member.birth_date));
            who += ')';
        }
        others.push_back(std::move(who));
    }
    std::string covers;
    if (!others.empty() && is_granted(decision)) {
        covers = "\n\nVedtaket gjelder deg og disse i husstanden din: ";
        for (size_t i = 0; i < others.size(); ++i) {
            if (i > 0) covers += i + 1 == others.size() ? " og " : ", ";
            covers += others[i];
        }
        covers += '.';
    }
    letter.sections.push_back(
        {"",
         fmt::format("Vi viser til henvendelsen din {}. Nav-kontoret har vurdert saken din etter {}.\n\n{}{}",
                     norwegian_date(norwegian_date_of(request.received_at)), legal_basis_of(decision),
                     verdict, covers)});
    if (is_granted(decision)) {
        letter.sections.push_back({"Stedet du får", offer_text(decision)});
        letter.sections.push_back({"Egenbetaling", own_payment_text(decision)});
        if (auto text = conditions_text(decision); !text.empty()) letter.sections.push_back({"Vilkår", text});
    }
    // The refusal's reasons are part of the assessment, said as a sentence to the person.
    std::string assessment = decision.considerations;
    if (auto conclusion = refusal_conclusion(decision); !conclusion.empty()) {
        while (!assessment.empty() && (assessment.back() == ' ' || assessment.back() == '\n'))
            assessment.pop_back();
        if (!assessment.empty() && std::string_view(".!?").find(assessment.back()) == std::string_view::npos)
            assessment += '.';
        if (!assessment.empty()) assessment += ' ';
        assessment += conclusion;
    }
    // The reasons under their own headings (fvl. § 25): the rules, the facts, the main considerations.
    letter.sections.push_back(
        {"Regelverk", fmt::format("Vedtaket er gjort etter {}. Etter denne bestemmelsen skal kommunen finne "
                                  "midlertidig botilbud for dem som ikke klarer det selv.",
                                  legal::cite("sotjl_midlertidig_botilbud", on))});
    letter.sections.push_back({"Faktum", "Dette har vi lagt vekt på i saken din: " + decision.facts});
    if (!decision.long_period_reason.empty())
        assessment += "\n\nBotilbudet gis for mer enn tre måneder fordi: " + decision.long_period_reason;
    letter.sections.push_back({"Vurdering", "Vår vurdering: " + assessment});
    for (auto& section : responsibility_sections(connection, decision, on))
        letter.sections.push_back(std::move(section));
    // The deadline runs from the day the vedtak reaches the person, recorded after it is given
    // (record_delivery): the letter says how it is counted.
    case_letter::add_appeal_and_access_from_delivery(connection, letter, decision.office_id,
                                                     post_arrival_working_days);
    return letter;
}

// The letter dismissing a late appeal (fvl. § 31; a dismissal is a vedtak, § 2 third paragraph):
// when it was sent and received, the deadline, the office's reasons, and the right to appeal it.
Letter compose_dismissal_letter(Connection& connection, const Decision& decision, const Appeal& appeal,
                                const Request& request) {
    auto letter = case_letter::begin(connection, decision.office_id, decision.person_id,
                                     appeal.late_assessed_by.value_or(0), *appeal.late_assessed_at,
                                     "Vedtak om å avvise klagen din");
    const auto on = norwegian_date_of(letter.created_at); // the law in force on the decision's date
    letter.reference = std::to_string(request.id);
    letter.sections.push_back(
        {"", fmt::format(
                 "Vi viser til klagen din på vedtaket om midlertidig botilbud {}. Klagen ble sendt {} og kom "
                 "inn til oss {}. Klagefristen gikk ut {}.\n\nKlagen din er avvist fordi den kom for "
                 "sent. Det betyr at vi ikke behandler den, og at vedtaket gjelder som før.",
                 norwegian_date(norwegian_date_of(*decision.decided_at)), norwegian_date(appeal.sent_on),
                 norwegian_date(appeal.received_on), norwegian_date(decision.appeal_deadline.value_or("")))});
    letter.sections.push_back(
        {"Begrunnelse",
         fmt::format(
             "Klagefristen er tre uker fra vedtaket kom fram til deg ({}). Vedtaket "
             "ble {} {}, og kom fram til deg {}. En klage er kommet tidsnok hvis den er postlagt "
             "eller levert innen fristen ({}).\n\nEn klage som kommer for sent, "
             "kan likevel behandles hvis du ikke kan lastes for at den kom for sent, eller hvis det av "
             "særlige grunner er rimelig at den blir behandlet ({}).\n\nVår "
             "vurdering: {}",
             legal::cite("fvl_klagefrist", on),
             decision.delivery_method == DeliveryMethod::post      ? "sendt i posten"
             : decision.delivery_method == DeliveryMethod::digital ? "sendt digitalt"
                                                                   : "overlevert til deg",
             norwegian_date(decision.delivered_on.value_or("")),
             norwegian_date(decision.informed_on.value_or("")), legal::cite("fvl_klage_i_tide", on),
             legal::cite("fvl_klage_for_sent", on), appeal.late_reason)});
    case_letter::add_appeal_and_access_from_delivery(connection, letter, decision.office_id,
                                                     post_arrival_working_days);
    return letter;
}

// The letter of a change of place (an amending vedtak; docs/domain.md#rule-vedtak-names-the-offer):
// the new place, from when, why, whether the person agreed, and the right to appeal it.
Letter compose_place_change_letter(Connection& connection, const Decision& decision,
                                   const PlaceChange& change, const Request& request) {
    auto letter = case_letter::begin(connection, decision.office_id, decision.person_id, change.decided_by,
                                     change.decided_at, "Vedtak om endring av botilbud");
    const auto on = norwegian_date_of(letter.created_at); // the law in force on the decision's date
    letter.reference = std::to_string(request.id);
    letter.sections.push_back(
        {"",
         fmt::format("Vi viser til vedtaket ditt om midlertidig botilbud {}. Nav-kontoret har vurdert saken "
                     "din på nytt etter {}.\n\nDu skal nå bo hos {}, {}, fra og med {}. Ellers gjelder "
                     "vedtaket som før, til og med {}.",
                     norwegian_date(norwegian_date_of(decision.decided_at.value_or(""))),
                     legal::cite("sotjl_midlertidig_botilbud", on), change.provider, change.address,
                     norwegian_date(change.from), norwegian_date(decision.period_to.value_or("")))});
    letter.sections.push_back(
        {"Begrunnelse",
         fmt::format(
             "Vi har endret stedet fordi: {}\n\n{}\n\nMener du at det nye stedet ikke er godt nok for "
             "deg, kan du klage på dette vedtaket.",
             change.reason,
             change.person_agrees ? "Du har sagt deg enig i å flytte."
                                  : "Du har ikke sagt deg enig i å flytte.")});
    case_letter::add_appeal_and_access_from_delivery(connection, letter, decision.office_id,
                                                     post_arrival_working_days);
    return letter;
}

// The request's decision, owned by the office, for a change.
Result<Decision> owned_decision(Connection& connection, int64_t office_id, int64_t request_id) {
    TRY(owned_request(connection, office_id, request_id));
    auto decision = decision_repository::find_by_request(connection, request_id);
    if (!decision) return not_found("Det er ikke laget et vedtak på henvendelsen.");
    return *decision;
}

void audit_decision(Connection& connection, const Actor& actor, const char* action, const Decision& decision,
                    nlohmann::json detail = nlohmann::json::object()) {
    audit::record(connection, &actor, actor.address,
                  {action, "decision", std::to_string(decision.id), decision.person_id, std::move(detail)});
}

// What stops a decision from being decided: the form's own rules, then its grounds against what
// the request shows (docs/domain.md#rule-refusal-grounds).
std::vector<Error> decision_problems(Connection& connection, const Decision& decision,
                                     const std::optional<Request>& request) {
    auto problems = completeness_problems(decision);
    for (auto& problem : offer_problems(decision)) problems.push_back(std::move(problem));
    for (auto& problem : money_and_condition_problems(decision)) problems.push_back(std::move(problem));
    if (request) {
        auto office = office_repository::find(connection, decision.office_id);
        const auto& forwarded_to = decision.responsibility.forwarded_to;
        RefusalContext context{
            request->network, parse_date(norwegian_date_of(request->received_at)).value_or(today()), today(),
            office ? office->municipality_numbers : std::vector<std::string>{},
            forwarded_to.empty() ||
                office_repository::municipality_name(connection, forwarded_to).has_value()};
        for (auto& problem : refusal_ground_problems(decision, context))
            problems.push_back(std::move(problem));
    }
    return problems;
}

} // namespace

DecisionView view_of(Connection& connection, const Decision& decision) {
    auto appeals = decision_repository::appeals(connection, decision.id);
    for (auto& appeal : appeals) appeal.late = is_late(decision, appeal);
    auto request = request_repository::find(connection, decision.request_id);
    auto basis = place_basis(decision, request && request->acute);
    auto submitter =
        decision.submitted_by ? user_repository::find(connection, *decision.submitted_by) : std::nullopt;
    return DecisionView{decision,
                        decision.status == DecisionStatus::decided
                            ? std::vector<Error>{}
                            : decision_problems(connection, decision, request),
                        std::move(appeals),
                        basis ? std::optional<PlaceBasis>(*basis) : std::nullopt,
                        submitter ? submitter->display_name : std::string(),
                        decision_repository::place_changes(connection, decision.id)};
}

Result<std::optional<DecisionView>> get(Connection& connection, const Actor& actor, int64_t request_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read,
                          [&](Transaction&) -> Result<std::optional<DecisionView>> {
                              TRY(owned_request(connection, office_id, request_id));
                              auto decision = decision_repository::find_by_request(connection, request_id);
                              if (!decision) return std::optional<DecisionView>{};
                              audit_decision(connection, actor, "decision.read", *decision);
                              return std::optional<DecisionView>{view_of(connection, *decision)};
                          });
}

Result<DecisionView> save_draft(Connection& connection, const Actor& actor, int64_t request_id,
                                const DecisionInput& input) {
    auto office_id = TRY(case_office(actor));
    TRY(check_form(input));
    return in_transaction(connection, [&](Transaction&) -> Result<DecisionView> {
        auto request = TRY(owned_request(connection, office_id, request_id));
        auto existing = decision_repository::find_by_request(connection, request_id);
        if (existing) TRY(check_draft_editable(existing->status));
        if (!existing && request.outcome)
            return fail(ErrorKind::conflict, "already_decided", "Henvendelsen har allerede et utfall.");
        Decision decision = existing.value_or(Decision{});
        decision.request_id = request_id;
        decision.office_id = office_id;
        decision.person_id = request.person_id;
        decision.outcome = input.outcome;
        decision.period_from = input.period_from;
        decision.period_to = input.period_to;
        decision.long_period_reason = input.long_period_reason;
        decision.conditions = input.conditions;
        decision.conditions_text = input.conditions_text;
        decision.refusal_reasons = input.refusal_reasons;
        decision.facts = input.facts;
        decision.considerations = input.considerations;
        decision.applied_for = input.outcome == "DELVIS_INNVILGET" ? input.applied_for : "";
        decision.refused_part = input.outcome == "DELVIS_INNVILGET" ? input.refused_part : "";
        decision.offer = input.offer;
        decision.own_payment = input.own_payment;
        decision.responsibility = input.responsibility;
        drop_unused_responsibility(decision);
        if (existing) {
            decision_repository::update(connection, decision);
        } else {
            decision.created_at = format_instant(now());
            decision.created_by = actor.user_id;
            decision.id = decision_repository::insert(connection, decision);
        }
        audit_decision(connection, actor, existing ? "decision.update" : "decision.create", decision);
        return view_of(connection, decision);
    });
}

Result<DecisionView> decide(Connection& connection, const Actor& actor, int64_t request_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<DecisionView> {
        auto request = TRY(owned_request(connection, office_id, request_id));
        auto decision = decision_repository::find_by_request(connection, request_id);
        if (!decision) return invalid("outcome", "Lag et utkast til vedtak først.", "no_draft");
        bool is_leder = actor.has_role_in_office(Role::leder, office_id);
        TRY(check_can_decide(decision->status, is_leder));
        auto problems = decision_problems(connection, *decision, request);
        if (!problems.empty()) return invalid_all(problems);
        bool needs_approval =
            !is_leder && office_repository::find(connection, office_id)->decisions_need_approval;
        if (status_on_deciding(is_leder, needs_approval) == DecisionStatus::awaiting_approval) {
            decision->status = DecisionStatus::awaiting_approval;
            decision->submitted_at = format_instant(now());
            decision->submitted_by = actor.user_id;
            decision_repository::mark_submitted(connection, *decision);
            audit_decision(connection, actor, "decision.submit", *decision);
            return view_of(connection, *decision);
        }

        auto decided = now();
        decision->status = DecisionStatus::decided;
        decision->decided_at = format_instant(decided);
        decision->decided_by = actor.user_id;
        // The deadline waits for the delivery (record_delivery): nobody has been given it yet.
        decision->appeal_deadline.reset();
        auto received = parse_instant(request.received_at).value();
        decision->processing_hours =
            std::chrono::duration_cast<std::chrono::hours>(decided - received).count();
        auto pdf = render_letter_pdf(compose_letter(connection, *decision, request));
        decision_repository::mark_decided(connection, *decision, case_letter::to_base64(pdf));
        request_repository::set_outcome(connection, request_id,
                                        {"vedtak", *decision->decided_at, actor.user_id, {}, ""});
        audit_decision(connection, actor, "decision.decide", *decision,
                       {{"outcome", decision->outcome}, {"approval", decision->submitted_by.has_value()}});
        return view_of(connection, *decision);
    });
}

Result<DecisionView> return_to_draft(Connection& connection, const Actor& actor, int64_t request_id,
                                     const std::string& note) {
    auto office_id = TRY(case_office(actor));
    if (!actor.has_role_in_office(Role::leder, office_id))
        return forbidden("Bare leder kan sende et vedtak tilbake.");
    TRY(check_text("note", note, 2000, true, "Skriv hva som må rettes."));
    return in_transaction(connection, [&](Transaction&) -> Result<DecisionView> {
        auto decision = TRY(owned_decision(connection, office_id, request_id));
        TRY(check_can_return(decision.status));
        decision_repository::mark_returned(connection, decision.id, note);
        decision.status = DecisionStatus::draft;
        decision.return_note = note;
        audit_decision(connection, actor, "decision.return", decision);
        return view_of(connection, decision);
    });
}

Result<DecisionView> record_delivery(Connection& connection, const Actor& actor, int64_t request_id,
                                     const std::string& method, const std::string& on) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<DecisionView> {
        auto decision = TRY(owned_decision(connection, office_id, request_id));
        TRY(husly::record_delivery(decision, method, on, today()));
        decision_repository::mark_delivered(connection, decision);
        audit_decision(connection, actor, "decision.delivery", decision,
                       {{"method", method}, {"on", *decision.delivered_on}});
        return view_of(connection, decision);
    });
}

Result<DecisionView> register_appeal(Connection& connection, const Actor& actor, int64_t request_id,
                                     const std::string& sent_on, const std::string& received_on,
                                     const std::string& summary) {
    auto office_id = TRY(case_office(actor));
    TRY(check_text("summary", summary, 8000));
    return in_transaction(connection, [&](Transaction&) -> Result<DecisionView> {
        auto decision = TRY(owned_decision(connection, office_id, request_id));
        Appeal appeal;
        appeal.decision_id = decision.id;
        appeal.sent_on = sent_on;
        appeal.received_on = received_on;
        appeal.summary = summary;
        TRY(check_new_appeal(decision, appeal, today()));
        appeal.registered_at = format_instant(now());
        appeal.registered_by = actor.user_id;
        appeal.id = decision_repository::insert_appeal(connection, appeal);
        audit_decision(connection, actor, "decision.appeal", decision, {{"late", appeal.late}});
        return view_of(connection, decision);
    });
}

Result<DecisionView> record_appeal_result(Connection& connection, const Actor& actor, int64_t request_id,
                                          int64_t appeal_id, const std::string& result, const std::string& on,
                                          const std::string& note) {
    auto office_id = TRY(case_office(actor));
    TRY(check_text("note", note, 4000));
    return in_transaction(connection, [&](Transaction&) -> Result<DecisionView> {
        auto decision = TRY(owned_decision(connection, office_id, request_id));
        auto appeals = decision_repository::appeals(connection, decision.id);
        auto it =
            std::find_if(appeals.begin(), appeals.end(), [&](const Appeal& a) { return a.id == appeal_id; });
        if (it == appeals.end()) return not_found("Fant ikke klagen.");
        it->late = is_late(decision, *it);
        TRY(apply_appeal_result(*it, result, on, note, today()));
        decision_repository::update_appeal_result(connection, *it, actor.user_id);
        audit_decision(connection, actor, "decision.appeal_result", decision, {{"result", result}});
        return view_of(connection, decision);
    });
}

Result<DecisionView> assess_late_appeal(Connection& connection, const Actor& actor, int64_t request_id,
                                        int64_t appeal_id, const std::string& assessment,
                                        const std::string& reason) {
    auto office_id = TRY(case_office(actor));
    TRY(check_text("reason", reason, 4000));
    return in_transaction(connection, [&](Transaction&) -> Result<DecisionView> {
        auto request = TRY(owned_request(connection, office_id, request_id));
        auto decision = TRY(owned_decision(connection, office_id, request_id));
        auto appeals = decision_repository::appeals(connection, decision.id);
        auto it =
            std::find_if(appeals.begin(), appeals.end(), [&](const Appeal& a) { return a.id == appeal_id; });
        if (it == appeals.end()) return not_found("Fant ikke klagen.");
        it->late = is_late(decision, *it);
        TRY(husly::assess_late_appeal(*it, assessment, reason));
        it->late_assessed_at = format_instant(now());
        it->late_assessed_by = actor.user_id;
        std::optional<std::string> stored;
        if (it->late_assessment == LateAppealAssessment::dismissed)
            stored = case_letter::to_base64(
                render_letter_pdf(compose_dismissal_letter(connection, decision, *it, request)));
        decision_repository::update_late_assessment(connection, *it, stored);
        audit_decision(connection, actor, "decision.appeal_late_assessment", decision,
                       {{"appealId", appeal_id}, {"assessment", assessment}});
        return view_of(connection, decision);
    });
}

Result<std::string> dismissal_letter(Connection& connection, const Actor& actor, int64_t request_id,
                                     int64_t appeal_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read, [&](Transaction&) -> Result<std::string> {
        auto decision = TRY(owned_decision(connection, office_id, request_id));
        auto appeals = decision_repository::appeals(connection, decision.id);
        if (std::none_of(appeals.begin(), appeals.end(), [&](const Appeal& a) { return a.id == appeal_id; }))
            return not_found("Fant ikke klagen.");
        auto stored = decision_repository::dismissal_letter(connection, appeal_id);
        if (!stored) return not_found("Klagen er ikke avvist og har ikke noe avvisningsbrev.");
        audit_decision(connection, actor, "decision.appeal_dismissal_letter", decision,
                       {{"appealId", appeal_id}});
        return case_letter::from_base64(*stored);
    });
}

Result<std::string> letter(Connection& connection, const Actor& actor, int64_t request_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<std::string> {
        TRY(owned_request(connection, office_id, request_id));
        auto decision = decision_repository::find_by_request(connection, request_id);
        if (!decision) return not_found("Det er ikke laget et vedtak på henvendelsen.");
        if (decision->status != DecisionStatus::decided) {
            // Not decided yet: the letter as it will be sent if decided today by the caller (the
            // leder approving it sees what the person will get), marked as a draft.
            auto request = TRY(owned_request(connection, office_id, request_id));
            if (!decision_problems(connection, *decision, request).empty())
                return not_found("Vedtaket mangler noe og har ikke noe brev ennå.");
            auto draft = *decision;
            draft.decided_at = format_instant(now());
            draft.decided_by = actor.user_id;
            draft.appeal_deadline.reset();
            auto letter = compose_letter(connection, draft, request);
            letter.title.insert(0, "UTKAST (ikke sendt): ");
            audit_decision(connection, actor, "decision.letter_draft", *decision);
            return render_letter_pdf(letter);
        }
        auto stored = decision_repository::letter(connection, decision->id);
        if (!stored) return not_found("Fant ikke vedtaksbrevet.");
        audit_decision(connection, actor, "decision.letter", *decision);
        return case_letter::from_base64(*stored);
    });
}

Result<DecisionView> change_place(Connection& connection, const Actor& actor, int64_t request_id,
                                  const PlaceChange& input) {
    auto office_id = TRY(case_office(actor));
    for (const auto& [field, value, limit] :
         {std::tuple{"provider", &input.provider, 200}, std::tuple{"address", &input.address, 300},
          std::tuple{"reason", &input.reason, 4000}})
        TRY(check_text(field, *value, limit));
    return in_transaction(connection, [&](Transaction&) -> Result<DecisionView> {
        auto request = TRY(owned_request(connection, office_id, request_id));
        auto decision = TRY(owned_decision(connection, office_id, request_id));
        TRY(check_place_change_allowed(decision));
        auto problems = place_change_problems(input, decision, today());
        if (!problems.empty()) return invalid_all(problems);
        auto change = input;
        change.decision_id = decision.id;
        change.decided_at = format_instant(now());
        change.decided_by = actor.user_id;
        auto pdf = render_letter_pdf(compose_place_change_letter(connection, decision, change, request));
        change.id = decision_repository::insert_place_change(connection, change, case_letter::to_base64(pdf));
        audit_decision(connection, actor, "decision.place_change", decision, {{"changeId", change.id}});
        return view_of(connection, decision);
    });
}

Result<std::string> place_change_letter(Connection& connection, const Actor& actor, int64_t request_id,
                                        int64_t change_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read, [&](Transaction&) -> Result<std::string> {
        auto decision = TRY(owned_decision(connection, office_id, request_id));
        auto stored = decision_repository::place_change_letter(connection, decision.id, change_id);
        if (!stored) return not_found("Fant ikke endringen av stedet.");
        audit_decision(connection, actor, "decision.place_change_letter", decision,
                       {{"changeId", change_id}});
        return case_letter::from_base64(*stored);
    });
}

} // namespace husly::decisions
