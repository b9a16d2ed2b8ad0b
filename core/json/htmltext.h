#pragma once

#include <atomic>
#include <QByteArray>
#include <QByteArrayView>

namespace studio::json {

/// The readable text of an HTML page, as UTF-8 — what a browser would show, without the markup: for Magento's
/// maintenance page, a PHP error page or a proxy's 502 page in the response viewer. Scripts, styles and
/// comments are dropped, block elements start new lines, list items get a bullet, entities are decoded and
/// white space is collapsed (except in <pre>). Never fails: broken markup gives less tidy text. Stops early
/// (returning what it has) when `cancel` is set.
QByteArray htmlToText(QByteArrayView html, const std::atomic_bool* cancel = nullptr);

} // namespace studio::json
