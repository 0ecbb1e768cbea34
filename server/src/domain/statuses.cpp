#include "domain/statuses.hpp"

namespace husly {
namespace {

// One row per value, in the enum's order: the value, its code and its label ("" where users see
// none).
template <typename E> struct Row {
    E value;
    CodeEntry code;
};

template <typename E, size_t N> constexpr bool in_enum_order(const std::array<Row<E>, N>& rows) {
    for (size_t i = 0; i < N; ++i)
        if (rows[i].value != static_cast<E>(i)) return false;
    return true;
}

template <typename E, size_t N>
constexpr std::array<CodeEntry, N> entries_of(const std::array<Row<E>, N>& rows) {
    std::array<CodeEntry, N> entries{};
    for (size_t i = 0; i < N; ++i) entries[i] = rows[i].code;
    return entries;
}

template <typename E, size_t N>
std::optional<E> parse(const std::array<Row<E>, N>& rows, std::string_view code) {
    for (const auto& row : rows)
        if (row.code.code == code) return row.value;
    return std::nullopt;
}

template <typename E, size_t N> const CodeEntry& entry(const std::array<Row<E>, N>& rows, E value) {
    return rows[static_cast<size_t>(value)].code;
}

constexpr std::array<Row<PlacementStatus>, 6> placement_statuses{{
    {PlacementStatus::awaiting_confirmation, {"venter_bekreftelse", "Venter på bekreftelse fra tilbyder", 0}},
    {PlacementStatus::booked, {"bestilt", "Booket", 0}},
    {PlacementStatus::checked_in, {"innsjekket", "Innsjekket", 0}},
    {PlacementStatus::checked_out, {"utsjekket", "Utsjekket", 0}},
    {PlacementStatus::cancelled, {"avbestilt", "Avbestilt", 0}},
    {PlacementStatus::declined, {"avvist", "Avvist av tilbyder", 0}},
}};
static_assert(in_enum_order(placement_statuses) &&
              placement_statuses.size() == all_placement_statuses.size());
constexpr auto placement_status_entries = entries_of(placement_statuses);

constexpr std::array<Row<DeviationStatus>, 3> deviation_statuses{{
    {DeviationStatus::open, {"apent", "Åpent", 0}},
    {DeviationStatus::reported, {"meldt", "Meldt til kommunen", 0}},
    {DeviationStatus::closed, {"lukket", "Lukket", 0}},
}};
static_assert(in_enum_order(deviation_statuses) &&
              deviation_statuses.size() == all_deviation_statuses.size());
constexpr auto deviation_status_entries = entries_of(deviation_statuses);

constexpr std::array<Row<DecisionStatus>, 3> decision_statuses{{
    {DecisionStatus::draft, {"draft", "", 0}},
    {DecisionStatus::awaiting_approval, {"awaiting_approval", "", 0}},
    {DecisionStatus::decided, {"decided", "", 0}},
}};
static_assert(in_enum_order(decision_statuses) && decision_statuses.size() == all_decision_statuses.size());

// docs/domain.md#exit-outcomes and Bolig Nu's outcome statistics.
constexpr std::array<Row<ExitOutcome>, 9> exit_outcomes{{
    {ExitOutcome::municipal_housing, {"kommunal_bolig", "Kommunal utleiebolig", 0}},
    {ExitOutcome::private_rental, {"privat_leie", "Privat leid bolig", 0}},
    {ExitOutcome::own_home, {"egen_bolig", "Egen bolig", 0}},
    {ExitOutcome::transit, {"overgang", "Overgangsløsning", 0}},
    {ExitOutcome::declined_offer, {"takket_nei", "Takket nei til tilbud", 0}},
    {ExitOutcome::ended_by_provider, {"avsluttet_av_tilbyder", "Avsluttet av tilbyder", 0}},
    {ExitOutcome::terminated, {"stans", "Avsluttet ved vedtak om stans", 0}},
    {ExitOutcome::left_without_notice, {"forlot_uten_beskjed", "Flyttet ut uten beskjed", 0}},
    {ExitOutcome::other, {"annet", "Annet", 0}},
}};
static_assert(in_enum_order(exit_outcomes) && exit_outcomes.size() == all_exit_outcomes.size());
constexpr auto exit_outcome_entries = entries_of(exit_outcomes);

// The office reviews an appeal first (forvaltningsloven § 33): it changes the decision or sends
// the appeal to Statsforvalteren, who upholds, changes or quashes it.
constexpr std::array<Row<AppealResult>, 6> appeal_results{{
    {AppealResult::changed_by_office, {"omgjort_av_kontoret", "Omgjort av Nav-kontoret", 0}},
    {AppealResult::sent_to_statsforvalteren, {"sendt_statsforvalteren", "Sendt til Statsforvalteren", 0}},
    {AppealResult::upheld, {"stadfestet", "Stadfestet av Statsforvalteren", 0}},
    {AppealResult::changed_by_statsforvalteren,
     {"omgjort_av_statsforvalteren", "Omgjort av Statsforvalteren", 0}},
    {AppealResult::quashed, {"opphevet", "Opphevet av Statsforvalteren", 0}},
    {AppealResult::withdrawn, {"trukket", "Klagen er trukket", 0}},
}};
static_assert(in_enum_order(appeal_results) && appeal_results.size() == all_appeal_results.size());
constexpr auto appeal_result_entries = entries_of(appeal_results);

constexpr std::array<Row<DeliveryMethod>, 3> delivery_methods{{
    {DeliveryMethod::in_person, {"personlig", "Overlevert personlig", 0}},
    {DeliveryMethod::digital, {"digitalt", "Sendt digitalt", 0}},
    {DeliveryMethod::post, {"post", "Sendt i posten", 0}},
}};
static_assert(in_enum_order(delivery_methods) && delivery_methods.size() == all_delivery_methods.size());

constexpr std::array<Row<OfferKind>, 2> offer_kinds{{
    {OfferKind::named_place, {"navngitt", "Stedet er navngitt i vedtaket", 0}},
    {OfferKind::office_finds, {"skaffes", "Nav-kontoret skaffer stedet innen en dato", 0}},
}};
static_assert(in_enum_order(offer_kinds) && offer_kinds.size() == all_offer_kinds.size());

constexpr std::array<Row<LateAppealAssessment>, 2> late_appeal_assessments{{
    {LateAppealAssessment::heard, {"behandles", "Behandles selv om fristen er ute", 0}},
    {LateAppealAssessment::dismissed, {"avvist", "Avvist fordi den kom for sent", 0}},
}};
static_assert(in_enum_order(late_appeal_assessments) &&
              late_appeal_assessments.size() == all_late_appeal_assessments.size());

constexpr std::array<Row<SurveyResponseStatus>, 3> survey_response_statuses{{
    {SurveyResponseStatus::not_started, {"ikke_startet", "", 0}},
    {SurveyResponseStatus::draft, {"utkast", "", 0}},
    {SurveyResponseStatus::submitted, {"sendt", "", 0}},
}};
static_assert(in_enum_order(survey_response_statuses) &&
              survey_response_statuses.size() == all_survey_response_statuses.size());

constexpr std::array<Row<QualityStatus>, 5> quality_statuses{{
    {QualityStatus::adequate, {"godkjent", "Forsvarlig", 0}},
    {QualityStatus::inspection_overdue, {"kontroll_utlopt", "Kvalitetskontrollen er utløpt", 0}},
    {QualityStatus::not_adequate, {"ikke_forsvarlig", "Ikke forsvarlig", 0}},
    {QualityStatus::not_inspected, {"ikke_kontrollert", "Mangler kvalitetskontroll", 0}},
    {QualityStatus::no_agreement, {"mangler_avtale", "Mangler kvalitetsavtale", 0}},
}};
static_assert(in_enum_order(quality_statuses) && quality_statuses.size() == all_quality_statuses.size());
constexpr auto quality_status_entries = entries_of(quality_statuses);

} // namespace

std::string_view to_string(PlacementStatus status) {
    return entry(placement_statuses, status).code;
}
std::string_view label(PlacementStatus status) {
    return entry(placement_statuses, status).label;
}
std::optional<PlacementStatus> parse_placement_status(std::string_view code) {
    return parse(placement_statuses, code);
}
std::span<const CodeEntry> placement_status_codes() {
    return placement_status_entries;
}

std::string_view to_string(DeviationStatus status) {
    return entry(deviation_statuses, status).code;
}
std::string_view label(DeviationStatus status) {
    return entry(deviation_statuses, status).label;
}
std::optional<DeviationStatus> parse_deviation_status(std::string_view code) {
    return parse(deviation_statuses, code);
}
std::span<const CodeEntry> deviation_status_codes() {
    return deviation_status_entries;
}

std::string_view to_string(DecisionStatus status) {
    return entry(decision_statuses, status).code;
}
std::optional<DecisionStatus> parse_decision_status(std::string_view code) {
    return parse(decision_statuses, code);
}

std::string_view to_string(ExitOutcome outcome) {
    return entry(exit_outcomes, outcome).code;
}
std::string_view label(ExitOutcome outcome) {
    return entry(exit_outcomes, outcome).label;
}
std::optional<ExitOutcome> parse_exit_outcome(std::string_view code) {
    return parse(exit_outcomes, code);
}
std::span<const CodeEntry> exit_outcome_codes() {
    return exit_outcome_entries;
}

std::string_view to_string(AppealResult result) {
    return entry(appeal_results, result).code;
}
std::string_view label(AppealResult result) {
    return entry(appeal_results, result).label;
}
std::optional<AppealResult> parse_appeal_result(std::string_view code) {
    return parse(appeal_results, code);
}
std::span<const CodeEntry> appeal_result_codes() {
    return appeal_result_entries;
}

std::string_view to_string(DeliveryMethod method) {
    return entry(delivery_methods, method).code;
}
std::string_view label(DeliveryMethod method) {
    return entry(delivery_methods, method).label;
}
std::optional<DeliveryMethod> parse_delivery_method(std::string_view code) {
    return parse(delivery_methods, code);
}

std::string_view to_string(OfferKind kind) {
    return entry(offer_kinds, kind).code;
}
std::string_view label(OfferKind kind) {
    return entry(offer_kinds, kind).label;
}
std::optional<OfferKind> parse_offer_kind(std::string_view code) {
    return parse(offer_kinds, code);
}

std::string_view to_string(LateAppealAssessment assessment) {
    return entry(late_appeal_assessments, assessment).code;
}
std::string_view label(LateAppealAssessment assessment) {
    return entry(late_appeal_assessments, assessment).label;
}
std::optional<LateAppealAssessment> parse_late_appeal_assessment(std::string_view code) {
    return parse(late_appeal_assessments, code);
}

std::string_view to_string(SurveyResponseStatus status) {
    return entry(survey_response_statuses, status).code;
}
std::optional<SurveyResponseStatus> parse_survey_response_status(std::string_view code) {
    return parse(survey_response_statuses, code);
}

std::string_view to_string(QualityStatus status) {
    return entry(quality_statuses, status).code;
}
std::string_view label(QualityStatus status) {
    return entry(quality_statuses, status).label;
}
std::optional<QualityStatus> parse_quality_status(std::string_view code) {
    return parse(quality_statuses, code);
}
std::span<const CodeEntry> quality_status_codes() {
    return quality_status_entries;
}

} // namespace husly
