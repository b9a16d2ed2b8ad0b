#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace studio::magento {

/// Which store scope a REST call runs in: the `{store}` part of `/rest/{store}/V1/...`.
///
/// Magento knows three cases, and mixing them up is a classic integration bug (magento2#9186):
/// - no store code (`/rest/V1/...`): Magento runs the call in the default store view, so an update writes
///   store-view values that shadow the global ones;
/// - `all` (`/rest/all/V1/...`): the admin store, i.e. global scope; the right choice for catalog writes;
/// - a store view code (`/rest/de/V1/...`): reads and writes for that store view only.
class StoreScope final
{
    Q_DECLARE_TR_FUNCTIONS(studio::magento::StoreScope)

public:
    enum class Kind {
        DefaultStoreView, ///< no store code in the URL
        All,              ///< "all": admin store, global scope
        StoreView,        ///< a store view code
    };

    /// The default store view (no store code in the URL).
    StoreScope() = default;

    static StoreScope defaultStoreView();
    static StoreScope all();
    /// A store view by code; fails when the code is not one Magento accepts (letters, digits, underscore,
    /// starting with a letter, at most 32 characters) or is "admin" (not routable: use "all").
    static Result<StoreScope> storeView(const QString& code);
    /// Reads what a user typed: empty → default store view, "all" → global, anything else → a store view code.
    static Result<StoreScope> parse(const QString& text);

    Kind kind() const { return m_kind; }
    /// The URL segment: empty for the default store view, "all", or the store code.
    QString code() const { return m_code; }
    /// A short translated label: "default store view (no store code)", "all store views (global)", "store view "de"".
    QString displayName() const;
    /// A translated paragraph the UI can show next to a store switch: what reads and writes in this scope do.
    QString hint() const;
    /// A translated warning for a write (POST/PUT/PATCH/DELETE) in this scope that may not do what the user
    /// expects (the magento2#9186 gotcha); empty for reads and for writes in "all".
    QString writeWarning(const QByteArray& method) const;

    bool operator==(const StoreScope&) const = default;

private:
    StoreScope(Kind kind, QString code);

    Kind m_kind = Kind::DefaultStoreView;
    QString m_code;
};

} // namespace studio::magento
