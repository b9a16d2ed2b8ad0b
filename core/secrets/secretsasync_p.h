#pragma once

#include <functional>
#include <QObject>

/// Plumbing the secret stores share to keep the SecretStore promise: callbacks run later, on the thread of the
/// caller's context object, and never after that object is gone. Private to core/secrets.
namespace studio::secrets_detail {

/// Runs `function` through `target`'s event loop on `target`'s thread — never inside the current call. It is
/// dropped if `target` is destroyed before the event loop gets to it. `target` must be alive now; null means the
/// application object.
void postLater(QObject* target, std::function<void()> function);

/// Runs `work` on the global thread pool, then `then` on `context`'s thread; `then` is dropped if `context` is
/// destroyed first (null: the application object). The two share results through whatever state both capture.
void runInBackground(QObject* context, std::function<void()> work, std::function<void()> then);

} // namespace studio::secrets_detail
