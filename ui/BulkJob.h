// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/BulkTransfer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace vouch::ui {

// Runs a bulk export or import on a worker thread with a cancellable progress dialog;
// the window stays responsive. finished() carries the summary; the job deletes itself
// after emitting it.
class BulkJob final : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<services::BulkSummary(const services::BulkProgress&)>;

    BulkJob(const QString& title, Work work, QWidget* parent);
    ~BulkJob() override;
    Q_DISABLE_COPY_MOVE(BulkJob)

    void cancel() { m_cancelled = true; }

    // The finished job's outcomes, item by item; valid while finished() is emitted.
    [[nodiscard]] const services::BulkSummary& summary() const { return m_summary; }

    // "3 of 4 done; 1 failed:" and one line per failure.
    [[nodiscard]] static QString summaryText(const services::BulkSummary& summary);

Q_SIGNALS:
    void finished(const QString& summary, int succeeded, int failed);

private:
    QProgressDialog* m_progress = nullptr;
    QFutureWatcher<services::BulkSummary> m_watcher;
    std::atomic<bool> m_cancelled{false};
    services::BulkSummary m_summary;
};

} // namespace vouch::ui
