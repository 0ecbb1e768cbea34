#include "http/client_address.hpp"

#include <fmt/format.h>
#include <optional>

namespace husly::http {
namespace {

namespace ip = boost::asio::ip;

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::optional<ip::address> parse_address(std::string_view text) {
    text = trim(text);
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
    if (!text.empty() && text.front() == '[') { // "[2001:db8::1]:4711"
        auto close = text.find(']');
        if (close == std::string_view::npos) return std::nullopt;
        text = text.substr(1, close - 1);
    } else if (auto colon = text.find(':');
               colon != std::string_view::npos && text.find(':', colon + 1) == std::string_view::npos) {
        text = text.substr(0, colon); // "192.0.2.1:4711"
    }
    boost::system::error_code ec;
    auto address = ip::make_address(std::string(text), ec);
    if (ec) return std::nullopt;
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        return ip::make_address_v4(ip::v4_mapped, address.to_v6());
    return address;
}

// The entries of a comma-separated header, left to right.
std::vector<std::string_view> split_list(std::string_view text) {
    std::vector<std::string_view> parts;
    while (true) {
        auto comma = text.find(',');
        parts.push_back(trim(text.substr(0, comma)));
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
    }
    return parts;
}

// Forwarded: for=192.0.2.60;proto=https, for="[2001:db8::17]:4711" → the for= values.
std::vector<std::string_view> forwarded_for_values(std::string_view header) {
    std::vector<std::string_view> values;
    for (auto element : split_list(header)) {
        std::string_view value;
        while (!element.empty()) {
            auto semicolon = element.find(';');
            auto pair = trim(element.substr(0, semicolon));
            if (pair.size() > 4 &&
                (pair.substr(0, 4) == "for=" || pair.substr(0, 4) == "For=" || pair.substr(0, 4) == "FOR="))
                value = pair.substr(4);
            if (semicolon == std::string_view::npos) break;
            element.remove_prefix(semicolon + 1);
        }
        values.push_back(value);
    }
    return values;
}

} // namespace

std::string canonical_address(std::string_view text) {
    auto address = parse_address(text);
    return address ? address->to_string() : std::string();
}

std::string client_key(std::string_view text) {
    auto address = parse_address(text);
    if (!address) return std::string(text);
    if (address->is_v4()) return address->to_string();
    return ip::make_network_v6(address->to_v6(), 64).canonical().to_string();
}

Result<TrustedProxies> TrustedProxies::parse(std::string_view list) {
    TrustedProxies proxies;
    std::string normalised(list);
    for (auto& c : normalised)
        if (c == ' ' || c == ';') c = ',';
    for (auto item : split_list(normalised)) {
        if (item.empty()) continue;
        auto refuse = [&] {
            return fail(
                ErrorKind::bad_request, "bad_trusted_proxy",
                fmt::format("«{}» er ikke en IP-adresse eller et adresseområde (CIDR, som 10.0.0.0/8).",
                            item));
        };
        auto slash = item.find('/');
        auto address = parse_address(item.substr(0, slash));
        if (!address) return refuse();
        unsigned prefix = address->is_v4() ? 32 : 128;
        if (slash != std::string_view::npos) {
            auto digits = item.substr(slash + 1);
            if (digits.empty() || digits.size() > 3 ||
                digits.find_first_not_of("0123456789") != std::string_view::npos)
                return refuse();
            prefix = static_cast<unsigned>(std::stoul(std::string(digits)));
            if (prefix > (address->is_v4() ? 32u : 128u)) return refuse();
        }
        if (address->is_v4())
            proxies.m_v4.push_back(ip::make_network_v4(address->to_v4(), prefix).canonical());
        else
            proxies.m_v6.push_back(ip::make_network_v6(address->to_v6(), prefix).canonical());
    }
    return proxies;
}

bool TrustedProxies::contains(std::string_view text) const {
    auto address = parse_address(text);
    if (!address) return false;
    if (address->is_v4()) {
        ip::network_v4 single(address->to_v4(), 32);
        for (const auto& network : m_v4)
            if (single == network || single.is_subnet_of(network)) return true;
        return false;
    }
    ip::network_v6 single(address->to_v6(), 128);
    for (const auto& network : m_v6)
        if (single == network || single.is_subnet_of(network)) return true;
    return false;
}

std::string TrustedProxies::client_address(const std::string& peer, const std::string* forwarded_for,
                                           const std::string* forwarded) const {
    auto client = canonical_address(peer);
    if (client.empty()) client = peer;
    if (!contains(client)) return client;
    std::vector<std::string_view> hops;
    if (forwarded_for && !trim(*forwarded_for).empty())
        hops = split_list(*forwarded_for);
    else if (forwarded && !trim(*forwarded).empty())
        hops = forwarded_for_values(*forwarded);
    // Right to left, past our own proxies, to the first address one of them did not vouch for.
    for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
        auto address = canonical_address(*hop);
        if (address.empty()) break; // garbage: the last proxy that spoke is all we know
        client = address;
        if (!contains(address)) break;
    }
    return client;
}

} // namespace husly::http
