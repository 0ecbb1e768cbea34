#pragma once
// Password hashing (argon2id via libsodium) and random tokens.

#include <string>
#include <string_view>

namespace husly::passwords {

// Must be called once before any other function here (initialises libsodium).
void initialise();
// argon2id with OWASP's parameters (19 MiB, 2 passes): ~30 ms on these machines.
std::string hash(std::string_view password);
bool verify(std::string_view hash, std::string_view password);
// 32 random bytes as 64 hex characters.
std::string random_token();
// SHA-256 of a token as hex: what the database stores instead of the token.
std::string token_digest(std::string_view token);
// Constant-time comparison of two strings of equal length.
bool equal_constant_time(std::string_view a, std::string_view b);

} // namespace husly::passwords
