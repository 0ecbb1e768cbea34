#pragma once
// The appeal information every decision letter carries (forvaltningsloven § 27 third paragraph;
// docs/domain.md#rule-appeal-information): who decides the appeal (the Statsforvalter of the
// office's county), where to send it (the office's postal address, or digitally), what it should
// contain (§ 32), the deadline, the right to ask for postponement (§ 42), to have costs covered
// (§ 36), to have a representative (§ 12) and to see the documents (§ 18). One block, built here,
// used by every letter; the sections cite through domain/legal_references, by the decision's date.

#include <string>
#include <string_view>
#include <vector>

namespace husly {

struct TextSection {
    std::string heading;
    std::string body;
};

struct AppealInformation {
    std::string office_name;                       // "Nav Bodø": the appeal is sent here
    std::string postal_address;                    // may be empty
    std::string email;                             // may be empty
    std::string appeal_authority;                  // the administrator's own wording; may be empty
    std::vector<std::string> municipality_numbers; // the office's kommunenummer (county from the first)
    std::string deadline;                          // the sentences saying when the deadline runs out
    std::string decided_on;                        // the decision's date: chooses the law in force
    bool has_representative{false};                // a fullmektig gets a copy of the letter
    bool postponement_stated{false};               // the letter has said § 42 itself (a stans)
};

// "Statsforvalteren i Nordland" for a kommunenummer in Nordland ("1804"), by its county (the first
// two digits, the 2024 counties); empty when the county is unknown.
std::string statsforvalter_for_municipality(std::string_view municipality_number);

// Who decides the appeal: the administrator's wording when given, else the Statsforvalter of the
// county of the office's first municipality, else «Statsforvalteren».
std::string appeal_authority(const AppealInformation& info);

// The sections, in order: «Du kan klage», «Hva klagen skal inneholde», «Du kan be om at vedtaket
// ikke gjennomføres ennå», «Du kan få dekket sakskostnader», «Du kan ha fullmektig», «Du har rett
// til innsyn».
std::vector<TextSection> appeal_information_sections(const AppealInformation& info);

} // namespace husly
