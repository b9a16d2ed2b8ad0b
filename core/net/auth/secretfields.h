#pragma once

#include "core/common/result.h"
#include "core/secrets/securebytes.h"
#include "core/workspace/endpoint.h"

#include <functional>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace studio {
class SecretStore;
}

namespace studio::net {

/// The secret fields of one endpoint's auth settings, read from the SecretStore on first use and held in
/// SecureBytes until the owner goes (or forget() is called). Concurrent load() calls share one read.
class SecretFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretFields)

public:
    /// `refs`: field name → secret reference. `required`: fields that must have a reference and a value.
    SecretFields(SecretStore* store, QMap<QString, QString> refs, QStringList required, QObject* parent = nullptr);
    ~SecretFields() override;

    /// Reads every field with a reference that is not loaded yet; `done` runs on this object's thread (maybe
    /// inside the call when nothing is left to read). A missing required field is an error naming it.
    void load(std::function<void(Status)> done);
    bool isLoaded() const { return m_loaded; }
    /// The value of a field; empty when it has no reference.
    SecureBytes value(const QString& field) const { return m_values.value(field); }
    bool has(const QString& field) const { return !m_values.value(field).isEmpty(); }
    QString ref(const QString& field) const { return m_refs.value(field); }
    /// Replaces a value in memory (e.g. a rotated refresh token that was also written to the store).
    void setValue(const QString& field, const SecureBytes& value) { m_values.insert(field, value); }
    /// Wipes every value; the next load() reads them again.
    void forget();
    /// Told about each value read (for the request log's redaction).
    void setObserver(std::function<void(const QByteArray&)> observer) { m_observer = std::move(observer); }

private:
    void readNext();
    void finish(const Status& status);

    SecretStore* m_store;
    QMap<QString, QString> m_refs;
    QStringList m_required;
    QMap<QString, SecureBytes> m_values;
    QStringList m_toRead;
    std::function<void(const QByteArray&)> m_observer;
    QList<std::function<void(Status)>> m_waiting;
    bool m_loaded = false;
    bool m_reading = false;
};

} // namespace studio::net
