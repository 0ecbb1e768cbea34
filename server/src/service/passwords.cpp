#include "service/passwords.hpp"

#include <sodium.h>
#include <stdexcept>

namespace husly::passwords {
namespace {

constexpr unsigned long long ops_limit = 2;
constexpr size_t mem_limit = size_t{19} * 1024 * 1024;

std::string to_hex(const unsigned char* bytes, size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

} // namespace

void initialise() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string hash(std::string_view password) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops_limit, mem_limit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool verify(std::string_view hash_text, std::string_view password) {
    std::string stored(hash_text); // NUL-terminated copy
    return crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
}

std::string random_token() {
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return to_hex(bytes, sizeof bytes);
}

std::string token_digest(std::string_view token) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
    return to_hex(digest, sizeof digest);
}

bool equal_constant_time(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace husly::passwords
