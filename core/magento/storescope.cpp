#include "core/magento/storescope.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace studio::magento {

namespace {

// Magento\Store\Model\Validation\StoreCodeValidator: a letter first, then letters, digits or underscores;
// the store.code column is varchar(32).
const QRegularExpression& storeCodePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z][a-z0-9_]*$"), QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

constexpr int MaxStoreCodeLength = 32;

bool isWriteMethod(const QByteArray& method)
{
    const QByteArray upper = method.trimmed().toUpper();
    return upper == "POST" || upper == "PUT" || upper == "PATCH" || upper == "DELETE";
}

} // namespace

StoreScope::StoreScope(Kind kind, QString code)
    : m_kind(kind)
    , m_code(std::move(code))
{ }

StoreScope StoreScope::defaultStoreView()
{
    return StoreScope();
}

StoreScope StoreScope::all()
{
    return StoreScope(Kind::All, QStringLiteral("all"));
}

Result<StoreScope> StoreScope::storeView(const QString& code)
{
    if (code.isEmpty())
        return Error(tr("The store code is empty. Leave the store field empty for the default store view, or "
                        "use \"all\" for the global scope."));
    if (code == u"all")
        return all();
    if (code.compare(u"admin", Qt::CaseInsensitive) == 0)
        return Error(tr("\"admin\" cannot be used in a REST URL (Magento answers \"Request does not match any "
                        "route\"). Use \"all\" for the admin store (global scope)."));
    if (code.size() > MaxStoreCodeLength)
        return Error(tr("The store code \"%1\" is longer than 32 characters, which Magento does not allow.").arg(code));
    if (!storeCodePattern().match(code).hasMatch())
        return Error(tr("\"%1\" is not a valid store code: Magento store codes contain only letters (a-z), "
                        "digits (0-9) and underscores (_), and start with a letter.")
                         .arg(code));
    return StoreScope(Kind::StoreView, code);
}

Result<StoreScope> StoreScope::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return defaultStoreView();
    return storeView(trimmed);
}

QString StoreScope::displayName() const
{
    switch (m_kind) {
    case Kind::DefaultStoreView:
        return tr("default store view (no store code)");
    case Kind::All:
        return tr("all store views (global scope)");
    case Kind::StoreView:
        return tr("store view \"%1\"").arg(m_code);
    }
    return {};
}

QString StoreScope::hint() const
{
    switch (m_kind) {
    case Kind::DefaultStoreView:
        return tr("Without a store code Magento runs the call in the default store view. Reads return that store "
                  "view's values. Writes are saved as store-view values of the default store view, which then "
                  "shadow the global values there (a well-known pitfall, magento2#9186). For catalog writes that "
                  "should apply everywhere, use \"all\".");
    case Kind::All:
        return tr("\"all\" runs the call in the admin store, i.e. the global scope. Writes change the global "
                  "(default) values that every store view inherits unless it has its own. Reads return global "
                  "values, not store-view translations or prices.");
    case Kind::StoreView:
        return tr("Runs the call in store view \"%1\". Reads return that store view's values; writes are saved "
                  "for that store view only and override the global values there. An unknown store code makes "
                  "Magento answer 404 \"Request does not match any route.\"")
            .arg(m_code);
    }
    return {};
}

QString StoreScope::writeWarning(const QByteArray& method) const
{
    if (!isWriteMethod(method))
        return {};
    switch (m_kind) {
    case Kind::DefaultStoreView:
        return tr("This write has no store code, so Magento saves it on the default store view: the values will "
                  "shadow the global ones there (magento2#9186). Use \"all\" to change global values.");
    case Kind::StoreView:
        return tr("This write is saved for store view \"%1\" only; other store views keep their values.").arg(m_code);
    case Kind::All:
        return {};
    }
    return {};
}

} // namespace studio::magento
