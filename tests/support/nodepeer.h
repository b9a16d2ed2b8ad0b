#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace studio::test {

/// A Node.js program from tests/<area>/ (e.g. the graphql-js server) run as a peer for one test.
/// The program prints "listening <url>" on its first line once it accepts connections; start() waits for it.
/// The process is terminated when the object goes away.
class NodePeer final
{
public:
    NodePeer() = default;
    ~NodePeer();
    NodePeer(const NodePeer&) = delete;
    NodePeer& operator=(const NodePeer&) = delete;

    /// Starts `node <sourcePath(script)> args...`. Returns false with error() set when Node.js, the script or
    /// the node_modules of a script with a package.json (run `make node-deps`) are missing, or when it does not start
    /// listening in time.
    bool start(const QString& script, const QStringList& args = {}, int timeoutMs = 15000);
    QUrl url() const { return m_url; }
    QString error() const { return m_error; }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};

} // namespace studio::test
