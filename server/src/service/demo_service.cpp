#include "service/demo_service.hpp"

#include "service/admin_service.hpp"
#include "store/office_repository.hpp"
#include "store/user_repository.hpp"

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

} // namespace

bool database_is_empty(Connection& connection) {
    int count = 0;
    connection.sql() << "SELECT COUNT(*) FROM users", soci::into(count);
    return count == 0;
}

std::vector<DemoLogin> create(Connection& connection) {
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

} // namespace husly::demo
