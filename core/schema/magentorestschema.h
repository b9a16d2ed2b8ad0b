#pragma once

#include "core/common/result.h"
#include "core/schema/responsefields.h"
#include "core/schema/restoperations.h"
#include "core/workspace/environment.h"

#include <functional>
#include <memory>
#include <QList>

class QObject;

namespace studio::net {
class ApiClient;
}

namespace studio::schema {

/// What Magento's schema discovery (`GET /rest/{store}/schema?services=all`) tells of a store, as far as the
/// caller's credentials reach: its operations (the console's path completion) and its response definitions (the
/// `fields` tree). Each holds the reason when it could not be had.
struct MagentoRestSchema
{
    Result<QList<RestOperation>> operations;
    Result<std::shared_ptr<const ResponseSchemas>> responses;
};

/// Fetches the schema of a Magento endpoint through `client`, so its auth, TLS, proxy and request log apply (run id
/// "console-schema"): resolves the endpoint first (its base URL may be a variable), asks the store named by
/// `storeCode` (empty: the endpoint's), and parses the answer — megabytes of Swagger — on the global thread pool,
/// never on the caller's thread. `done` runs on `receiver`'s thread, never after `receiver` is destroyed; nothing
/// runs when `client` goes before the answer.
void fetchMagentoRestSchema(net::ApiClient* client, const Endpoint& endpoint, const Environment& environment,
    const QString& storeCode, QObject* receiver, std::function<void(MagentoRestSchema)> done);

} // namespace studio::schema
