// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/AssessmentService.h"
#include "services/BulkTransfer.h"
#include "services/ExportedRevision.h"
#include "services/Preferences.h"
#include "services/Workspace.h"

#include <QMainWindow>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;

namespace vouch::ui {

class AssessmentWizard;
class CountersignDialog;
class BulkJob;
class PdfPreviewDialog;
class LibraryChangeWatcher;
class LibraryView;
class MigrationReportDialog;

// The library window: every assessment in the library, and the actions on them (new,
// continue, review, new revision, duplicate, export, import, delete a draft), from
// menus, the toolbar and the keyboard.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // The window works on `workspace` (its library, actor and preferences), which
    // outlives it; a workspace without a library shows why it could not be opened.
    explicit MainWindow(services::Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Verifies a .vouch file and shows it for review; on failure says why. Returns
    // whether it opened.
    bool openPackage(const QString& path);
    // Verifies and imports packages into the library on a worker thread, with progress;
    // the job's finished() carries the summary. nullptr without a library. A package
    // refused for its signatures alone is then offered, with the reason in one line, to be
    // kept as a received copy (importAsReceivedCopy).
    BulkJob* startImport(const QStringList& paths);
    // Keeps a package as a separate received copy: marked in the library, never a
    // revision of the assessment it copies, whatever its signatures. Returns the copy's
    // id; empty, with the reason shown, when it was not stored.
    QString importAsReceivedCopy(const QString& path);
    // Exports every assessment the library view lists (search and filters applied).
    BulkJob* startExportAll(services::ExportFormat format, const QString& folder);

    // The use cases behind the actions, for the actions and for tests.
    AssessmentWizard* newAssessment();
    AssessmentWizard* continueAssessment(const QString& assessmentId);
    bool reviewAssessment(const QString& assessmentId);
    // Opens the assessment for review and starts the approver's countersignature;
    // nullptr when it is not available (the review says why).
    CountersignDialog* countersignAssessment(const QString& assessmentId);
    bool duplicateAssessment(const QString& assessmentId);
    bool deleteDraft(const QString& assessmentId);
    // Shows (not modal) what moving the assessment to the shipped questionnaire would do;
    // its Save stores that as a new draft revision and opens the comparison with the
    // revision it started from. nullptr, with the reason in the status bar or a message,
    // when the assessment is on that questionnaire already or cannot be moved. With
    // `resumeInWizard` (asked from the wizard) the wizard opens again on the assessment
    // once the report is saved or cancelled.
    MigrationReportDialog* updateToCurrentQuestionnaire(const QString& assessmentId,
                                                        bool resumeInWizard = false);
    QString exportPdf(const QString& assessmentId, const QString& path);
    QString exportPackage(const QString& assessmentId, const QString& path);
    // Renders the sign-off into a preview window (not yet shown) whose Save writes the
    // export; nullptr, with the reason shown, when it cannot be rendered.
    PdfPreviewDialog* previewPdf(const QString& assessmentId, const QString& suggestedPath);

    // What the Settings hold (paper, default organisation, review intervals, PDF folder).
    void setPreferences(const services::Preferences& preferences);
    [[nodiscard]] const services::Preferences& preferences() const
    {
        return m_workspace.preferences();
    }

    [[nodiscard]] LibraryView* libraryView() const { return m_view; }
    // What keeps the list current with other clients' changes: only on a PostgreSQL
    // library, else nullptr.
    [[nodiscard]] LibraryChangeWatcher* changeWatcher() const { return m_changes; }
    [[nodiscard]] const store::Library* library() const { return m_workspace.libraryOrNull(); }
    [[nodiscard]] QString statusText() const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateActions();
    void activate(const QString& assessmentId);
    // On a PostgreSQL library: the list follows what other officers commit.
    void watchForChanges();
    void showStatus(const QString& text);
    void showError(const QString& title, const QString& text);
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void chooseAndOpenPackage();
    void chooseAndImport();
    void chooseAndExportAll(services::ExportFormat format);
    void bulkFinished(const QString& title, const QString& summary, int failed);
    // Asks, package by package, whether to keep those an import refused for their
    // signatures as received copies.
    void offerReceivedCopies(const services::BulkSummary& summary);
    enum class ExportKind
    {
        Pdf,
        Package
    };
    void chooseAndExport(ExportKind kind);
    void openWizard(AssessmentWizard* wizard);
    void saveMigration(const QString& title, const services::MigrationPlan& plan);
    // The version of the shipped questionnaire that `questionnaire` is an older version
    // of (same id and language); empty when it is current or Vouch ships no other.
    [[nodiscard]] static QString newerShippedVersion(const model::Questionnaire& questionnaire);
    void browseQuestionnaire();
    void manageSigners();
    // Which revision an export wrote, in the user's language (for the status bar).
    static QString describeExport(const services::ExportedRevision& exported);
    void manageTrust();
    void showSettings();
    void showAbout();
    void showUserGuide();
    QAction* makeAction(QMenu* menu, const QString& text, const QString& name,
                        const QKeySequence& shortcut, const std::function<void()>& slot);

    services::Workspace& m_workspace;
    QString m_libraryError;
    LibraryView* m_view = nullptr;
    LibraryChangeWatcher* m_changes = nullptr;
    QLabel* m_status = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_continue = nullptr;
    QAction* m_review = nullptr;
    QAction* m_newRevision = nullptr;
    QAction* m_countersign = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportPackage = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_updateQuestionnaire = nullptr;
    std::vector<QAction*> m_needLibrary;
};

} // namespace vouch::ui
