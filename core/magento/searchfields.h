#pragma once

#include <optional>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace studio::magento {

/// A Magento list route that reads searchCriteria, and the fields its filters and sort orders commonly use.
/// The searchCriteria builder offers these in its field pickers; the user may still type any other attribute code.
struct SearchEntity
{
    QString id;             ///< "products", "customers", "orders", ...
    QString label;          ///< translated: "Products"
    QString routeTemplate;  ///< "/V1/products"
    QStringList fields;     ///< filterable columns and attributes, most used first
    QStringList dateFields; ///< fields holding dates ("YYYY-MM-DD HH:MM:SS"), for the value hints
};

/// Knowledge about which Magento routes take searchCriteria and what they filter on.
class SearchFields final
{
    Q_DECLARE_TR_FUNCTIONS(studio::magento::SearchFields)

public:
    /// The entity of a GET service path ("/V1/products", "V1/orders", "/rest/default/V1/customers/search?x=1" or
    /// "products"): nullopt for routes without searchCriteria. Method other than GET: nullopt.
    static std::optional<SearchEntity> forRoute(const QByteArray& method, const QString& path);
    /// Every known entity, for a picker.
    static QList<SearchEntity> all();
    /// The service path of `path` as the entity table compares it: no query, no "/rest/<store>" prefix, a leading
    /// "/V1" when no version segment is given, no trailing slash.
    static QString servicePath(const QString& path);
    /// The attribute codes of the custom attributes in a response (`custom_attributes[].attribute_code` of the
    /// entity, or of every entry of `items` for a list), in order of appearance, each once.
    static QStringList customAttributeCodes(const QJsonValue& response);
};

} // namespace studio::magento
