#include "domain/cash_assistance.hpp"

#include "common/clock.hpp"
#include "domain/legal_references.hpp"
#include "domain/text_rules.hpp"

namespace husly {

Status check_cash_assistance(const CashAssistance& decision, std::chrono::year_month_day request_received_on,
                             std::chrono::year_month_day today) {
    if (decision.granted) {
        if (decision.amount_kroner < 1 || decision.amount_kroner > max_cash_amount_kroner)
            return invalid("amountKroner", "Skriv beløpet i hele kroner, fra 1 til 100 000.");
        if (decision.nights < 1 || decision.nights > max_cash_nights)
            return invalid("nights", "Skriv hvor mange netter pengene skal dekke, fra 1 til 31.");
    } else if (decision.amount_kroner != 0 || decision.nights != 0) {
        return invalid("amountKroner", "Et avslag har ikke beløp eller netter.");
    }
    auto decided_on = parse_date(decision.decided_on);
    if (!decided_on) return invalid("decidedOn", date_error_message(decision.decided_on));
    if (std::chrono::sys_days(*decided_on) > std::chrono::sys_days(today))
        return invalid("decidedOn", "Vedtaksdatoen kan ikke være fram i tid.", "future");
    if (std::chrono::sys_days(*decided_on) < std::chrono::sys_days(request_received_on))
        return invalid("decidedOn", "Vedtaksdatoen kan ikke være før henvendelsen kom inn.",
                       "before_request");
    TRY(check_text("reasons", decision.reasons, 4000, true,
                   legal::expand("Skriv begrunnelsen: faktum og hovedhensyn ({fvl_begrunnelse}).")));
    if (count_letters(decision.reasons) < 10)
        return invalid("reasons", "Skriv litt mer i begrunnelsen (minst 10 bokstaver).", "too_short");
    return {};
}

} // namespace husly
