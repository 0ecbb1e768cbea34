#include "domain/waiting_list.hpp"

#include "common/clock.hpp"
#include "domain/request_codes.hpp"
#include "domain/stay.hpp"

namespace husly {
namespace {

Status check_day(const std::string& field, const std::string& text, const WaitingListEntry& entry,
                 std::chrono::year_month_day today) {
    auto day = parse_date(text);
    if (!day) return invalid(field, date_error_message(text));
    if (days_between(today, *day) > 0) return invalid(field, "Datoen kan ikke være fram i tid.");
    if (days_between(*parse_date(entry.added_on), *day) < 0)
        return invalid(field, "Datoen kan ikke være før personen ble satt på ventelisten.");
    return {};
}

} // namespace

Status check_offer(const WaitingListEntry& entry, const std::string& offered_on,
                   std::chrono::year_month_day today) {
    if (entry.removed_on)
        return fail(ErrorKind::conflict, "removed", "Personen står ikke lenger på ventelisten.", "offeredOn");
    return check_day("offeredOn", offered_on, entry, today);
}

Status check_removal(const WaitingListEntry& entry, const std::string& outcome, const std::string& removed_on,
                     std::chrono::year_month_day today) {
    if (entry.removed_on)
        return fail(ErrorKind::conflict, "removed", "Personen står ikke lenger på ventelisten.", "outcome");
    if (!is_known_code(CodeList::waiting_list_outcome, outcome))
        return invalid("outcome", "Velg hvorfor personen går av ventelisten.", "unknown_code");
    return check_day("removedOn", removed_on, entry, today);
}

} // namespace husly
