#include "store/audit_repository.hpp"

#include "store/migrations.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly::audit_repository {
namespace {

struct Row {
    long long id{0};
    std::string occurred_at;
    long long actor{0};
    soci::indicator actor_indicator{soci::i_null};
    long long office{0};
    soci::indicator office_indicator{soci::i_null};
    std::string action, entity_type, entity_id;
    long long person{0};
    soci::indicator person_indicator{soci::i_null};
    std::string address, detail, prev_hash, hash;

    AuditEntry to_entry() const {
        AuditEntry entry;
        entry.id = id;
        entry.occurred_at = occurred_at;
        if (actor_indicator == soci::i_ok) entry.actor_user_id = actor;
        if (office_indicator == soci::i_ok) entry.office_id = office;
        entry.action = action;
        entry.entity_type = entity_type;
        entry.entity_id = entity_id;
        if (person_indicator == soci::i_ok) entry.person_id = person;
        entry.address = address;
        entry.detail = detail;
        entry.prev_hash = prev_hash;
        entry.hash = hash;
        return entry;
    }
};

constexpr const char* select_columns =
    "SELECT id, occurred_at, actor_user_id, office_id, action, entity_type, entity_id, person_id, "
    "address, detail, prev_hash, hash FROM audit_log ";

void bind_row(soci::statement& st, Row& row) {
    st.exchange(soci::into(row.id));
    st.exchange(soci::into(row.occurred_at));
    st.exchange(soci::into(row.actor, row.actor_indicator));
    st.exchange(soci::into(row.office, row.office_indicator));
    st.exchange(soci::into(row.action));
    st.exchange(soci::into(row.entity_type));
    st.exchange(soci::into(row.entity_id));
    st.exchange(soci::into(row.person, row.person_indicator));
    st.exchange(soci::into(row.address));
    st.exchange(soci::into(row.detail));
    st.exchange(soci::into(row.prev_hash));
    st.exchange(soci::into(row.hash));
}

// Advancing the chain head takes its row lock (both dialects), which serialises appends.
struct AdvanceHead {
    long long last_id{0};
    std::string last_hash;
    soci::statement lock, read, write;
    explicit AdvanceHead(soci::session& sql)
        : lock((sql.prepare << "UPDATE audit_head SET last_id = last_id WHERE singleton = 1")),
          read((sql.prepare << "SELECT last_id, last_hash FROM audit_head WHERE singleton = 1",
                soci::into(last_id), soci::into(last_hash))),
          write((sql.prepare << "UPDATE audit_head SET last_id = :id, last_hash = :h WHERE "
                                "singleton = 1",
                 soci::use(last_id), soci::use(last_hash))) {}
};

struct InsertEntry {
    Row row;
    soci::statement statement;
    explicit InsertEntry(soci::session& sql)
        : statement((sql.prepare << "INSERT INTO audit_log (id, occurred_at, actor_user_id, "
                                    "office_id, action, entity_type, entity_id, person_id, address, "
                                    "detail, prev_hash, hash) VALUES (:id, :at, :actor, :office, "
                                    ":action, :etype, :eid, :person, :address, :detail, :prev, :hash)",
                     soci::use(row.id), soci::use(row.occurred_at), soci::use(row.actor, row.actor_indicator),
                     soci::use(row.office, row.office_indicator), soci::use(row.action),
                     soci::use(row.entity_type), soci::use(row.entity_id),
                     soci::use(row.person, row.person_indicator), soci::use(row.address),
                     soci::use(row.detail), soci::use(row.prev_hash), soci::use(row.hash))) {}
};

} // namespace

