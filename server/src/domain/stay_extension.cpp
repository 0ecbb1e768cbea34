#include "domain/stay_extension.hpp"

#include "common/clock.hpp"

#include <fmt/format.h>

namespace husly {

Result<StayExtension> check_extension(const Stay& stay, const Decision& decision) {
    if (stay.exit)
        return fail(ErrorKind::conflict, "stay_ended",
                    "Oppholdet er avsluttet. Et nytt vedtak gir et nytt opphold.", "stayId");
    if (decision.person_id != stay.person_id)
        return invalid("requestId", "Vedtaket gjelder en annen person enn oppholdet.", "other_person");
    if (decision.id == stay.decision_id)
        return fail(ErrorKind::conflict, "same_decision", "Oppholdet bygger allerede på dette vedtaket.",
                    "requestId");
    if (!is_granted(decision) || decision.status != DecisionStatus::decided || !decision.period_from ||
        !decision.period_to)
        return invalid("requestId", "Bare et innvilget og avgjort vedtak kan forlenge et opphold.",
                       "not_granted");
    auto from = parse_date(*decision.period_from).value();
    auto to = parse_date(*decision.period_to).value();
    StayExtension extension;
    extension.stay_id = stay.id;
    extension.request_id = decision.request_id;
    extension.decision_id = decision.id;
    extension.previous_period_to = stay.period_to;
    extension.period_from = *decision.period_from;
    extension.period_to = *decision.period_to;
    if (!stay.period_to) return extension;
    auto current_end = parse_date(*stay.period_to).value();
    if (days_between(current_end, to) <= 0)
        return invalid("requestId",
                       fmt::format("Vedtaksperioden må vare lenger enn oppholdets periode, som går til {}.",
                                   display_date(*stay.period_to)),
                       "not_longer");
    if (days_between(current_end, from) > 1)
        return invalid("requestId",
                       fmt::format("Det nye vedtaket må gjelde fra senest dagen etter at oppholdets periode "
                                   "går ut ({}), så det ikke blir dager uten vedtak.",
                                   display_date(*stay.period_to)),
                       "gap");
    return extension;
}

} // namespace husly
