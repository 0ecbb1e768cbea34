#pragma once
// JSON of a provider with its contacts, quality agreements, units and staff (providers, quality
// agreements).

#include "common/error.hpp"
#include "http/message.hpp"
#include "service/accommodation_service.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json provider_json(const accommodation::ProviderView& view);

// The provider as the answer (`status` on success), or the error.
Result<Response> provider_response(const Result<accommodation::ProviderView>& view, int status = 200);

} // namespace husly::http
