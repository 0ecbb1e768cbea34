#include "service/demo_service.hpp"

#include "common/clock.hpp"
#include "domain/identity_number.hpp"
#include "service/admin_service.hpp"
#include "service/person_service.hpp"
#include "service/request_service.hpp"
#include "store/office_repository.hpp"
#include "store/user_repository.hpp"

#include <fmt/format.h>
#include <random>
#include <stdexcept>

namespace husly::demo {
namespace {

struct DemoOffice {
    const char* name;
    const char* unit_number;
    std::vector<std::string> municipalities;
};

struct DemoUser {
    const char* email;
    const char* name;
    std::vector<std::pair<Role, const char*>> roles; // role, office unit number (or nullptr)
    const char* description;
};

const std::vector<DemoOffice> offices{
    {"Nav Bodø", "1804", {"1804"}},
    {"Nav Indre Salten", "1841", {"1840", "1841", "1845"}},
    {"Nav Grünerløkka", "0315", {"0301"}},
    {"Nav Tromsø", "5501", {"5501"}},
};

const std::vector<DemoUser> users{
    {"veileder@husly.test",
     "Vera Veileder",
     {{Role::veileder, "1804"}, {Role::veileder, "1841"}},
     "veileder ved Nav Bodø og Nav Indre Salten"},
    {"leder@husly.test", "Lars Leder", {{Role::leder, "1804"}}, "leder ved Nav Bodø"},
    {"oslo@husly.test", "Olav Oslo", {{Role::veileder, "0315"}}, "veileder ved Nav Grünerløkka"},
    {"tilbyder@husly.test", "Tina Tilbyder", {{Role::tilbyder, "1804"}}, "ansatt hos tilbyder i Bodø"},
    {"analytiker@husly.test", "Anna Analytiker", {{Role::analytiker, nullptr}}, "analytiker (hele landet)"},
    {"admin@husly.test", "Adam Administrator", {{Role::administrator, nullptr}}, "administrator"},
};

int64_t office_id(Connection& connection, const char* unit_number) {
    auto id = office_repository::find_id_by_unit_number(connection, unit_number);
    if (!id) throw std::logic_error("demo office missing");
    return *id;
}

const std::vector<const char*> first_names{"Kari",  "Ola",  "Ingrid", "Lars", "Fatima", "Mohammed", "Sara",
                                           "Jonas", "Emma", "Ahmed",  "Nora", "Piotr",  "Hanne",    "Ali",
                                           "Sofie", "Erik", "Aisha",  "Tor",  "Maja",   "Daniel"};
const std::vector<const char*> last_names{"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
                                          "Nilsen", "Karlsen",  "Berg",  "Haugen", "Hassan",   "Nowak",
                                          "Ahmadi", "Dahl",     "Lund",  "Moen"};

// A synthetic identity number (month + 80) for a birth date, valid check digits.
std::string synthetic_number(std::mt19937& random, int year, int month, int day) {
    for (;;) {
        int individual = year >= 2000 ? 500 + int(random() % 400) : int(random() % 500);
        auto nine = fmt::format("{:02}{:02}{:02}{:03}", day, month + 80, year % 100, individual);
        if (auto number = with_check_digits(nine)) return *number;
    }
}

// Requests over the past year for one office, through the same services as the web app.
void create_requests(Connection& connection, const std::string& unit_number,
                     const std::string& caseworker_email, int people, std::mt19937& random) {
    Actor caseworker;
    caseworker.user_id = user_repository::find_credentials(connection, caseworker_email).value().user_id;
    caseworker.memberships = {{Role::veileder, office_id(connection, unit_number.c_str())}};
    caseworker.active_office_id = caseworker.memberships[0].office_id;
    caseworker.address = "demo";
    const std::vector<std::string> reasons{"utkastelse",      "samlivsbrudd",          "okonomi",
                                           "loslatt_fengsel", "utskrevet_institusjon", "konflikt_familie",
                                           "tilreisende"};
    const std::vector<std::string> groups{
        "okonomiske_utfordringer", "rusproblemer",        "akutt_krise", "rop",
        "loslatt_fengsel",         "arbeidsmigranter_eos"};
    auto now_instant = now();
    for (int i = 0; i < people; ++i) {
        int birth_year = 1960 + int(random() % 45);
        persons::PersonInput person{
            synthetic_number(random, birth_year, 1 + int(random() % 12), 1 + int(random() % 28)),
            first_names[random() % first_names.size()], last_names[random() % last_names.size()],
            std::nullopt, ""};
        auto registered = persons::register_person(connection, caseworker, person);
        if (!registered) throw std::runtime_error("demo person: " + registered.error().message);
        int visits = 1 + int(random() % 3);
        for (int visit = 0; visit < visits; ++visit) {
            requests::RequestInput input;
            input.person_id = registered->person.id;
            bool recent = i < 3 && visit == 0; // a few wait for an answer today
            auto days_ago = recent ? 0 : 1 + int(random() % 360);
            input.received_at =
                format_instant(now_instant - std::chrono::days(days_ago) - std::chrono::hours(random() % 8));
            input.channel = std::array{"muntlig", "telefon", "skriftlig", "digital"}[random() % 4];
            input.acute = recent || random() % 3 == 0;
            input.reasons = {reasons[random() % reasons.size()]};
            if (random() % 2) input.groups = {groups[random() % groups.size()]};
            input.network = std::array{"ja", "nei", "ikke_sjekket"}[random() % 3];
            input.housing_situation = std::array{"ingen", "venner", "familie", "leier"}[random() % 4];
            input.sensitive.substance_use = random() % 5 == 0;
            if (random() % 4 == 0)
                input.members.push_back({"child", first_names[random() % first_names.size()],
                                         fmt::format("{}-0{}-15", 2012 + random() % 12, 1 + random() % 9)});
            auto request = requests::register_request(connection, caseworker, input);
            if (!request) throw std::runtime_error("demo request: " + request.error().message);
            if (recent || days_ago < 3) continue;
            requests::OutcomeInput outcome;
            outcome.kind = random() % 6 == 0 ? "trukket" : "veiledning";
            if (outcome.kind == "veiledning")
                outcome.guidance = {std::array{"rad", "penger_natt", "henvisning"}[random() % 3]};
            auto recorded = requests::record_outcome(connection, caseworker, request->id, outcome);
            if (!recorded) throw std::runtime_error("demo outcome: " + recorded.error().message);
        }
    }
}

} // namespace

bool database_is_empty(Connection& connection) {
    int count = 0;
    connection.sql() << "SELECT COUNT(*) FROM users", soci::into(count);
    return count == 0;
}

std::vector<DemoLogin> create_accounts(Connection& connection) {
    Actor system;
    system.display_name = "husly demo";
    system.memberships = {{Role::administrator, std::nullopt}};
    system.address = "cli";
    for (const auto& office : offices) {
        if (office_repository::find_id_by_unit_number(connection, office.unit_number)) continue;
        auto created = admin::create_office(connection, system,
                                            {office.name, office.unit_number, office.municipalities});
        if (!created) throw std::runtime_error("demo office: " + created.error().message);
    }
    std::vector<DemoLogin> logins;
    for (const auto& user : users) {
        logins.push_back({user.email, user.description});
        if (user_repository::email_taken(connection, user.email)) continue;
        admin::NewUser input{user.email, user.name, demo_password, {}};
        for (const auto& [role, unit] : user.roles)
            input.memberships.push_back(
                {role, unit ? std::optional<int64_t>(office_id(connection, unit)) : std::nullopt});
        auto created = admin::create_user(connection, nullptr, input);
        if (!created) throw std::runtime_error("demo user: " + created.error().message);
    }
    return logins;
}

std::vector<DemoLogin> create(Connection& connection) {
    auto logins = create_accounts(connection);
    int persons_count = 0;
    connection.sql() << "SELECT COUNT(*) FROM persons", soci::into(persons_count);
    if (persons_count == 0) {
        std::mt19937 random(2026); // the same synthetic history every time
        create_requests(connection, "1804", "veileder@husly.test", 14, random);
        create_requests(connection, "1841", "veileder@husly.test", 5, random);
        create_requests(connection, "0315", "oslo@husly.test", 10, random);
    }
    return logins;
}

} // namespace husly::demo
