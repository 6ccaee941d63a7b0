// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/Workspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <filesystem>
#include <memory>
#include <string>

class QSocketNotifier;

namespace vouch::ui {

// Tells the library window when another client has committed a change to its PostgreSQL
// library (another officer saved, signed, changed the trust list), so the list refreshes
// without a restart. It listens on a connection of its own (services::ChangeListener),
// made on a worker thread so the window never waits for a server; it then watches that
// connection's socket. A burst of changes is one changed() (kCoalesceMs after the first),
// and none is given while a modal dialog is open (an action may be holding a row of the
// list across its question): it comes when the dialog closes. When the connection cannot
// be made or breaks, lost() says why and it tries again, kFirstRetryMs later and then
// twice as long each time up to kLastRetryMs; a new connection is followed by changed(),
// for what was missed meanwhile.
class LibraryChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCoalesceMs = 250;
    static constexpr int kFirstRetryMs = 2000;
    static constexpr int kLastRetryMs = 60000;

    // Starts listening to the PostgreSQL library at `location`.
    LibraryChangeWatcher(std::filesystem::path location, QObject* parent);
    ~LibraryChangeWatcher() override;
    Q_DISABLE_COPY_MOVE(LibraryChangeWatcher)

    // True while it is connected and listening.
    [[nodiscard]] bool isListening() const { return m_listener != nullptr; }

Q_SIGNALS:
    // The library changed since the last changed() (or since listening began).
    void changed();
    // Listening (again) after lost().
    void resumed();
    // Not listening: `why` names the server and the reason; it keeps trying.
    void lost(const QString& why);

private:
    // What a worker's connection attempt hands back to the window's thread.
    struct Attempt
    {
        std::shared_ptr<services::ChangeListener> listener;
        std::string error;
    };

    void connectInBackground();
    void adopt(const Attempt& attempt);
    void readNotifications();
    void fail(const QString& why);
    void deliverUnlessModal();

    std::filesystem::path m_location;
    std::shared_ptr<services::ChangeListener> m_listener;
    QSocketNotifier* m_notifier = nullptr;
    QFutureWatcher<Attempt> m_connecting;
    QTimer m_coalesce;
    QTimer m_retry;
    int m_retryMs = kFirstRetryMs;
    bool m_wasLost = false;
};

} // namespace vouch::ui
