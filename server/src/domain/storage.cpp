#include "domain/storage.hpp"

#include "common/clock.hpp"
#include "domain/stay.hpp"
#include "domain/text_rules.hpp"

namespace husly {

Status check_storage(const StorageRecord& record) {
    TRY(check_text("location", record.location, 300, true, "Skriv hvor innboet er lagret."));
    auto from = parse_date(record.stored_from);
    if (!from) return invalid("storedFrom", date_error_message(record.stored_from));
    if (record.stored_to) {
        auto to = parse_date(*record.stored_to);
        if (!to) return invalid("storedTo", date_error_message(*record.stored_to));
        if (days_between(*from, *to) < 0)
            return invalid("storedTo", "Sluttdatoen kan ikke være før startdatoen.");
    }
    if (record.monthly_cost < 0 || record.monthly_cost > max_monthly_storage_cost)
        return invalid("monthlyCost", "Skriv kostnaden per måned i hele kroner (0–100 000).");
    TRY(check_text("note", record.note, 2000));
    return {};
}

} // namespace husly
