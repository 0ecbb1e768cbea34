#pragma once
// Who is on the other end. Behind a TLS proxy every connection comes from the proxy; only a peer
// listed as a trusted proxy may say who the client is (X-Forwarded-For or Forwarded), so that
// throttling, connection caps, logs and the audit log see the real client and never the proxy.

#include "common/error.hpp"

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/network_v4.hpp>
#include <boost/asio/ip/network_v6.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace husly::http {

class TrustedProxies {
public:
    TrustedProxies() = default;
    // "10.0.0.5, 10.1.0.0/16, ::1": addresses and CIDR ranges, separated by commas or spaces.
    static Result<TrustedProxies> parse(std::string_view list);

    bool empty() const { return m_v4.empty() && m_v6.empty(); }
    // False for anything that is not an IP address.
    bool contains(std::string_view address) const;
    // The client's address for a request from `peer`. From a trusted proxy: the right-most
    // address in X-Forwarded-For (or else Forwarded's for=) that is not itself a trusted proxy,
    // since everything left of it was written by whoever the proxy received it from. From any
    // other peer the headers are ignored.
    std::string client_address(const std::string& peer, const std::string* forwarded_for,
                               const std::string* forwarded) const;

private:
    std::vector<boost::asio::ip::network_v4> m_v4;
    std::vector<boost::asio::ip::network_v6> m_v6;
};

// What counts as one client for caps and throttles: an IPv4 address as it is, an IPv6 address
// by its /64 (one home or office network gets a whole /64, so its owner could otherwise change
// address at will). Text that is no address is its own key.
std::string client_key(std::string_view address);

// The address as text in one canonical form ("::ffff:10.0.0.1" → "10.0.0.1"); "" if not an
// IP address. Accepts "[v6]" and "v4:port" as proxies write them.
std::string canonical_address(std::string_view text);

} // namespace husly::http
