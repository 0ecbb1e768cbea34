#pragma once
// How hard a password is to guess: zxcvbn (Debian's libzxcvbn, the C port of Dropbox's
// estimator) with its lists of common passwords, English words and names, plus common Norwegian
// passwords and the user's own name and e-mail address. Pure: no I/O.

#include <string>
#include <string_view>
#include <vector>

namespace husly {

// zxcvbn's scale: 0 (guessed at once) … 4 (very hard). Husly asks for at least 3: more than 10^8
// guesses, out of reach of an online attack and costly offline against argon2id.
inline constexpr int minimum_password_score = 3;

struct PasswordStrength {
    int score{0};
    double guesses_log10{0};
    std::string weakness; // Norwegian: why it is weak ("" when strong enough)
};

// `personal_words`: the user's e-mail address, name and the like, which make a password weak.
PasswordStrength estimate_password(std::string_view password, const std::vector<std::string>& personal_words);

} // namespace husly
