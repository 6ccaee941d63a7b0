// SPDX-License-Identifier: Apache-2.0
#include "ui/BulkJob.h"

#include "ui/QuestionHelp.h"

#include <QMetaObject>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace vouch::ui {

BulkJob::BulkJob(const QString& title, Work work, QWidget* parent)
    : QObject(parent)
    , m_progress(new QProgressDialog(title, tr("Cancel"), 0, 0, parent))
{
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, this, &BulkJob::cancel);
    const QPointer<QProgressDialog> progress(m_progress);
    // The worker only reports through queued calls; the dialog lives on the GUI thread.
    const services::BulkProgress report = [this, progress](int done, int total) {
        // `this` as the context: a report queued after the job is gone is dropped.
        QMetaObject::invokeMethod(
            this,
            [progress, done, total] {
                if (progress) {
                    progress->setMaximum(total);
                    progress->setValue(done);
                }
            },
            Qt::QueuedConnection);
        return !m_cancelled.load();
    };
    connect(&m_watcher, &QFutureWatcher<services::BulkSummary>::finished, this, [this] {
        m_summary = m_watcher.result();
        m_progress->reset();
        m_progress->deleteLater();
        Q_EMIT finished(summaryText(m_summary), m_summary.succeeded(), m_summary.failed());
        deleteLater();
    });
    m_watcher.setFuture(
        QtConcurrent::run([work = std::move(work), report] { return work(report); }));
}

BulkJob::~BulkJob()
{
    // Never leave a worker writing into a library after the window is gone.
    m_cancelled = true;
    m_watcher.waitForFinished();
}

QString BulkJob::summaryText(const services::BulkSummary& summary)
{
    const int total = static_cast<int>(summary.outcomes.size());
    QString text = tr("%1 of %2 done.").arg(summary.succeeded()).arg(total);
    if (summary.cancelled) {
        text += QLatin1Char(' ') + tr("Cancelled; the rest was not touched.");
    }
    if (summary.failed() > 0) {
        text += QLatin1Char(' ') + tr("%1 failed:").arg(summary.failed());
        for (const auto& outcome : summary.outcomes) {
            if (!outcome.ok) {
                text += QStringLiteral("\n%1: %2")
                            .arg(fromUtf8(outcome.item), fromUtf8(outcome.detail));
            }
        }
    }
    return text;
}

} // namespace vouch::ui
