// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/DecisionInForce.h"
#include "services/DraftEditor.h"
#include "services/PackageReview.h"
#include "services/SignerCertificate.h"
#include "services/Workspace.h"
#include "signing/Keys.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace vouch::ui {

class CountersignDialog;

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
    // for a package file. `receivedCopyOf`: the assessment shown is a received copy in
    // `library` of that assessment (services::AssessmentRecord::receivedCopyOf); it is shown
    // on its own, as received, never with that assessment's history, decision or actions.
    PackageReviewDialog(const QString& fileName, services::OpenedPackage opened,
                        const services::Workspace* workspace, QWidget* parent = nullptr,
                        std::optional<std::string> receivedCopyOf = std::nullopt);
    ~PackageReviewDialog() override;
    Q_DISABLE_COPY_MOVE(PackageReviewDialog)

    // Writes the PDF sign-off; returns the error shown to the user, empty on success.
    QString exportPdfTo(const QString& path);
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QTableWidget* historyTable() const { return m_history; }
    // Shows the comparison of two revisions (numbers) of this library assessment.
    QDialog* compareRevisions(int older, int newer);
    // Opens the approver's countersignature (window-modal, not waited for); nullptr, with
    // the reason beside the button, when it is not available.
    CountersignDialog* startCountersign();
    // The review-due intervals a countersignature on a library assessment uses (and the
    // decision page's next review date of an assessment that names none).
    void setReviewIntervals(const services::ReviewIntervals& intervals);

Q_SIGNALS:
    void newRevisionRequested(const QString& assessmentId);
    // "Update to the current questionnaire": the window shows the migration report.
    void questionnaireUpdateRequested(const QString& assessmentId);
    // After the approver signed: the library assessment, or the package file (in place).
    void countersigned(const QString& assessmentId);
    void packageCountersigned(const QString& path);

private:
    void chooseAndExportPdf();
    QWidget* makeBanner(const services::VerificationBanner& banner);
    // The Countersign button and, beside it, why it is unavailable when it is.
    QLayout* makeCountersignRow();
    [[nodiscard]] services::CountersignBlock countersignBlock() const;
    [[nodiscard]] QString countersignBlockedText(services::CountersignBlock block) const;
    [[nodiscard]] QString signAsApprover(const services::Signer& signer,
                                         const std::string& attestation) const;
    // "Due for re-review" (the review date or an action's due date passed) and, apart
    // from it, "Sources to re-check" (the questionnaire's vendor facts are old); nullptr
    // when neither applies.
    QWidget* makeReReviewBanner();
    QLabel* makeNotice(const QString& name, const QString& title, const QStringList& lines,
                       const QString& style);
    // The first page: tier, verdict, signatures and their trust, blocking findings, open
    // actions and the next review date of the decision in force.
    QWidget* makeDecisionTab();
    void showReviewDue();
    // What decides: the signed revision in force under a draft, else what is shown.
    [[nodiscard]] const services::PackageReport& decidingReport() const;
    [[nodiscard]] const services::TrustVerdict& decidingSignatures() const;
    QTableWidget* makeSignatureTable();
    QWidget* makeAnswersTab();
    QWidget* makeEvidenceTab();
    QWidget* makeActionsTab();
    QWidget* makeHistoryTab();
    QString summaryHtml() const;

    services::OpenedPackage m_opened;
    QString m_fileName; // the package file; empty for a library assessment
    const services::Workspace* m_workspace = nullptr; // set for a library assessment
    std::optional<std::string> m_receivedCopyOf;
    // For a library assessment: what decides now (the latest signed revision).
    std::optional<services::DecisionInForce> m_decision;
    // Under a draft (New Revision): the signed revision in force, read and verified.
    std::optional<services::PackageReport> m_inForce;
    QLabel* m_reviewDue = nullptr;
    services::ReviewIntervals m_intervals;
    std::unique_ptr<services::DraftEditor> m_view; // the answers, read-only
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_history = nullptr;
};

} // namespace vouch::ui
