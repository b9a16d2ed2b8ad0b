#pragma once

#include <QMap>
#include <QString>

namespace studio {

/// A named set of variables (staging, production, ...) stored in `environments/<name>.json`.
/// `{{name}}` in any endpoint field is replaced by the variable of the active environment.
struct Environment
{
    QString name; ///< also the file name
    QMap<QString, QString> variables;
    /// Variables whose values are secrets: name → SecretStore reference.
    QMap<QString, QString> secretVariables;

    bool operator==(const Environment&) const = default;
};

} // namespace studio
