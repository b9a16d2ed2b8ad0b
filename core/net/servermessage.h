#pragma once

#include "core/net/httptypes.h"

#include <QString>

namespace studio::net {

/// The server's own explanation in an error answer, as one readable line: Magento's message with its %1 / %name
/// placeholders filled in (core/magento decodes it), an OAuth 2.0 error and description, the "error"/"detail"
/// field of other JSON APIs, a short plain-text answer, or the title of an HTML page. Empty when the body says
/// nothing useful.
QString serverMessageOf(const HttpResponse& response);

/// True when a body that should be JSON is an HTML page (by Content-Type or by its first bytes).
bool looksLikeHtml(const HttpResponse& response);

} // namespace studio::net
