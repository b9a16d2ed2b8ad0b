#pragma once

#include <QByteArray>

namespace studio::test {

/// A Magento 2 `GET /V1/products?searchCriteria...` response of about `targetBytes` (items with
/// extension_attributes, media gallery entries, tier prices and custom_attributes, some names and descriptions
/// with non-ASCII text, HTML and escapes), compact like Magento sends it. Deterministic for a seed, so the
/// viewer's tests and benchmark always see the same document.
QByteArray magentoProductsJson(qint64 targetBytes, quint32 seed = 1);

} // namespace studio::test