AuditEntry append(Connection& connection, AuditEntry entry) {
    auto& head_query = connection.prepared<AdvanceHead>();
    head_query.lock.execute(true);
    head_query.read.execute(true);
    reset_statement(connection, head_query.read);
    entry.id = head_query.last_id + 1;
    entry.prev_hash = head_query.last_hash;
    entry.hash = compute_audit_hash(entry, connection.audit_key());

    auto& insert = connection.prepared<InsertEntry>();
    auto& row = insert.row;
    row.id = entry.id;
    row.occurred_at = entry.occurred_at;
    row.actor = entry.actor_user_id.value_or(0);
    row.actor_indicator = entry.actor_user_id ? soci::i_ok : soci::i_null;
    row.office = entry.office_id.value_or(0);
    row.office_indicator = entry.office_id ? soci::i_ok : soci::i_null;
    row.action = entry.action;
    row.entity_type = entry.entity_type;
    row.entity_id = entry.entity_id;
    row.person = entry.person_id.value_or(0);
    row.person_indicator = entry.person_id ? soci::i_ok : soci::i_null;
    row.address = entry.address;
    row.detail = entry.detail;
    row.prev_hash = entry.prev_hash;
    row.hash = entry.hash;
    insert.statement.execute(true);

    head_query.last_id = entry.id;
    head_query.last_hash = entry.hash;
    head_query.write.execute(true);
    return entry;
}

std::vector<AuditEntry> list(Connection& connection, const Filter& filter) {
    // Fixed SQL with "(:flag = 0 OR column = :value)" per filter: no SQL built from input.
    int by_actor = filter.actor_user_id ? 1 : 0, by_person = filter.person_id ? 1 : 0;
    int by_from = filter.from ? 1 : 0, by_to = filter.to ? 1 : 0;
    int by_action = filter.action_prefix ? 1 : 0, by_before = filter.before_id ? 1 : 0;
    long long actor = filter.actor_user_id.value_or(0), person = filter.person_id.value_or(0);
    long long before = filter.before_id.value_or(0);
    std::string from = filter.from.value_or(""), to = filter.to.value_or("");
    std::string action_low = filter.action_prefix.value_or("");
    std::string action_high = action_low + "\x7f";
    int limit = std::clamp(filter.limit, 1, 1000);

    Row row;
    soci::statement st(connection.sql());
    st.alloc();
    st.prepare(std::string(select_columns) +
               "WHERE (:a = 0 OR actor_user_id = :actor) AND (:p = 0 OR person_id = :person) "
               "AND (:f = 0 OR occurred_at >= :from) AND (:t = 0 OR occurred_at < :to) "
               "AND (:ac = 0 OR (action >= :alow AND action < :ahigh)) "
               "AND (:b = 0 OR id < :before) ORDER BY id DESC LIMIT :limit");
    st.exchange(soci::use(by_actor));
    st.exchange(soci::use(actor));
    st.exchange(soci::use(by_person));
    st.exchange(soci::use(person));
    st.exchange(soci::use(by_from));
    st.exchange(soci::use(from));
    st.exchange(soci::use(by_to));
    st.exchange(soci::use(to));
    st.exchange(soci::use(by_action));
    st.exchange(soci::use(action_low));
    st.exchange(soci::use(action_high));
    st.exchange(soci::use(by_before));
    st.exchange(soci::use(before));
    st.exchange(soci::use(limit));
    bind_row(st, row);
    st.define_and_bind();
    st.execute();
    std::vector<AuditEntry> result;
    while (st.fetch()) result.push_back(row.to_entry());
    return result;
}

Head head(Connection& connection) {
    Head result;
    long long last_id = 0;
    connection.sql() << "SELECT last_id, last_hash FROM audit_head WHERE singleton = 1", soci::into(last_id),
        soci::into(result.last_hash);
    result.last_id = last_id;
    return result;
}

AuditAnchor anchor(Connection& connection) {
    AuditAnchor result;
    long long keyed_from = 1;
    connection.sql()
        << "SELECT chain_id, keyed_from, anchor_hash, anchor_mac FROM audit_head WHERE singleton = 1",
        soci::into(result.chain_id), soci::into(keyed_from), soci::into(result.legacy_hash),
        soci::into(result.mac);
    result.keyed_from = keyed_from;
    return result;
}

