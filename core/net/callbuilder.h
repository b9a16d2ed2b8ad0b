#pragma once

#include "core/common/result.h"
#include "core/net/apiclient.h"
#include "core/workspace/savedrequest.h"

namespace studio::net {

/// Turns a console or saved request (RequestSpec) into an ApiCall for the engine:
/// - Magento, REST mode: the path is below the API root, `<base>/rest/<store>/` ("/V1/products"; "/V1" is added
///   when the path has no version segment); the spec's store code, if any, replaces the endpoint's ("all" for
///   global scope, empty = the endpoint's);
/// - Magento, async bulk mode: `<base>/rest/<store>/async/bulk` + the route template with {param} segments turned
///   into by{Param} (Magento's naming);
/// - GraphQL mode: POST of {query, variables, operationName} to `<base>/graphql` for Magento (with a Store header
///   for a store view) or to the base URL of a GraphQL endpoint;
/// - other endpoints: the path is below the base URL; an empty endpoint id means the path is an absolute URL.
/// The body follows bodyType: json, form (application/x-www-form-urlencoded), text, graphql, none.
/// {{variables}} stay in place for the engine to resolve. `resolved` is the endpoint as ApiClient::resolve()
/// gives it (the base URL must be known to build Magento URLs); `endpoint` and `environment` as stored.
Result<ApiCall> buildApiCall(
    const RequestSpec& spec, const Endpoint& endpoint, const Endpoint& resolved, const Environment& environment);

} // namespace studio::net
