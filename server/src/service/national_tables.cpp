#include "service/national_tables.hpp"

namespace husly::national {
namespace {

using Type = BulkInsert::Type;

// Columns as "name" (integer) or "name:t" (text).
BulkInsert table(const std::string& name, std::initializer_list<const char*> columns) {
    std::vector<BulkInsert::Column> parsed;
    for (std::string column : columns) {
        bool text = column.size() > 2 && column.ends_with(":t");
        if (text) column.resize(column.size() - 2);
        parsed.push_back({column, text ? Type::text : Type::integer});
    }
    return {name, std::move(parsed)};
}

const std::vector<std::string> tables_with_ids{"offices",
                                               "users",
                                               "user_roles",
                                               "providers",
                                               "provider_contacts",
                                               "quality_agreements",
                                               "units",
                                               "inspections",
                                               "persons",
                                               "requests",
                                               "request_members",
                                               "decisions",
                                               "stays",
                                               "action_plan_items",
                                               "placements",
                                               "journal_notes",
                                               "turnaways",
                                               "deviations",
                                               "waiting_list",
                                               "storage"};

} // namespace

Tables::Tables()
    : offices(table("offices", {"id", "name:t", "unit_number:t", "created_at:t", "decisions_need_approval"})),
      office_municipalities(table("office_municipalities", {"office_id", "municipality_number:t"})),
      users(table("users", {"id", "email:t", "display_name:t", "password_hash:t", "active", "failed_logins",
                            "created_at:t"})),
      user_roles(table("user_roles", {"id", "user_id", "role:t", "office_id"})),
      providers(table("providers",
                      {"id", "office_id", "name:t", "kind:t", "offer_type:t", "organization_number:t",
                       "address:t", "phone:t", "email:t", "note:t", "active", "created_at:t", "created_by"})),
      provider_municipalities(table("provider_municipalities", {"provider_id", "municipality_number:t"})),
      provider_contacts(table("provider_contacts",
                              {"id", "provider_id", "position", "name:t", "role:t", "phone:t", "email:t"})),
      quality_agreements(
          table("quality_agreements", {"id", "provider_id", "starts_on:t", "ends_on:t", "document_name:t",
                                       "registered_at:t", "registered_by"})),
      units(
          table("units", {"id", "provider_id", "name:t", "kind:t", "municipality_number:t", "rooms", "beds",
                          "facilities:t", "staffing:t", "suits:t", "not_suits:t", "requires_self_evacuation",
                          "active", "note:t", "created_at:t", "night_shelter"})),
      unit_prices(
          table("unit_prices", {"unit_id", "from_date:t", "per_night", "registered_at:t", "registered_by"})),
      inspections(table("inspections", {"id", "unit_id", "inspected_on:t", "inspector:t", "items:t",
                                        "problems:t", "problem_note:t", "verdict:t", "next_due_on:t",
                                        "note:t", "registered_at:t", "registered_by"})),
      persons(table("persons", {"id", "identity_number:t", "first_name:t", "last_name:t", "name_key:t",
                                "birth_date:t", "phone:t", "registered_office_id", "created_at:t"})),
      person_offices(table("person_offices", {"person_id", "office_id", "linked_at:t"})),
      requests(table("requests",
                     {"id", "office_id", "person_id", "municipality_number:t", "channel:t", "received_at:t",
                      "acute", "network:t", "housing_situation:t", "family_with_children", "under_25",
                      "outcome:t", "outcome_at:t", "outcome_by", "created_by", "created_at:t"})),
      request_codes(table("request_codes", {"request_id", "list:t", "code:t"})),
      request_members(table("request_members",
                            {"id", "request_id", "role:t", "first_name:t", "birth_date:t", "person_id"})),
      request_sensitive(table("request_sensitive", {"request_id", "substance_use", "mental_health"})),
      decisions(
          table("decisions",
                {"id",          "request_id",       "office_id",     "person_id",         "status:t",
                 "outcome:t",   "period_from:t",    "period_to:t",   "conditions:t",      "refusal_reasons:t",
                 "facts:t",     "considerations:t", "informed_on:t", "appeal_deadline:t", "created_at:t",
                 "created_by",  "decided_at:t",     "decided_by",    "processing_hours",  "submitted_at:t",
                 "submitted_by"})),
      stays(table("stays",
                  {"id", "office_id", "person_id", "request_id", "decision_id", "started_on:t", "period_to:t",
                   "ended_on:t", "exit_outcome:t", "exit_transit_kind:t", "exit_transit_until:t",
                   "family_with_children", "under_25", "previous_stay_id", "created_at:t", "created_by"})),
      stay_agreements(
          table("stay_agreements", {"stay_id", "period_from:t", "period_to:t", "resident_commitments:t",
                                    "office_commitments:t", "signed_on:t", "updated_at:t", "updated_by"})),
      action_plan_items(table("action_plan_items", {"id", "stay_id", "position", "goal:t", "action:t",
                                                    "responsible:t", "other:t", "status:t"})),
      placements(table("placements", {"id", "office_id", "request_id", "person_id", "stay_id", "unit_id",
                                      "starts_on:t", "ends_on:t", "persons", "uses_room", "status:t",
                                      "quality_status:t", "quality_reason:t", "moved_from_id", "booked_at:t",
                                      "booked_by", "status_changed_at:t", "status_changed_by"})),
      journal_notes(table("journal_notes", {"id", "stay_id", "written_at:t", "written_by", "text:t"})),
      after_care(table("after_care", {"stay_id", "agreed_on:t", "until_on:t", "forms:t", "note:t",
                                      "updated_at:t", "updated_by"})),
      turnaways(table("turnaways", {"id", "office_id", "person_id", "request_id", "occurred_on:t", "reason:t",
                                    "instead:t", "note:t", "registered_at:t", "registered_by"})),
      deviations(table("deviations",
                       {"id", "office_id", "kind:t", "source_key:t", "person_id", "request_id", "stay_id",
                        "placement_id", "unit_id", "description:t", "status:t", "opened_on:t", "opened_at:t",
                        "opened_by", "reported_at:t", "reported_by", "closed_at:t", "closed_by", "note:t"})),
      waiting_list(table("waiting_list", {"id", "office_id", "person_id", "request_id", "added_on:t",
                                          "position", "note:t", "created_at:t", "created_by"})),
      storage(table("storage", {"id", "office_id", "person_id", "request_id", "location:t", "stored_from:t",
                                "stored_to:t", "monthly_cost", "note:t", "created_at:t", "created_by"})),
      office_budgets(table("office_budgets", {"office_id", "year", "amount", "alternative_price"})),
      audit_log(table("audit_log",
                      {"id", "occurred_at:t", "actor_user_id", "office_id", "action:t", "entity_type:t",
                       "entity_id:t", "person_id", "address:t", "detail:t", "prev_hash:t", "hash:t"})) {}

std::vector<BulkInsert*> Tables::in_order() {
    return {&offices,
            &office_municipalities,
            &users,
            &user_roles,
            &providers,
            &provider_municipalities,
            &provider_contacts,
            &quality_agreements,
            &units,
            &unit_prices,
            &inspections,
            &persons,
            &person_offices,
            &requests,
            &request_codes,
            &request_members,
            &request_sensitive,
            &decisions,
            &stays,
            &stay_agreements,
            &action_plan_items,
            &placements,
            &journal_notes,
            &after_care,
            &turnaways,
            &deviations,
            &waiting_list,
            &storage,
            &office_budgets,
            &audit_log};
}

void Tables::load_id_starts(Connection& connection) {
    for (const auto& name : tables_with_ids) m_next_ids[name] = max_id(connection, name) + 1;
    m_next_ids["audit_log"] = max_id(connection, "audit_log") + 1;
}

int64_t Tables::next_id(const std::string& table) {
    auto found = m_next_ids.find(table);
    if (found == m_next_ids.end()) throw std::logic_error("national: no ids for " + table);
    return found->second++;
}

void Tables::flush(Connection& connection) {
    for (auto* bulk : in_order()) {
        m_written[bulk->table()] += static_cast<int64_t>(bulk->pending());
        bulk->flush(connection);
    }
}

void Tables::restart_identities(Connection& connection) {
    for (const auto& name : tables_with_ids) restart_identity(connection, name);
}

std::vector<std::pair<std::string, int64_t>> Tables::counts() const {
    return {m_written.begin(), m_written.end()};
}

} // namespace husly::national
