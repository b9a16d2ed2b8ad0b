#include "core/interop/requestformat.h"

#include "core/interop/curlformat.h"
#include "core/interop/harformat.h"
#include "core/interop/openapiformat.h"
#include "core/interop/postmanformat.h"
#include "core/secrets/secretstore.h"

namespace studio::interop {

bool ImportResult::hasWarnings() const
{
    return std::any_of(notes.cbegin(), notes.cend(),
        [](const ImportNote& note) { return note.severity == ImportNote::Severity::Warning; });
}

void assignSecretRefs(ImportResult& result, const QString& workspaceId)
{
    for (ImportedSecret& secret : result.secrets) {
        if (secret.value.isEmpty())
            continue;
        if (secret.ref.isEmpty())
            secret.ref = newSecretRef(workspaceId);
        if (!secret.environment.isEmpty()) {
            if (result.environment && result.environment->name == secret.environment)
                result.environment->secretVariables.insert(secret.field, secret.ref);
            continue;
        }
        bool found = false;
        for (Endpoint& endpoint : result.endpoints) {
            if (endpoint.id == secret.endpointId) {
                endpoint.auth.secretRefs.insert(secret.field, secret.ref);
                found = true;
            }
        }
        if (!found && result.authForExisting.contains(secret.endpointId))
            result.authForExisting[secret.endpointId].secretRefs.insert(secret.field, secret.ref);
    }
    // Secret variables that got no value have no reference: keep them as plain, empty variables to fill in.
    if (result.environment) {
        for (auto it = result.environment->secretVariables.begin(); it != result.environment->secretVariables.end();) {
            if (it.value().isEmpty()) {
                result.environment->variables.insert(it.key(), QString());
                it = result.environment->secretVariables.erase(it);
            } else {
                ++it;
            }
        }
    }
}

QString secretKey(const QString& endpointId, const QString& field)
{
    return endpointId + u'/' + field;
}

const QList<const RequestFormat*>& requestFormats()
{
    static const CurlFormat curl;
    static const PostmanFormat postman;
    static const OpenApiFormat openApi;
    static const HarFormat har;
    static const QList<const RequestFormat*> formats {&postman, &har, &openApi, &curl};
    return formats;
}

const RequestFormat* requestFormat(const QString& id)
{
    for (const RequestFormat* format : requestFormats()) {
        if (format->id() == id)
            return format;
    }
    return nullptr;
}

const RequestFormat* detectRequestFormat(const QByteArray& data, const QString& fileName)
{
    for (const RequestFormat* format : requestFormats()) {
        if (format->canImport(data, fileName))
            return format;
    }
    return nullptr;
}

} // namespace studio::interop
