#include "service/waiting_list_service.hpp"

#include "common/clock.hpp"
#include "domain/text_rules.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "store/person_repository.hpp"
#include "store/request_repository.hpp"
#include "store/waiting_list_repository.hpp"

#include <algorithm>

namespace husly::waiting_list {
namespace {

void audit_entry(Connection& connection, const Actor& actor, const char* action,
                 const WaitingListEntry& entry) {
    audit::record(connection, &actor, actor.address,
                  {action, "waiting_list", std::to_string(entry.id), entry.person_id, {}});
}

Result<WaitingListEntry> owned_entry(Connection& connection, int64_t office_id, int64_t entry_id) {
    auto entry = waiting_list_repository::find(connection, entry_id);
    if (!entry || entry->office_id != office_id) return not_found("Fant ikke personen på ventelisten.");
    return *entry;
}

} // namespace

Result<std::vector<WaitingListEntry>> list(Connection& connection, const Actor& actor, Which which) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(
        connection, Transaction::Mode::read, [&](Transaction&) -> Result<std::vector<WaitingListEntry>> {
            auto entries = which == Which::active
                               ? waiting_list_repository::active(connection, office_id)
                               : waiting_list_repository::removed(connection, office_id, 200);
            // A list shows names: one audit entry per person shown.
            for (const auto& entry : entries) audit_entry(connection, actor, "waiting_list.list", entry);
            return entries;
        });
}

Result<WaitingListEntry> add(Connection& connection, const Actor& actor, const NewEntry& input) {
    auto office_id = TRY(case_office(actor));
    TRY(check_text("note", input.note, 1000));
    return in_transaction(connection, [&](Transaction&) -> Result<WaitingListEntry> {
        if (!person_repository::is_linked(connection, input.person_id, office_id))
            return invalid("personId", "Fant ikke personen ved kontoret.", "not_found");
        if (input.request_id) {
            auto request = request_repository::find(connection, *input.request_id);
            if (!request || request->office_id != office_id || request->person_id != input.person_id)
                return invalid("requestId", "Henvendelsen hører ikke til personen ved dette kontoret.");
        }
        auto current = waiting_list_repository::active(connection, office_id);
        if (std::any_of(current.begin(), current.end(),
                        [&](const auto& e) { return e.person_id == input.person_id; }))
            return fail(ErrorKind::conflict, "already_waiting", "Personen står allerede på ventelisten.",
                        "personId");
        WaitingListEntry entry;
        entry.office_id = office_id;
        entry.person_id = input.person_id;
        entry.request_id = input.request_id;
        entry.added_on = format_date(today());
        entry.note = input.note;
        entry.id = waiting_list_repository::insert(connection, entry, format_instant(now()), actor.user_id);
        audit_entry(connection, actor, "waiting_list.add", entry);
        return waiting_list_repository::find(connection, entry.id).value();
    });
}

Result<std::vector<WaitingListEntry>> move(Connection& connection, const Actor& actor, int64_t entry_id,
                                           int step) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<std::vector<WaitingListEntry>> {
        auto entry = TRY(owned_entry(connection, office_id, entry_id));
        if (entry.removed_on)
            return fail(ErrorKind::conflict, "removed", "Personen står ikke lenger på ventelisten.",
                        "direction");
        auto entries = waiting_list_repository::active(connection, office_id);
        auto it =
            std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.id == entry_id; });
        auto index = std::distance(entries.begin(), it);
        auto target = index + step;
        if (target < 0 || target >= static_cast<long>(entries.size()))
            return invalid("direction",
                           step < 0 ? "Personen står allerede først." : "Personen står allerede sist.");
        std::iter_swap(entries.begin() + index, entries.begin() + target);
        // Renumber the whole list 1..n: positions stay dense whatever happened before.
        for (size_t i = 0; i < entries.size(); ++i) {
            entries[i].position = static_cast<int>(i) + 1;
            waiting_list_repository::set_position(connection, entries[i].id, entries[i].position);
        }
        audit_entry(connection, actor, "waiting_list.move", entry);
        return entries;
    });
}

Result<WaitingListEntry> offer(Connection& connection, const Actor& actor, int64_t entry_id,
                               const std::string& offered_on) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<WaitingListEntry> {
        auto entry = TRY(owned_entry(connection, office_id, entry_id));
        TRY(check_offer(entry, offered_on, today()));
        waiting_list_repository::set_offered(connection, entry_id, offered_on);
        audit_entry(connection, actor, "waiting_list.offer", entry);
        return waiting_list_repository::find(connection, entry_id).value();
    });
}

Result<WaitingListEntry> remove(Connection& connection, const Actor& actor, int64_t entry_id,
                                const std::string& outcome, const std::string& removed_on) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<WaitingListEntry> {
        auto entry = TRY(owned_entry(connection, office_id, entry_id));
        TRY(check_removal(entry, outcome, removed_on, today()));
        waiting_list_repository::set_removed(connection, entry_id, outcome, removed_on);
        audit_entry(connection, actor, "waiting_list.remove", entry);
        return waiting_list_repository::find(connection, entry_id).value();
    });
}

} // namespace husly::waiting_list
