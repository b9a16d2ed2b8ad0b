#pragma once

// Magento's partial responses: the `fields` query parameter (Magento\Framework\Webapi\Rest\Response\FieldsFilter),
// e.g. `fields=sku,name,extension_attributes[category_links,stock_item[item_id,qty]]` or
// `fields=items[sku,name],total_count`. Reproduces Magento's behaviour exactly, quirks included:
// - a filter with characters other than letters, digits, "_", "[", "]" and "," or with an unclosed "[" is
//   invalid and the whole response becomes an empty array `[]` (HTTP 200);
// - a list (JSON array) is filtered item by item; an empty list or object inside the answer becomes null
//   (an empty top-level answer stays `[]`, so that filtering twice changes nothing);
// - a field named with sub-fields but holding a scalar keeps its scalar;
// - an empty `fields=` (or "0", which PHP treats as false) leaves the response untouched.

#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

namespace studio::sandbox {

/// Applies a `fields` filter string to a response body.
QJsonValue applyFieldsFilter(const QJsonValue& response, const QString& filter);

/// Applies the `fields` query parameter of `query` when it is set and not PHP-falsy ("" or "0");
/// otherwise returns the response unchanged.
QJsonValue applyFieldsParameter(const QJsonValue& response, const QUrlQuery& query);

} // namespace studio::sandbox
