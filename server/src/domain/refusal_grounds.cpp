#include "domain/refusal_grounds.hpp"

#include <algorithm>

namespace husly {

std::vector<Error> refusal_ground_problems(const Decision& decision, std::string_view network) {
    std::vector<Error> problems;
    const auto& reasons = decision.refusal_reasons;
    bool network_ground = std::find(reasons.begin(), reasons.end(), "nettverk") != reasons.end();
    if (network_ground && network != "ja")
        problems.push_back(Error{
            ErrorKind::validation, "network_not_found",
            network == "nei" ? "Henvendelsen sier at personen ikke kan bo hos familie eller venner. Velg "
                               "en annen grunn, eller rett opplysningene om nettverk på henvendelsen."
                             : "Det er ikke undersøkt om personen kan bo hos familie eller venner. "
                               "Undersøk det og registrer svaret på henvendelsen før du avslår av den "
                               "grunnen.",
            "refusalReasons"});
    return problems;
}

} // namespace husly
