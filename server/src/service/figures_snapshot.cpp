#include "service/figures_snapshot.hpp"

#include "common/log.hpp"
#include "store/figures_repository.hpp"
#include "store/office_repository.hpp"
#include "store/snapshot_repository.hpp"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <map>
#include <set>

namespace husly::figures {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::sys_days;

constexpr const char* national_kind = "national";
// A claim whose server has not finished in this long is taken to have died.
constexpr minutes stale_claim{30};

std::optional<int> whole_number(std::string_view text) {
    const std::string digits(text);
    int value = 0;
    const char* end = digits.c_str() + digits.size();
    auto [ptr, ec] = std::from_chars(digits.c_str(), end, value);
    if (ec != std::errc() || ptr != end || digits.empty()) return std::nullopt;
    return value;
}

CellStatus status_from(const std::string& code) {
    if (code == "small") return CellStatus::small;
    if (code == "secondary") return CellStatus::secondary;
    return CellStatus::shown;
}

ShareStatus share_from(const std::string& code) {
    if (code == "shown") return ShareStatus::shown;
    if (code == "secondary") return ShareStatus::hidden;
    return ShareStatus::not_applicable;
}

nlohmann::json row_to_json(const NationalRow& row) {
    auto values = nlohmann::json::array();
    auto status = nlohmann::json::array();
    for (size_t m = 0; m < national_measure_count; ++m) {
        values.push_back(row.values[m] ? nlohmann::json(*row.values[m]) : nlohmann::json());
        status.push_back(cell_status_code(row.status[m]));
    }
    return {{"key", row.key},
            {"name", row.name},
            {"values", values},
            {"status", status},
            {"share", row.share_of_stays_over_3_months ? nlohmann::json(*row.share_of_stays_over_3_months)
                                                       : nlohmann::json()},
            {"shareStatus", share_status_code(row.share_status)}};
}

NationalRow row_from_json(const nlohmann::json& json) {
    NationalRow row;
    row.key = json.at("key").get<std::string>();
    row.name = json.at("name").get<std::string>();
    for (size_t m = 0; m < national_measure_count; ++m) {
        const auto& value = json.at("values").at(m);
        if (!value.is_null()) row.values[m] = value.get<int64_t>();
        row.status[m] = status_from(json.at("status").at(m).get<std::string>());
    }
    if (!json.at("share").is_null()) row.share_of_stays_over_3_months = json.at("share").get<double>();
    row.share_status = share_from(json.at("shareStatus").get<std::string>());
    return row;
}

Status check_report_year(int year, Date today) {
    int current = static_cast<int>(today.year());
    if (year < 2000 || year > current)
        return invalid("year", "Velg et år fra 2000 til og med " + std::to_string(current) + ".");
    return {};
}

// Every office with its county (that of its first municipality), and how many counties there are.
struct Geography {
    std::vector<NationalOffice> offices;
    int counties{0};
};

Geography geography(Connection& connection) {
    Geography result;
    std::map<std::string, const Municipality*> municipality_of;
    auto municipalities = office_repository::municipalities(connection);
    std::set<std::string> counties;
    for (const auto& m : municipalities) {
        municipality_of[m.number] = &m;
        counties.insert(m.county_number);
    }
    result.counties = static_cast<int>(counties.size());
    for (const auto& office : office_repository::list(connection)) {
        NationalOffice row{office.id, office.name, "", "Uten kommune"};
        if (!office.municipality_numbers.empty())
            if (auto it = municipality_of.find(office.municipality_numbers.front());
                it != municipality_of.end()) {
                row.county_number = it->second->county_number;
                row.county = it->second->county;
            }
        result.offices.push_back(row);
    }
    return result;
}

} // namespace

Result<RefreshSchedule> RefreshSchedule::parse(std::string_view text) {
    RefreshSchedule schedule;
    auto refused = [] {
        return invalid("figures-refresh",
                       "Oppgi et klokkeslett (02:00) eller et intervall i minutter eller timer (30m, 6h).");
    };
    if (text.size() == 5 && text[2] == ':') {
        auto hour = whole_number(text.substr(0, 2));
        auto minute = whole_number(text.substr(3, 2));
        if (!hour || !minute || *hour > 23 || *minute > 59) return refused();
        schedule.daily_minute = *hour * 60 + *minute;
        return schedule;
    }
    if (text.size() >= 2 && (text.back() == 'm' || text.back() == 'h')) {
        auto count = whole_number(text.substr(0, text.size() - 1));
        if (!count || *count <= 0) return refused();
        auto total = text.back() == 'h' ? *count * 60 : *count;
        if (total > 7 * 24 * 60) return refused();
        schedule.interval_minutes = total;
        return schedule;
    }
    return refused();
}

Instant RefreshSchedule::period_start(Instant at) const {
    if (interval_minutes > 0) {
        auto since_epoch = std::chrono::floor<minutes>(at.time_since_epoch()).count();
        auto start = since_epoch - since_epoch % interval_minutes;
        return Instant{minutes{start}};
    }
    // Today's refresh time in Norway as an instant (CET is UTC+1, CEST UTC+2), or yesterday's.
    auto at_local_time = [&](Date day) {
        auto wanted = std::chrono::sys_seconds{sys_days{day} + minutes{daily_minute}};
        for (auto offset : {hours{1}, hours{2}}) {
            auto candidate = Instant{
                std::chrono::duration_cast<std::chrono::milliseconds>((wanted - offset).time_since_epoch())};
            if (norwegian_local_time(candidate) == wanted) return candidate;
        }
        return Instant{
            std::chrono::duration_cast<std::chrono::milliseconds>((wanted - hours{1}).time_since_epoch())};
    };
    auto day = norwegian_date(at);
    auto start = at_local_time(day);
    if (start > at) start = at_local_time(Date{sys_days{day} - days{1}});
    return start;
}