void set_anchor(Connection& connection, const AuditAnchor& anchor) {
    long long keyed_from = anchor.keyed_from;
    connection.sql()
        << "UPDATE audit_head SET chain_id = :c, keyed_from = :k, anchor_hash = :h, anchor_mac = :m "
           "WHERE singleton = 1",
        soci::use(anchor.chain_id), soci::use(keyed_from), soci::use(anchor.legacy_hash),
        soci::use(anchor.mac);
}

void for_each_in_order(Connection& connection,
                       const std::function<void(const std::vector<AuditEntry>&)>& visit) {
    long long after = 0;
    constexpr int batch_size = 5000;
    for (;;) {
        Row row;
        int limit = batch_size;
        soci::statement st(connection.sql());
        st.alloc();
        st.prepare(std::string(select_columns) + "WHERE id > :after ORDER BY id LIMIT :limit");
        st.exchange(soci::use(after));
        st.exchange(soci::use(limit));
        bind_row(st, row);
        st.define_and_bind();
        st.execute();
        std::vector<AuditEntry> batch;
        while (st.fetch()) batch.push_back(row.to_entry());
        if (batch.empty()) return;
        after = batch.back().id;
        visit(batch);
        if (static_cast<int>(batch.size()) < batch_size) return;
    }
}

std::vector<AuditEntry> office_entries_for_person(Connection& connection, int64_t person_id,
                                                  int64_t office_id, int limit) {
    long long person = person_id, office = office_id, placement_person = person_id,
              placement_office = office_id;
    int bounded = std::clamp(limit, 1, 10000);
    Row row;
    soci::statement st(connection.sql());
    st.alloc();
    st.prepare(std::string(select_columns) +
               "WHERE person_id = :person AND ((entity_type <> 'placement' AND office_id = :office) OR "
               "(entity_type = 'placement' AND entity_id IN (SELECT CAST(id AS TEXT) FROM placements "
               "WHERE person_id = :pperson AND office_id = :poffice))) ORDER BY id DESC LIMIT :limit");
    st.exchange(soci::use(person));
    st.exchange(soci::use(office));
    st.exchange(soci::use(placement_person));
    st.exchange(soci::use(placement_office));
    st.exchange(soci::use(bounded));
    bind_row(st, row);
    st.define_and_bind();
    st.execute();
    std::vector<AuditEntry> result;
    while (st.fetch()) result.push_back(row.to_entry());
    return result;
}

int64_t identity_lookups_since(Connection& connection, int64_t user_id, const std::string& since) {
    // Bounded by id through the time index (ids grow with time), then the user's own entries by
    // the (actor, id) index: a handful of rows, however long the user's history.
    long long user = user_id, count = 0;
    std::string from = since, from_again = since;
    connection.sql() << "SELECT COUNT(*) FROM audit_log WHERE actor_user_id = :user AND id >= (SELECT "
                        "COALESCE(MIN(id), 9223372036854775807) FROM (SELECT id FROM audit_log WHERE "
                        "occurred_at >= :since "
                        "ORDER BY occurred_at LIMIT 1) first_in_window) AND occurred_at >= :since2 AND "
                        "action IN ('person.lookup', 'person.link')",
        soci::use(user), soci::use(from), soci::use(from_again), soci::into(count);
    return count;
}

void relink_chain(Connection& connection, const std::function<bool(AuditEntry&)>& relink) {
    lift_append_only(connection, "audit_log");
    long long id = 0;
    std::string hash, prev_hash, last;
    soci::statement update =
        (connection.sql().prepare << "UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :id",
         soci::use(prev_hash), soci::use(hash), soci::use(id));
    for_each_in_order(connection, [&](const std::vector<AuditEntry>& batch) {
        for (auto entry : batch) {
            if (relink(entry)) {
                id = entry.id;
                prev_hash = entry.prev_hash;
                hash = entry.hash;
                update.execute(true);
            }
            last = entry.hash;
        }
    });
    restore_append_only(connection, "audit_log");
    connection.sql() << "UPDATE audit_head SET last_hash = :h WHERE singleton = 1", soci::use(last);
}

} // namespace husly::audit_repository
