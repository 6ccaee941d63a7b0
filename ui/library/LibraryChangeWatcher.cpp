// SPDX-License-Identifier: Apache-2.0
#include "ui/library/LibraryChangeWatcher.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace vouch::ui {

LibraryChangeWatcher::LibraryChangeWatcher(std::filesystem::path location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &LibraryChangeWatcher::deliverUnlessModal);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LibraryChangeWatcher::connectInBackground);
    connect(&m_connecting, &QFutureWatcher<Attempt>::finished, this,
            [this] { adopt(m_connecting.result()); });
    connectInBackground();
}

// A connection attempt still running finishes on its worker and is dropped with its future:
// it holds a copy of the location, nothing of this object. The notifier goes before the
// listener closes its socket.
LibraryChangeWatcher::~LibraryChangeWatcher()
{
    delete std::exchange(m_notifier, nullptr);
}

void LibraryChangeWatcher::connectInBackground()
{
    m_connecting.setFuture(QtConcurrent::run([location = m_location] {
        auto listener = services::Workspace::listenForChanges(location);
        if (!listener) {
            return Attempt{nullptr, listener.error().message};
        }
        return Attempt{std::shared_ptr<services::ChangeListener>(std::move(*listener)), {}};
    }));
}

void LibraryChangeWatcher::adopt(const Attempt& attempt)
{
    if (!attempt.listener) {
        fail(QString::fromStdString(attempt.error));
        return;
    }
    m_listener = attempt.listener;
    m_retryMs = kFirstRetryMs;
    m_notifier = new QSocketNotifier(static_cast<qintptr>(m_listener->socket()),
                                     QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this,
            &LibraryChangeWatcher::readNotifications);
    if (std::exchange(m_wasLost, false)) {
        Q_EMIT resumed();
    }
    // What was committed between the list's last read and the LISTEN was not heard.
    m_coalesce.start();
}

void LibraryChangeWatcher::readNotifications()
{
    auto heard = m_listener->drainNotifications();
    if (!heard) {
        fail(QString::fromStdString(heard.error().message));
        return;
    }
    if (*heard && !m_coalesce.isActive()) {
        m_coalesce.start();
    }
}

void LibraryChangeWatcher::fail(const QString& why)
{
    // The notifier goes before its socket closes with the listener.
    delete std::exchange(m_notifier, nullptr);
    m_listener.reset();
    m_wasLost = true;
    Q_EMIT lost(why);
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, kLastRetryMs);
}

void LibraryChangeWatcher::deliverUnlessModal()
{
    if (QApplication::activeModalWidget() != nullptr) {
        m_coalesce.start();
        return;
    }
    Q_EMIT changed();
}

} // namespace vouch::ui