std::string snapshot_label(const std::string& computed_at) {
    auto instant = parse_instant(computed_at);
    if (!instant) return "";
    auto local = norwegian_local_time(*instant);
    auto day = std::chrono::floor<days>(local);
    Date date{day};
    std::chrono::hh_mm_ss time{local - day};
    return fmt::format("Tall per {:02}.{:02}.{} kl. {:02}.{:02}", static_cast<unsigned>(date.day()),
                       static_cast<unsigned>(date.month()), static_cast<int>(date.year()),
                       time.hours().count(), time.minutes().count());
}

nlohmann::json national_to_json(const NationalTable& table) {
    auto counties = nlohmann::json::array();
    for (const auto& county : table.counties) {
        auto offices = nlohmann::json::array();
        for (const auto& office : county.offices) offices.push_back(row_to_json(office));
        counties.push_back({{"county", row_to_json(county.county)}, {"offices", offices}});
    }
    return {{"year", table.year},
            {"countiesInCountry", table.counties_in_country},
            {"country", row_to_json(table.country)},
            {"counties", counties}};
}

NationalTable national_from_json(const nlohmann::json& body) {
    NationalTable table;
    table.year = body.at("year").get<int>();
    table.counties_in_country = body.at("countiesInCountry").get<int>();
    table.country = row_from_json(body.at("country"));
    for (const auto& county : body.at("counties")) {
        CountyRows rows;
        rows.county = row_from_json(county.at("county"));
        for (const auto& office : county.at("offices")) rows.offices.push_back(row_from_json(office));
        table.counties.push_back(std::move(rows));
    }
    return table;
}

bool refresh_national(Connection& connection, const RefreshSchedule& schedule, Instant at, int year) {
    auto period = format_instant(schedule.period_start(at));
    if (auto stored = snapshot_repository::find(connection, national_kind, year);
        stored && stored->computed_at >= period)
        return false; // already refreshed for this period
    auto claim = std::string(national_kind) + ":" + std::to_string(year);
    auto stamp = format_instant(at);
    {
        Transaction claiming(connection);
        bool claimed =
            snapshot_repository::claim(connection, claim, period, stamp, format_instant(at - stale_claim));
        claiming.commit();
        if (!claimed) return false; // another server has it
    }
    auto started = std::chrono::steady_clock::now();
    auto day = norwegian_date(at);
    snapshot_repository::Snapshot snapshot{year, stamp, ""};
    {
        Transaction read(connection, Transaction::Mode::read);
        auto where = geography(connection);
        auto cutoff = format_date(kostra_cutoff(year, day));
        auto stays = figures_repository::kostra_stays(connection, {}, year, cutoff);
        snapshot.body =
            national_to_json(national_table(stays, where.offices, year, day, where.counties)).dump();
        read.commit();
    }
    Transaction write(connection);
    snapshot_repository::store(connection, national_kind, snapshot, claim, format_instant(now()));
    write.commit();
    log::info("figures snapshot refreshed", {{"kind", national_kind},
                                             {"year", year},
                                             {"ms", std::chrono::duration_cast<std::chrono::milliseconds>(
                                                        std::chrono::steady_clock::now() - started)
                                                        .count()}});
    return true;
}

Result<NationalSnapshot> national(Connection& connection, const Actor& actor, int year,
                                  const RefreshSchedule& schedule) {
    if (!actor.has_role(Role::analytiker)) return forbidden("Bare analytikere ser tall for hele landet.");
    auto at = now();
    TRY(check_report_year(year, norwegian_date(at)));
    refresh_national(connection, schedule, at, year);
    // Another server may be making this year's very first snapshot: wait for it a little.
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (auto found = snapshot_repository::find(connection, national_kind, year))
            return NationalSnapshot{national_from_json(nlohmann::json::parse(found->body)),
                                    found->computed_at};
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
    }
    return fail(ErrorKind::unavailable, "figures_pending",
                "Tallene for landet beregnes nå. Prøv igjen om et minutt.");
}

SnapshotRefresher::SnapshotRefresher(Database& database, RefreshSchedule schedule)
    : m_database(database), m_schedule(schedule), m_thread([this] { run(); }) {}

SnapshotRefresher::~SnapshotRefresher() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void SnapshotRefresher::run() {
    while (true) {
        try {
            // This year's and last year's figures, the ones that still change; older years are
            // refreshed when first asked for in a period.
            auto lease = m_database.acquire();
            auto at = now();
            int year = static_cast<int>(norwegian_date(at).year());
            refresh_national(*lease, m_schedule, at, year);
            refresh_national(*lease, m_schedule, at, year - 1);
        } catch (const std::exception& error) {
            log::warn("figures snapshot refresh failed", {{"error", error.what()}});
        }
        // Look again in a minute: a new period, or a claim left by a server that died.
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::minutes(1), [this] { return m_stopping; })) return;
    }
}

} // namespace husly::figures
