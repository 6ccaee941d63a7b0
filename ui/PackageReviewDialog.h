// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/DraftEditor.h"
#include "services/PackageReview.h"
#include "store/Library.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace vouch::ui {

// Review mode: a signed assessment (from the library or a received .vouch file) shown
// read-only. The verification verdict comes first and prominently, then whether it is
// due for re-review, the evaluation, every answer (in the same question widgets the
// wizard uses, read-only), the evidence, the action plan and, for a library
// assessment, its revisions with a comparison of any two.
class PackageReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // `library`: the library the assessment is in (history, new revision), or nullptr
    // for a package file.
    PackageReviewDialog(const QString& fileName, services::OpenedPackage opened,
                        const store::Library* library, QWidget* parent = nullptr);
    ~PackageReviewDialog() override;
    Q_DISABLE_COPY_MOVE(PackageReviewDialog)

    // Writes the PDF sign-off; returns the error shown to the user, empty on success.
    QString exportPdfTo(const QString& path);
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QTableWidget* historyTable() const { return m_history; }
    // Shows the comparison of two revisions (numbers) of this library assessment.
    QDialog* compareRevisions(int older, int newer);

Q_SIGNALS:
    void newRevisionRequested(const QString& assessmentId);
    // "Update to the current questionnaire": the window shows the migration report.
    void questionnaireUpdateRequested(const QString& assessmentId);

private:
    void chooseAndExportPdf();
    QWidget* makeBanner(const services::VerificationBanner& banner);
    QWidget* makeReReviewBanner();
    QTableWidget* makeSignatureTable();
    QWidget* makeAnswersTab();
    QWidget* makeEvidenceTab();
    QWidget* makeActionsTab();
    QWidget* makeHistoryTab();
    QString summaryHtml() const;

    services::OpenedPackage m_opened;
    const store::Library* m_library = nullptr;
    std::unique_ptr<services::DraftEditor> m_view; // the answers, read-only
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_history = nullptr;
};

} // namespace vouch::ui
