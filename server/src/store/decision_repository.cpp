#include "store/decision_repository.hpp"

#include "store/rows.hpp"

namespace husly::decision_repository {
using rows::join_codes;
using rows::split_codes;
using OptionalText = rows::NullableText;

namespace {
// What the vedtak offers and the own payment it sets (docs/domain.md#rule-vedtak-names-the-offer,
// #rule-own-payment), read and written beside the rest of the decision.
void read_offer_and_money(Connection& connection, Decision& d) {
    long long id = d.id;
    auto terms = rows::select_one<std::pair<VedtakOffer, VedtakOwnPayment>>(
        connection,
        "SELECT offer_kind, offer_provider, offer_address, offer_from, offer_find_by, own_payment_rate, "
        "own_payment_monthly_cap, own_payment_can_pay, own_payment_social_assistance, "
        "own_payment_assessment FROM decisions WHERE id = :id",
        [](const soci::row& row) {
            VedtakOffer offer;
            offer.kind = rows::optional_code(row, "offer_kind", parse_offer_kind);
            offer.provider = rows::text(row, "offer_provider");
            offer.address = rows::text(row, "offer_address");
            offer.from = rows::optional_text(row, "offer_from");
            offer.find_by = rows::optional_text(row, "offer_find_by");
            VedtakOwnPayment pay;
            pay.rate_per_night = rows::optional_integer(row, "own_payment_rate");
            pay.monthly_cap = rows::optional_integer(row, "own_payment_monthly_cap");
            pay.can_pay_per_month = rows::optional_integer(row, "own_payment_can_pay");
            pay.income_is_social_assistance = rows::flag(row, "own_payment_social_assistance");
            pay.assessment = rows::text(row, "own_payment_assessment");
            return std::pair{offer, pay};
        },
        id);
    if (!terms) return;
    d.offer = std::move(terms->first);
    d.own_payment = std::move(terms->second);
    connection.sql() << "SELECT applied_for, refused_part FROM decisions WHERE id = :id", soci::use(id),
        soci::into(d.applied_for), soci::into(d.refused_part);
}

// Where a refusal sent the request on, and the limited right of a person without a fixed home in
// Norway (docs/domain.md#rule-wrong-municipality-is-forwarded).
void read_responsibility(Connection& connection, Decision& d) {
    long long id = d.id;
    auto responsibility = rows::select_one<VedtakResponsibility>(
        connection,
        "SELECT forwarded_to, forwarded_on, without_fixed_home, limited_right_assessment FROM decisions "
        "WHERE id = :id",
        [](const soci::row& row) {
            VedtakResponsibility r;
            r.forwarded_to = rows::text(row, "forwarded_to");
            r.forwarded_on = rows::optional_text(row, "forwarded_on");
            r.without_fixed_home = rows::flag(row, "without_fixed_home");
            r.limited_right_assessment = rows::text(row, "limited_right_assessment");
            return r;
        },
        id);
    if (responsibility) d.responsibility = std::move(*responsibility);
}

void write_responsibility(Connection& connection, const Decision& d) {
    long long id = d.id;
    const auto& r = d.responsibility;
    OptionalText forwarded_on(r.forwarded_on);
    int without_fixed_home = r.without_fixed_home ? 1 : 0;
    connection.sql() << "UPDATE decisions SET forwarded_to = :t, forwarded_on = :o, without_fixed_home = :w, "
                        "limited_right_assessment = :a WHERE id = :id",
        soci::use(r.forwarded_to), soci::use(forwarded_on.value, forwarded_on.indicator),
        soci::use(without_fixed_home), soci::use(r.limited_right_assessment), soci::use(id);
}

void write_offer_and_money(Connection& connection, const Decision& d) {
    long long id = d.id;
    OptionalText kind(d.offer.kind ? std::optional<std::string>(to_string(*d.offer.kind)) : std::nullopt),
        from(d.offer.from), find_by(d.offer.find_by);
    rows::NullableInteger rate(d.own_payment.rate_per_night), cap(d.own_payment.monthly_cap),
        can_pay(d.own_payment.can_pay_per_month);
    int social = d.own_payment.income_is_social_assistance ? 1 : 0;
    connection.sql() << "UPDATE decisions SET offer_kind = :k, offer_provider = :p, offer_address = :a, "
                        "offer_from = :f, offer_find_by = :b, own_payment_rate = :r, own_payment_monthly_cap "
                        "= :c, own_payment_can_pay = :cp, own_payment_social_assistance = :s, "
                        "own_payment_assessment = :as WHERE id = :id",
        soci::use(kind.value, kind.indicator), soci::use(d.offer.provider), soci::use(d.offer.address),
        soci::use(from.value, from.indicator), soci::use(find_by.value, find_by.indicator),
        soci::use(rate.value, rate.indicator), soci::use(cap.value, cap.indicator),
        soci::use(can_pay.value, can_pay.indicator), soci::use(social), soci::use(d.own_payment.assessment),
        soci::use(id);
    connection.sql() << "UPDATE decisions SET applied_for = :a, refused_part = :r WHERE id = :id",
        soci::use(d.applied_for), soci::use(d.refused_part), soci::use(id);
}
} // namespace

std::optional<Decision> find_by_request(Connection& connection, int64_t request_id) {
    Decision d;
    long long id = 0, request = request_id, office = 0, person = 0, created_by = 0, decided_by = 0, hours = 0;
    soci::indicator decided_by_indicator = soci::i_null, hours_indicator = soci::i_null;
    OptionalText from, to, informed, deadline, decided_at, submitted_at, method, delivered;
    long long submitted_by = 0;
    soci::indicator submitted_by_indicator = soci::i_null;
    std::string status, conditions, reasons;
    connection.sql()
        << "SELECT id, office_id, person_id, status, outcome, period_from, period_to, "
           "long_period_reason, conditions, conditions_text, refusal_reasons, facts, considerations, "
           "informed_on, appeal_deadline, created_at, created_by, decided_at, decided_by, "
           "processing_hours, submitted_at, submitted_by, return_note, delivery_method, delivered_on FROM "
           "decisions "
           "WHERE request_id = :r",
        soci::use(request), soci::into(id), soci::into(office), soci::into(person), soci::into(status),
        soci::into(d.outcome), soci::into(from.value, from.indicator), soci::into(to.value, to.indicator),
        soci::into(d.long_period_reason), soci::into(conditions), soci::into(d.conditions_text),
        soci::into(reasons), soci::into(d.facts), soci::into(d.considerations),
        soci::into(informed.value, informed.indicator), soci::into(deadline.value, deadline.indicator),
        soci::into(d.created_at), soci::into(created_by), soci::into(decided_at.value, decided_at.indicator),
        soci::into(decided_by, decided_by_indicator), soci::into(hours, hours_indicator),
        soci::into(submitted_at.value, submitted_at.indicator),
        soci::into(submitted_by, submitted_by_indicator), soci::into(d.return_note),
        soci::into(method.value, method.indicator), soci::into(delivered.value, delivered.indicator);
    if (!connection.sql().got_data()) return std::nullopt;
    d.id = id;
    d.status = rows::parse_code("status", status, parse_decision_status);
    d.request_id = request_id;
    d.office_id = office;
    d.person_id = person;
    d.period_from = from.get();
    d.period_to = to.get();
    d.conditions = split_codes(conditions);
    d.refusal_reasons = split_codes(reasons);
    d.informed_on = informed.get();
    d.appeal_deadline = deadline.get();
    if (auto code = method.get())
        d.delivery_method = rows::parse_code("delivery_method", *code, parse_delivery_method);
    d.delivered_on = delivered.get();
    d.created_by = created_by;
    d.decided_at = decided_at.get();
    if (decided_by_indicator == soci::i_ok) d.decided_by = decided_by;
    if (hours_indicator == soci::i_ok) d.processing_hours = hours;
    d.submitted_at = submitted_at.get();
    if (submitted_by_indicator == soci::i_ok) d.submitted_by = submitted_by;
    read_offer_and_money(connection, d);
    read_responsibility(connection, d);
    return d;
}

int64_t insert(Connection& connection, const Decision& d) {
    long long id = 0, request = d.request_id, office = d.office_id, person = d.person_id,
              created_by = d.created_by;
    std::string status(to_string(DecisionStatus::draft));
    connection.sql()
        << "INSERT INTO decisions (request_id, office_id, person_id, status, created_at, created_by) "
           "VALUES (:r, :o, :p, :s, :c, :cb) RETURNING id",
        soci::use(request), soci::use(office), soci::use(person), soci::use(status), soci::use(d.created_at),
        soci::use(created_by), soci::into(id);
    Decision stored = d;
    stored.id = id;
    update(connection, stored);
    return id;
}

void update(Connection& connection, const Decision& d) {
    long long id = d.id;
    OptionalText from(d.period_from), to(d.period_to), informed(d.informed_on);
    std::string conditions = join_codes(d.conditions), reasons = join_codes(d.refusal_reasons);
    connection.sql()
        << "UPDATE decisions SET outcome = :o, period_from = :f, period_to = :t, long_period_reason "
           "= :l, conditions = :c, conditions_text = :ct, refusal_reasons = :r, facts = :fa, "
           "considerations = :co, informed_on = :i WHERE id = :id",
        soci::use(d.outcome), soci::use(from.value, from.indicator), soci::use(to.value, to.indicator),
        soci::use(d.long_period_reason), soci::use(conditions), soci::use(d.conditions_text),
        soci::use(reasons), soci::use(d.facts), soci::use(d.considerations),
        soci::use(informed.value, informed.indicator), soci::use(id);
    write_offer_and_money(connection, d);
    write_responsibility(connection, d);
}

void mark_decided(Connection& connection, const Decision& d, const std::string& letter_base64) {
    long long id = d.id, by = d.decided_by.value_or(0), hours = d.processing_hours.value_or(0);
    std::string decided_at = d.decided_at.value_or("");
    OptionalText deadline(d.appeal_deadline);
    std::string status(to_string(DecisionStatus::decided));
    connection.sql() << "UPDATE decisions SET status = :s, decided_at = :a, decided_by = :b, "
                        "appeal_deadline = :d, processing_hours = :h, letter_pdf = :l WHERE id = :id",
        soci::use(status), soci::use(decided_at), soci::use(by),
        soci::use(deadline.value, deadline.indicator), soci::use(hours), soci::use(letter_base64),
        soci::use(id);
}

void mark_delivered(Connection& connection, const Decision& d) {
    long long id = d.id;
    std::string method(d.delivery_method ? to_string(*d.delivery_method) : "");
    std::string on = d.delivered_on.value_or(""), informed = d.informed_on.value_or(""),
                deadline = d.appeal_deadline.value_or("");
    connection.sql() << "UPDATE decisions SET delivery_method = :m, delivered_on = :o, informed_on = :i, "
                        "appeal_deadline = :d WHERE id = :id AND delivered_on IS NULL",
        soci::use(method), soci::use(on), soci::use(informed), soci::use(deadline), soci::use(id);
}

void mark_submitted(Connection& connection, const Decision& d) {
    long long id = d.id, by = d.submitted_by.value_or(0);
    std::string at = d.submitted_at.value_or("");
    std::string status(to_string(DecisionStatus::awaiting_approval));
    connection.sql()
        << "UPDATE decisions SET status = :s, submitted_at = :a, submitted_by = :b WHERE id = :id",
        soci::use(status), soci::use(at), soci::use(by), soci::use(id);
}

void mark_returned(Connection& connection, int64_t decision_id, const std::string& note) {
    long long id = decision_id;
    std::string status(to_string(DecisionStatus::draft));
    connection.sql() << "UPDATE decisions SET status = :s, return_note = :n WHERE id = :id",
        soci::use(status), soci::use(note), soci::use(id);
}

namespace {
Appeal appeal_from(const soci::row& row) {
    Appeal a;
    a.id = rows::integer(row, "id");
    a.decision_id = rows::integer(row, "decision_id");
    a.sent_on = rows::text(row, "sent_on");
    a.received_on = rows::text(row, "received_on");
    a.summary = rows::text(row, "summary");
    a.forwarded_on = rows::optional_text(row, "forwarded_on");
    a.result = rows::optional_code(row, "result", parse_appeal_result);
    a.result_on = rows::optional_text(row, "result_on");
    a.result_note = rows::text(row, "result_note");
    a.registered_at = rows::text(row, "registered_at");
    a.registered_by = rows::integer(row, "registered_by");
    a.late_assessment = rows::optional_code(row, "late_assessment", parse_late_appeal_assessment);
    a.late_reason = rows::text(row, "late_reason");
    a.late_assessed_at = rows::optional_text(row, "late_assessed_at");
    a.late_assessed_by = rows::optional_integer(row, "late_assessed_by");
    return a;
}
const std::string appeal_query =
    "SELECT id, decision_id, sent_on, received_on, summary, forwarded_on, result, result_on, "
    "result_note, registered_at, registered_by, late_assessment, late_reason, late_assessed_at, "
    "late_assessed_by FROM appeals ";
} // namespace

std::vector<Appeal> appeals(Connection& connection, int64_t decision_id) {
    long long id = decision_id;
    return rows::select<Appeal>(connection, appeal_query + "WHERE decision_id = :d ORDER BY id", appeal_from,
                                id);
}

int64_t insert_appeal(Connection& connection, const Appeal& a) {
    long long id = 0, decision = a.decision_id, by = a.registered_by;
    connection.sql()
        << "INSERT INTO appeals (decision_id, sent_on, received_on, summary, registered_at, registered_by) "
           "VALUES (:d, :se, :r, :s, :a, :b) RETURNING id",
        soci::use(decision), soci::use(a.sent_on), soci::use(a.received_on), soci::use(a.summary),
        soci::use(a.registered_at), soci::use(by), soci::into(id);
    return id;
}

void update_appeal_result(Connection& connection, const Appeal& a, int64_t by) {
    long long id = a.id, user = by;
    OptionalText forwarded(a.forwarded_on), result_on(a.result_on);
    OptionalText result(a.result ? std::optional<std::string>(to_string(*a.result)) : std::nullopt);
    connection.sql()
        << "UPDATE appeals SET forwarded_on = :f, result = :r, result_on = :o, result_note = :n, "
           "result_by = :b WHERE id = :id",
        soci::use(forwarded.value, forwarded.indicator), soci::use(result.value, result.indicator),
        soci::use(result_on.value, result_on.indicator), soci::use(a.result_note), soci::use(user),
        soci::use(id);
}

void update_late_assessment(Connection& connection, const Appeal& a,
                            const std::optional<std::string>& letter_base64) {
    long long id = a.id, by = a.late_assessed_by.value_or(0);
    std::string assessment(a.late_assessment ? to_string(*a.late_assessment) : "");
    std::string at = a.late_assessed_at.value_or("");
    OptionalText letter(letter_base64);
    connection.sql() << "UPDATE appeals SET late_assessment = :a, late_reason = :r, late_assessed_at = :t, "
                        "late_assessed_by = :b, dismissal_letter_pdf = :l WHERE id = :id",
        soci::use(assessment), soci::use(a.late_reason), soci::use(at), soci::use(by),
        soci::use(letter.value, letter.indicator), soci::use(id);
}

std::optional<std::string> dismissal_letter(Connection& connection, int64_t appeal_id) {
    long long id = appeal_id;
    std::string text;
    soci::indicator indicator = soci::i_null;
    connection.sql() << "SELECT dismissal_letter_pdf FROM appeals WHERE id = :id", soci::use(id),
        soci::into(text, indicator);
    if (!connection.sql().got_data() || indicator != soci::i_ok) return std::nullopt;
    return text;
}

std::optional<std::string> letter(Connection& connection, int64_t decision_id) {
    long long id = decision_id;
    std::string text;
    soci::indicator indicator = soci::i_null;
    connection.sql() << "SELECT letter_pdf FROM decisions WHERE id = :id", soci::use(id),
        soci::into(text, indicator);
    if (!connection.sql().got_data() || indicator != soci::i_ok) return std::nullopt;
    return text;
}

namespace {
PlaceChange place_change_from(const soci::row& row) {
    PlaceChange c;
    c.id = rows::integer(row, "id");
    c.decision_id = rows::integer(row, "decision_id");
    c.provider = rows::text(row, "provider");
    c.address = rows::text(row, "address");
    c.from = rows::text(row, "from_date");
    c.reason = rows::text(row, "reason");
    c.person_agrees = rows::flag(row, "person_agrees");
    c.decided_at = rows::text(row, "decided_at");
    c.decided_by = rows::integer(row, "decided_by");
    return c;
}
} // namespace

std::vector<PlaceChange> place_changes(Connection& connection, int64_t decision_id) {
    long long id = decision_id;
    return rows::select<PlaceChange>(
        connection,
        "SELECT id, decision_id, provider, address, from_date, reason, person_agrees, "
        "decided_at, decided_by FROM decision_place_changes WHERE decision_id = :d "
        "ORDER BY id",
        place_change_from, id);
}

int64_t insert_place_change(Connection& connection, const PlaceChange& c, const std::string& letter_base64) {
    long long id = 0, decision = c.decision_id, by = c.decided_by;
    int agrees = c.person_agrees ? 1 : 0;
    connection.sql()
        << "INSERT INTO decision_place_changes (decision_id, provider, address, from_date, reason, "
           "person_agrees, decided_at, decided_by, letter_pdf) VALUES (:d, :p, :a, :f, :r, :g, :t, "
           ":b, :l) RETURNING id",
        soci::use(decision), soci::use(c.provider), soci::use(c.address), soci::use(c.from),
        soci::use(c.reason), soci::use(agrees), soci::use(c.decided_at), soci::use(by),
        soci::use(letter_base64), soci::into(id);
    return id;
}

std::optional<std::string> place_change_letter(Connection& connection, int64_t decision_id,
                                               int64_t change_id) {
    long long decision = decision_id, id = change_id;
    std::string text;
    connection.sql() << "SELECT letter_pdf FROM decision_place_changes WHERE id = :id AND decision_id = :d",
        soci::use(id), soci::use(decision), soci::into(text);
    if (!connection.sql().got_data()) return std::nullopt;
    return text;
}

} // namespace husly::decision_repository
