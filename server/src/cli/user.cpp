// husly user add: an account, with its role (and office) and a password read from the terminal or
// standard input.

#include "cli/command.hpp"
#include "service/admin_service.hpp"
#include "store/office_repository.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace husly::cli {
namespace {

struct UserAddOptions {
    std::string email, display_name, role_text, office_unit;
    bool password_stdin = false;
};

std::string read_password(bool from_stdin) {
    std::string password;
    if (!from_stdin && isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "Passord: ");
        termios old_settings{};
        tcgetattr(STDIN_FILENO, &old_settings);
        termios silent = old_settings;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::getline(std::cin, password);
        tcsetattr(STDIN_FILENO, TCSANOW, &old_settings);
        std::fprintf(stderr, "\n");
    } else {
        std::getline(std::cin, password);
    }
    return password;
}

int add_user_account(const UserAddOptions& options, const DatabaseOptions& database_options) {
    auto role = parse_role(options.role_text);
    if (!role) return die(fmt::format("ukjent rolle «{}».", options.role_text));
    auto database = open_database(database_options.url, 1, database_options.audit_files);
    if (!database) return 1;
    auto lease = database->acquire();
    admin::NewUser input;
    input.email = options.email;
    input.display_name = options.display_name.empty() ? options.email : options.display_name;
    std::optional<int64_t> office_id;
    if (role_is_office_bound(*role)) {
        if (options.office_unit.empty())
            return die("rollen må knyttes til et kontor: bruk --office ENHETSNUMMER.");
        office_id = office_repository::find_id_by_unit_number(*lease, options.office_unit);
        if (!office_id)
            return die(fmt::format("fant ikke kontoret med enhetsnummer {}.", options.office_unit));
    }
    input.memberships = {{*role, office_id}};
    input.password = read_password(options.password_stdin);
    auto created = admin::create_user(*lease, nullptr, input);
    if (!created) {
        auto field = created.error().field;
        return die(created.error().message + (field.empty() ? "" : " (" + field + ")"));
    }
    std::printf("Opprettet bruker %lld (%s, %s).\n", static_cast<long long>(created->id),
                created->email.c_str(), std::string(to_string(*role)).c_str());
    database.record_checkpoint(*lease);
    return 0;
}

} // namespace

Subcommand add_user(CLI::App& cli, DatabaseOptions& database_flags) {
    auto options = std::make_shared<UserAddOptions>();
    auto* user = cli.add_subcommand("user", "Brukere");
    user->require_subcommand(1);
    auto* user_add = user->add_subcommand("add", "Opprett en bruker");
    add_database_options(user_add, database_flags);
    user_add->add_option("--email", options->email, "E-postadresse")->required();
    user_add->add_option("--name", options->display_name, "Navn som vises");
    user_add
        ->add_option("--role", options->role_text,
                     "Rolle: veileder, leder, tilbyder, analytiker, administrator")
        ->required();
    user_add->add_option("--office", options->office_unit, "Kontorets enhetsnummer (for kontorroller)");
    user_add->add_flag("--password-stdin", options->password_stdin, "Les passordet fra standard inn");
    return {user, [options, user_add](const DatabaseOptions& database_options) {
                return *user_add ? add_user_account(*options, database_options) : 0;
            }};
}

} // namespace husly::cli
