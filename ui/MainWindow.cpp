// SPDX-License-Identifier: Apache-2.0
#include "ui/MainWindow.h"

#include "model/QuestionnaireLoader.h"
#include "report/ReportInput.h"
#include "services/AssessmentService.h"
#include "services/DecisionInForce.h"
#include "services/DraftEditor.h"
#include "services/PackageReview.h"
#include "services/ReportService.h"
#include "services/SigningService.h"
#include "signing/Package.h"
#include "ui/AboutDialog.h"
#include "ui/BulkJob.h"
#include "ui/MigrationReportDialog.h"
#include "ui/PackageReviewDialog.h"
#include "ui/PdfPreviewModule.h"
#include "ui/QuestionHelp.h"
#include "ui/QuestionnaireBrowser.h"
#include "ui/RevisionComparisonDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/SignerIdentitiesDialog.h"
#include "ui/TrustedSignersDialog.h"
#include "ui/UserPrompts.h"
#include "ui/library/LibraryChangeWatcher.h"
#include "ui/library/LibraryView.h"
#include "ui/wizard/AssessmentWizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUrl>

namespace vouch::ui {
namespace {

constexpr int kRecentLimit = 8;
const QString kRecentKey = QStringLiteral("recent/packages");

QString safeFileName(QString title)
{
    title = fileNameFromTitle(title);
    return title.isEmpty() ? MainWindow::tr("assessment", "default file name") : title;
}

} // namespace

MainWindow::MainWindow(services::Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    resize(1100, 720);
    if (m_workspace.hasLibrary()) {
        m_view = new LibraryView(m_workspace, this);
        setCentralWidget(m_view);
        connect(m_view, &LibraryView::activated, this, &MainWindow::activate);
        connect(m_view, &LibraryView::selectionChanged, this, &MainWindow::updateActions);
        watchForChanges();
    } else {
        // The window still opens: packages can be reviewed without a library.
        m_libraryError =
            fromUtf8(m_workspace.openError() ? m_workspace.openError()->message : std::string());
        auto* error =
            new QLabel(tr("<h3>The library could not be opened</h3><p>%1</p><p>Nothing in it was "
                          "changed. Received packages can still be opened for review (Ctrl+O).</p>")
                           .arg(m_libraryError.toHtmlEscaped()),
                       this);
        error->setObjectName(QStringLiteral("libraryError"));
        error->setWordWrap(true);
        error->setAlignment(Qt::AlignCenter);
        setCentralWidget(error);
    }
    setWindowTitle(tr("Vouch — %1").arg(QString::fromStdString(m_workspace.displayName())));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // messages quote file names and typed text
    m_status->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_status, 1);
    createActions();
    updateActions();
    if (m_view != nullptr) {
        m_view->table()->setFocus();
    }
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::makeAction(QMenu* menu, const QString& text, const QString& name,
                                const QKeySequence& shortcut, const std::function<void()>& slot)
{
    auto* action = menu->addAction(text, this, slot);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("...")),
            shortcut.toString(QKeySequence::NativeText)));
    }
    return action;
}

void MainWindow::createActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* newAssessmentAction =
        file->addAction(tr("&New Assessment..."), this, [this] { newAssessment(); });
    newAssessmentAction->setObjectName(QStringLiteral("actionNewAssessment"));
    newAssessmentAction->setShortcut(QKeySequence::New);
    m_needLibrary.push_back(newAssessmentAction);
    auto* openPackageAction =
        makeAction(file, tr("&Open Package for Review..."), QStringLiteral("actionOpenPackage"),
                   QKeySequence::Open, [this] { chooseAndOpenPackage(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    auto* import = makeAction(file, tr("&Import Packages..."), QStringLiteral("actionImport"),
                              QKeySequence(Qt::CTRL | Qt::Key_I), [this] { chooseAndImport(); });
    m_needLibrary.push_back(import);
    m_exportPackage =
        makeAction(file, tr("Export Pac&kage..."), QStringLiteral("actionExportPackage"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                   [this] { chooseAndExport(ExportKind::Package); });
    m_exportPdf = makeAction(file, tr("Export &PDF Sign-off..."), QStringLiteral("actionExportPdf"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                             [this] { chooseAndExport(ExportKind::Pdf); });
    auto* exportAll = file->addMenu(tr("Export &All Listed"));
    exportAll->setObjectName(QStringLiteral("exportAllMenu"));
    m_needLibrary.push_back(
        makeAction(exportAll, tr("As &PDF Sign-offs..."), QStringLiteral("actionExportAllPdf"), {},
                   [this] { chooseAndExportAll(services::ExportFormat::Pdf); }));
    m_needLibrary.push_back(
        makeAction(exportAll, tr("As Pac&kages..."), QStringLiteral("actionExportAllPackages"), {},
                   [this] { chooseAndExportAll(services::ExportFormat::Package); }));
    file->addSeparator();
    auto* questionnaire = makeAction(
        file, tr("&Browse Questionnaire..."), QStringLiteral("actionBrowseQuestionnaire"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { browseQuestionnaire(); });
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    auto* assessment = menuBar()->addMenu(tr("&Assessment"));
    m_review = assessment->addAction(tr("Open for &Review"), this,
                                     [this] { reviewAssessment(m_view->currentId()); });
    m_review->setObjectName(QStringLiteral("actionReview"));
    m_review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_continue = assessment->addAction(tr("&Continue Draft"), this,
                                       [this] { continueAssessment(m_view->currentId()); });
    m_continue->setObjectName(QStringLiteral("actionContinueDraft"));
    m_continue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_newRevision = assessment->addAction(tr("New Re&vision"), this,
                                          [this] { continueAssessment(m_view->currentId()); });
    m_newRevision->setObjectName(QStringLiteral("actionNewRevision"));
    m_newRevision->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_countersign = assessment->addAction(tr("Countersign as &Approver..."), this,
                                          [this] { countersignAssessment(m_view->currentId()); });
    m_countersign->setObjectName(QStringLiteral("actionCountersign"));
    m_countersign->setToolTip(
        tr("Review what the assessor signed, then add the approver's signature"));
    m_duplicate = assessment->addAction(tr("&Duplicate as New Assessment"), this,
                                        [this] { duplicateAssessment(m_view->currentId()); });
    m_duplicate->setObjectName(QStringLiteral("actionDuplicate"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_updateQuestionnaire =
        assessment->addAction(tr("&Update to the Current Questionnaire..."), this,
                              [this] { updateToCurrentQuestionnaire(m_view->currentId()); });
    m_updateQuestionnaire->setObjectName(QStringLiteral("actionUpdateQuestionnaire"));
    assessment->addSeparator();
    m_delete = assessment->addAction(tr("De&lete Draft..."), this,
                                     [this] { deleteDraft(m_view->currentId()); });
    m_delete->setObjectName(QStringLiteral("actionDeleteDraft"));
    m_delete->setShortcut(QKeySequence::Delete);
    assessment->addSeparator();
    auto* find = assessment->addAction(tr("&Find"), this, [this] {
        if (m_view != nullptr) {
            m_view->searchField()->setFocus();
            m_view->searchField()->selectAll();
        }
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    m_needLibrary.push_back(find);

    auto* tools = menuBar()->addMenu(tr("&Tools"));
    makeAction(tools, tr("&Signer Identities..."), QStringLiteral("actionSignerIdentities"), {},
               [this] { manageSigners(); });
    auto* settings = makeAction(tools, tr("Se&ttings..."), QStringLiteral("actionSettings"),
                                QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { showSettings(); });
    settings->setMenuRole(QAction::PreferencesRole);
    tools->addSeparator();
    m_needLibrary.push_back(makeAction(tools, tr("&Trusted Signers..."),
                                       QStringLiteral("actionTrustedSigners"), {},
                                       [this] { manageTrust(); }));

    auto* help = menuBar()->addMenu(tr("&Help"));
    makeAction(help, tr("&User Guide"), QStringLiteral("actionUserGuide"),
               QKeySequence::HelpContents, [this] { showUserGuide(); });
    makeAction(help, tr("&About Vouch"), QStringLiteral("actionAbout"), {},
               [this] { showAbout(); });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    for (auto* action : {newAssessmentAction, m_continue, m_review, m_newRevision, m_exportPdf,
                         m_exportPackage, import, openPackageAction}) {
        toolbar->addAction(action);
    }
    (void)questionnaire;
    for (auto* action : m_needLibrary) {
        action->setEnabled(m_workspace.hasLibrary());
    }
}

void MainWindow::updateActions()
{
    const auto* record = m_view != nullptr ? m_view->currentRecord() : nullptr;
    const bool selected = record != nullptr;
    // A received copy is kept as received: reviewed, exported or duplicated, never
    // changed, signed or deleted.
    const bool ownRecord = selected && !record->receivedCopyOf;
    const bool draft = ownRecord && record->status == "draft";
    const bool isSigned = ownRecord && record->status != "draft";
    m_review->setEnabled(selected);
    m_continue->setEnabled(draft);
    m_newRevision->setEnabled(isSigned);
    // Review mode says why countersigning is not possible (awaiting the assessor, already
    // approved); a signed assessment can at least be asked, also under a newer draft,
    // whose signed revision is what the approver countersigns.
    const auto* decision = ownRecord ? &m_view->model()->decisionOf(*record) : nullptr;
    m_countersign->setEnabled(isSigned ||
                              (decision != nullptr && *decision && (*decision)->isSigned()));
    m_duplicate->setEnabled(selected);
    m_updateQuestionnaire->setEnabled(ownRecord);
    m_exportPdf->setEnabled(selected);
    m_exportPackage->setEnabled(selected);
    // Signed revisions are never deleted; a draft on top of one can be discarded.
    m_delete->setEnabled(draft);
}

void MainWindow::watchForChanges()
{
    if (!m_workspace.isServerLibrary()) {
        return; // a SQLite file has one user at a time
    }
    m_changes = new LibraryChangeWatcher(m_workspace.location(), this);
    connect(m_changes, &LibraryChangeWatcher::changed, m_view, &LibraryView::refresh);
    connect(m_changes, &LibraryChangeWatcher::lost, this, [this](const QString& why) {
        showStatus(tr("Other officers' changes are not shown as they happen: %1. Vouch keeps "
                      "trying to reconnect.")
                       .arg(why));
    });
    connect(m_changes, &LibraryChangeWatcher::resumed, this, [this] {
        showStatus(tr("Reconnected: other officers' changes are shown as they happen again."));
    });
}

void MainWindow::activate(const QString& assessmentId)
{
    const auto* record = m_view->currentRecord();
    if (record != nullptr && record->status == "draft" && !record->receivedCopyOf) {
        continueAssessment(assessmentId);
    } else {
        reviewAssessment(assessmentId);
    }
}

void MainWindow::showStatus(const QString& text)
{
    m_status->setText(text);
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::showError(const QString& title, const QString& text)
{
    showStatus(text.section(QLatin1Char('\n'), 0, 0));
    prompts::inform(this, QMessageBox::Warning, title, text);
}

void MainWindow::setPreferences(const services::Preferences& preferences)
{
    m_workspace.setPreferences(preferences);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_workspace.preferences(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const auto chosen = dialog.preferences();
    services::savePreferences(*appSettings(), chosen);
    const bool restart = chosen.libraryPath != m_workspace.preferences().libraryPath ||
                         chosen.language != m_workspace.preferences().language;
    setPreferences(chosen);
    showStatus(restart ? tr("Settings saved; the library and language change when Vouch next "
                            "starts.")
                       : tr("Settings saved."));
}

void MainWindow::openWizard(AssessmentWizard* wizard)
{
    wizard->setPreferences(m_workspace.preferences());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AssessmentWizard::assessmentSaved, this,
            [this](const QString& id) { m_view->reload(id); });
    wizard->show();
}

AssessmentWizard* MainWindow::newAssessment()
{
    if (!m_workspace.hasLibrary()) {
        return nullptr;
    }
    const QString path = shippedQuestionnairePath();
    auto snapshot = model::loadQuestionnaireSnapshotFile(path.toStdString());
    if (!snapshot.ok()) {
        QStringList errors;
        for (const auto& diagnostic : snapshot.errors) {
            errors << fromUtf8(diagnostic.toString());
        }
        showError(tr("New Assessment"), path.isEmpty()
                                            ? tr("No questionnaire was found next to Vouch.")
                                            : errors.join(QLatin1Char('\n')));
        return nullptr;
    }
    auto draft = std::make_unique<services::DraftEditor>(std::move(*snapshot.value));
    auto meta = draft->meta();
    meta.organisation = m_workspace.preferences().defaultOrganisation;
    draft->setMeta(meta);
    auto* wizard = new AssessmentWizard(std::move(draft), m_workspace, this);
    openWizard(wizard);
    return wizard;
}

AssessmentWizard* MainWindow::continueAssessment(const QString& assessmentId)
{
    if (!m_workspace.hasLibrary() || assessmentId.isEmpty()) {
        return nullptr;
    }
    const auto service = m_workspace.assessments();
    auto opened = service.open(assessmentId.toStdString());
    if (!opened) {
        showError(tr("Open Assessment"), fromUtf8(opened.error().message));
        return nullptr;
    }
    auto draft = std::make_unique<services::DraftEditor>(std::move(*opened));
    auto* wizard = new AssessmentWizard(std::move(draft), m_workspace, this);
    openWizard(wizard);
    wizard->resume();
    if (const QString newer = newerShippedVersion(wizard->draft().questionnaire());
        !newer.isEmpty()) {
        wizard->offerQuestionnaireUpdate(newer);
        connect(wizard, &AssessmentWizard::questionnaireUpdateRequested, this,
                [this, wizard](const QString& id) {
                    wizard->close();
                    updateToCurrentQuestionnaire(id, true);
                });
    }
    return wizard;
}

bool MainWindow::reviewAssessment(const QString& assessmentId)
{
    if (!m_workspace.hasLibrary() || assessmentId.isEmpty()) {
        return false;
    }
    const auto signing = m_workspace.signing();
    auto package = signing.packageOf(assessmentId.toStdString());
    if (!package) {
        showError(tr("Review"), fromUtf8(package.error().message));
        return false;
    }
    auto report = signing.verify(*package);
    // A received copy's payload names the assessment it copies; it is shown on its own.
    auto record = m_workspace.assessment(assessmentId.toStdString());
    std::optional<std::string> copyOf;
    if (record && *record) {
        copyOf = (*record)->receivedCopyOf;
    }
    services::OpenedPackage opened{std::move(*package), std::move(report)};
    auto* dialog =
        new PackageReviewDialog(QString(), std::move(opened), &m_workspace, this, copyOf);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReviewIntervals(m_workspace.preferences().reviewIntervals);
    connect(dialog, &PackageReviewDialog::newRevisionRequested, this,
            [this](const QString& id) { continueAssessment(id); });
    connect(dialog, &PackageReviewDialog::questionnaireUpdateRequested, this,
            [this](const QString& id) { updateToCurrentQuestionnaire(id); });
    connect(dialog, &PackageReviewDialog::countersigned, this, [this](const QString& id) {
        m_view->reload(id);
        showStatus(tr("Countersigned as approver and saved in the library."));
        reviewAssessment(id); // shown again, with the approver's signature
    });
    dialog->show();
    return true;
}

CountersignDialog* MainWindow::countersignAssessment(const QString& assessmentId)
{
    if (!reviewAssessment(assessmentId)) {
        return nullptr;
    }
    // The review stays open behind the countersignature, with the reason when it is not
    // available.
    auto dialogs = findChildren<PackageReviewDialog*>();
    return dialogs.isEmpty() ? nullptr : dialogs.last()->startCountersign();
}

bool MainWindow::duplicateAssessment(const QString& assessmentId)
{
    if (!m_workspace.hasLibrary() || assessmentId.isEmpty()) {
        return false;
    }
    const auto service = m_workspace.assessments();
    auto opened = service.open(assessmentId.toStdString());
    if (!opened) {
        showError(tr("Duplicate"), fromUtf8(opened.error().message));
        return false;
    }
    auto meta = opened->payload.meta;
    meta.title = tr("Copy of %1").arg(fromUtf8(meta.title)).toStdString();
    meta.reviewDue.reset();
    auto created = service.createDraft(opened->questionnaire, opened->payload.answers, meta);
    if (!created) {
        showError(tr("Duplicate"), fromUtf8(created.error().message));
        return false;
    }
    m_view->reload(fromUtf8(*created));
    showStatus(tr("Duplicated as the draft “%1”.").arg(fromUtf8(meta.title)));
    return true;
}

QString MainWindow::newerShippedVersion(const model::Questionnaire& questionnaire)
{
    const QString path = shippedQuestionnairePath(fromUtf8(questionnaire.locale));
    if (path.isEmpty()) {
        return {};
    }
    const auto shipped = model::loadQuestionnaireSnapshotFile(path.toStdString());
    if (!shipped.ok() || shipped.value->questionnaire.id != questionnaire.id ||
        shipped.value->questionnaire.version == questionnaire.version) {
        return {};
    }
    return fromUtf8(shipped.value->questionnaire.version);
}

MigrationReportDialog* MainWindow::updateToCurrentQuestionnaire(const QString& assessmentId,
                                                                bool resumeInWizard)
{
    if (!m_workspace.hasLibrary() || assessmentId.isEmpty()) {
        return nullptr;
    }
    const QString title = tr("Update to the Current Questionnaire");
    const auto service = m_workspace.assessments();
    // An update keeps the assessment's language: the newest version of the questionnaire
    // it was answered on, not a switch to the window's language.
    const auto opened = service.open(assessmentId.toStdString());
    if (!opened) {
        showError(title, fromUtf8(opened.error().message));
        return nullptr;
    }
    const QString path =
        shippedQuestionnairePath(fromUtf8(opened->questionnaire.questionnaire.locale));
    auto snapshot = model::loadQuestionnaireSnapshotFile(path.toStdString());
    if (!snapshot.ok()) {
        showError(title, path.isEmpty() ? tr("No questionnaire was found next to Vouch.")
                                        : fromUtf8(snapshot.errors.front().toString()));
        return nullptr;
    }
    auto plan = service.planMigration(assessmentId.toStdString(), *snapshot.value);
    if (!plan) {
        showError(title, fromUtf8(plan.error().message));
        return nullptr;
    }
    if (plan->alreadyCurrent) {
        const auto& current = snapshot.value->questionnaire;
        showStatus(tr("Already on questionnaire %1 %2; nothing changed.")
                       .arg(fromUtf8(current.id), fromUtf8(current.version)));
        return nullptr;
    }
    auto* dialog = new MigrationReportDialog(*plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, title, plan = std::make_shared<services::MigrationPlan>(std::move(*plan)),
             resumeInWizard] {
                saveMigration(title, *plan);
                if (resumeInWizard) {
                    continueAssessment(fromUtf8(plan->assessmentId));
                }
            });
    if (resumeInWizard) {
        // Cancelled: back to the draft as it was, where the officer was working.
        connect(dialog, &QDialog::rejected, this,
                [this, assessmentId] { continueAssessment(assessmentId); });
    }
    dialog->show();
    return dialog;
}

void MainWindow::saveMigration(const QString& title, const services::MigrationPlan& plan)
{
    const auto service = m_workspace.assessments();
    auto saved = service.saveMigration(plan);
    if (!saved) {
        showError(title, saved.error().kind == ErrorKind::Conflict
                             ? tr("Someone saved this assessment since the report was made; "
                                  "nothing was changed. Update it again to see the new report.")
                             : fromUtf8(saved.error().message));
        return;
    }
    const QString id = fromUtf8(plan.assessmentId);
    m_view->reload(id);
    showStatus(tr("Updated to questionnaire %1 %2 as draft revision %3.")
                   .arg(fromUtf8(plan.report.to.id), fromUtf8(plan.report.to.version))
                   .arg(*saved));
    // How tier, verdict and findings moved, in the comparison reviewers already know.
    auto* comparison = new RevisionComparisonDialog(m_workspace, plan.assessmentId,
                                                    plan.baseRevision, *saved, this);
    comparison->setAttribute(Qt::WA_DeleteOnClose);
    comparison->show();
}

bool MainWindow::deleteDraft(const QString& assessmentId)
{
    const auto* record = m_view != nullptr ? m_view->currentRecord() : nullptr;
    if (!m_workspace.hasLibrary() || record == nullptr || record->status != "draft") {
        return false;
    }
    // A draft made by New Revision falls back to the sign-off under it: never say
    // "never signed" about that one.
    const auto trust = services::SignatureTrust::of(&m_workspace.library());
    const auto decision = trust ? services::decisionInForce(m_workspace.library(), *trust, *record)
                                : Result<services::DecisionInForce>(trust.error());
    const bool hasSigned = !decision || decision->isSigned();
    const QString question =
        hasSigned ? tr("Discard the unsigned changes to “%1”? The signed revision stays.")
                        .arg(fromUtf8(record->fields.title))
                  : tr("Delete the draft “%1”? It was never signed; it will be gone.")
                        .arg(fromUtf8(record->fields.title));
    if (!prompts::confirm(this, tr("Delete Draft"), question)) {
        return false;
    }
    const auto service = m_workspace.assessments();
    if (auto deleted = service.deleteDraft(assessmentId.toStdString()); !deleted) {
        showError(tr("Delete Draft"), fromUtf8(deleted.error().message));
        return false;
    }
    m_view->reload();
    showStatus(tr("Draft deleted."));
    return true;
}

QString MainWindow::exportPdf(const QString& assessmentId, const QString& path)
{
    auto written = services::exportAssessmentPdf(
        m_workspace.library(), assessmentId.toStdString(), path.toStdString(),
        m_workspace.preferences().paper, m_workspace.actor(),
        services::ExistingOutput::Replace); // the dialog asked
    if (!written) {
        return fromUtf8(written.error().message);
    }
    showStatus(tr("PDF sign-off of %1 written to %2")
                   .arg(describeExport(*written), QDir::toNativeSeparators(path)));
    return {};
}

QString MainWindow::exportPackage(const QString& assessmentId, const QString& path)
{
    const auto signing = m_workspace.signing();
    auto written = signing.exportPackage(assessmentId.toStdString(), path.toStdString(),
                                         services::ExistingOutput::Replace); // the dialog asked
    if (!written) {
        return fromUtf8(written.error().message);
    }
    showStatus(tr("Package of %1 written to %2")
                   .arg(describeExport(*written), QDir::toNativeSeparators(path)));
    return {};
}

QString MainWindow::describeExport(const services::ExportedRevision& exported)
{
    QString text = exported.signatures == 0
                       ? tr("revision %1 (an unsigned draft)").arg(exported.number)
                       : tr("revision %1 (signed, %n signature(s))", nullptr, exported.signatures)
                             .arg(exported.number);
    if (exported.newerRevision) {
        text += tr("; the newer draft revision %1 is not in it").arg(*exported.newerRevision);
    }
    return text;
}

void MainWindow::chooseAndExport(ExportKind kind)
{
    const auto* record = m_view->currentRecord();
    if (record == nullptr) {
        return;
    }
    const QString id = fromUtf8(record->id);
    const QString name = safeFileName(fromUtf8(record->fields.title));
    if (kind == ExportKind::Pdf) {
        const QDir folder(
            m_workspace.preferences().pdfFolder.empty()
                ? QDir::homePath()
                : QString::fromStdString(m_workspace.preferences().pdfFolder.string()));
        if (auto* preview = previewPdf(id, folder.filePath(name + QStringLiteral(".pdf")))) {
            preview->exec();
        }
        return;
    }
    const QString path = prompts::saveFile(this, tr("Export Package"),
                                           QDir::home().filePath(name + QStringLiteral(".vouch")),
                                           tr("Vouch packages (*.vouch)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString error = exportPackage(id, path); !error.isEmpty()) {
        showError(tr("Export Package"), error);
        return;
    }
    rememberRecent(path);
}

PdfPreviewDialog* MainWindow::previewPdf(const QString& assessmentId, const QString& suggested)
{
    const auto render = [this, assessmentId](const QString& path) {
        // The preview shows what Save writes: the latest signed revision, else the draft.
        const auto exported = services::revisionToExport(m_workspace.library(),
                                                         assessmentId.toStdString(), std::nullopt);
        if (!exported) {
            return fromUtf8(exported.error().message);
        }
        const auto signing = m_workspace.signing();
        auto package = signing.packageOf(assessmentId.toStdString(), exported->number);
        if (!package) {
            return fromUtf8(package.error().message);
        }
        auto written = services::exportPdf(*package, exported->number, path.toStdString(),
                                           &m_workspace.library(), m_workspace.preferences().paper,
                                           services::ExistingOutput::Replace);
        return written ? QString() : fromUtf8(written.error().message);
    };
    const auto save = [this, assessmentId](const QString& path) {
        const QString error = exportPdf(assessmentId, path);
        if (error.isEmpty()) {
            if (m_workspace.preferences().openPdfAfterExport) {
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            }
        }
        return error;
    };
    QString unavailable;
    const auto makePreview = pdfPreviewFactory(unavailable);
    if (makePreview == nullptr) {
        showError(tr("Export PDF"), unavailable);
        return nullptr;
    }
    auto* dialog =
        makePreview(render, save, suggested, {&prompts::saveFile, &prompts::inform}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->renderError().isEmpty()) {
        showError(tr("Export PDF"), dialog->renderError());
        // Through QDialog's virtual destructor: the dialog's own is in the preview library.
        delete static_cast<QDialog*>(dialog);
        return nullptr;
    }
    return dialog;
}

bool MainWindow::openPackage(const QString& path)
{
    auto opened = m_workspace.hasLibrary()
                      ? services::openPackageFile(path.toStdString(), &m_workspace.library())
                      : services::openPackageFile(path.toStdString(), m_workspace.location());
    if (!opened) {
        showError(tr("Open Package"), fromUtf8(opened.error().message));
        return false;
    }
    auto* dialog = new PackageReviewDialog(path, std::move(*opened), nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PackageReviewDialog::packageCountersigned, this, [this](const QString& file) {
        openPackage(file); // shown again, with the approver's signature
        showStatus(tr("Countersigned %1 as approver; send the file back or import it.")
                       .arg(QFileInfo(file).fileName()));
    });
    dialog->show();
    rememberRecent(path);
    showStatus(tr("Reviewing %1").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::chooseAndOpenPackage()
{
    const QString path =
        prompts::openFile(this, tr("Open Package for Review"), tr("Vouch packages (*.vouch)"));
    if (!path.isEmpty()) {
        openPackage(path);
    }
}

BulkJob* MainWindow::startImport(const QStringList& paths)
{
    if (!m_workspace.hasLibrary()) {
        return nullptr;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& path : paths) {
        files.emplace_back(path.toStdString());
        rememberRecent(path);
    }
    auto* job = new BulkJob(
        tr("Importing packages"),
        [library = m_workspace.location(), files,
         actor = m_workspace.actor()](const services::BulkProgress& progress) {
            return services::importPackages(library, files, actor, progress);
        },
        this);
    // The job is alive while it emits finished() (it deletes itself later).
    connect(job, &BulkJob::finished, this, [this, job](const QString& summary, int, int failed) {
        bulkFinished(tr("Import Packages"), summary, failed);
        offerReceivedCopies(job->summary());
    });
    return job;
}

void MainWindow::offerReceivedCopies(const services::BulkSummary& summary)
{
    for (const auto& outcome : summary.outcomes) {
        if (outcome.ok || !outcome.receivableAsCopy) {
            continue;
        }
        const QString path = QString::fromStdString(outcome.file.string());
        const int choice = prompts::choose(
            this, tr("Keep as a Received Copy?"),
            tr("%1 was not imported:\n%2\n\nYou can keep it as a separate received copy: it "
               "is marked as received, shows its signatures as they stand, and never becomes a "
               "revision of the assessment it copies.")
                .arg(QFileInfo(path).fileName(), fromUtf8(outcome.detail)),
            {tr("&Keep as Received Copy"), tr("Do &Not Import")}, 1);
        if (choice == 0) {
            importAsReceivedCopy(path);
        }
    }
}

QString MainWindow::importAsReceivedCopy(const QString& path)
{
    if (!m_workspace.hasLibrary()) {
        return {};
    }
    auto package = services::readPackage(path.toStdString());
    if (!package.ok()) {
        showError(tr("Keep as a Received Copy"), fromUtf8(package.errors.front().toString()));
        return {};
    }
    const auto signing = m_workspace.signing();
    auto copy = signing.importReceivedCopy(*package.value, path.toStdString());
    if (!copy) {
        showError(tr("Keep as a Received Copy"), fromUtf8(copy.error().message));
        return {};
    }
    const QString id = fromUtf8(copy->copyId);
    m_view->reload(id);
    showStatus(copy->created
                   ? tr("Kept %1 as a received copy; it is never a revision of the assessment "
                        "it copies.")
                         .arg(QFileInfo(path).fileName())
                   : tr("%1 is in the library as a received copy already; nothing changed.")
                         .arg(QFileInfo(path).fileName()));
    return id;
}

BulkJob* MainWindow::startExportAll(services::ExportFormat format, const QString& folder)
{
    if (!m_workspace.hasLibrary()) {
        return nullptr;
    }
    auto* job = new BulkJob(
        format == services::ExportFormat::Pdf ? tr("Exporting PDF sign-offs")
                                              : tr("Exporting packages"),
        [library = m_workspace.location(), ids = m_view->model()->allIds(),
         folder = folder.toStdString(), format, paper = m_workspace.preferences().paper,
         actor = m_workspace.actor()](const services::BulkProgress& progress) {
            return services::exportAssessments(library, ids, folder, format, paper, actor,
                                               progress);
        },
        this);
    connect(job, &BulkJob::finished, this, [this](const QString& summary, int, int failed) {
        bulkFinished(tr("Export All"), summary, failed);
    });
    return job;
}

void MainWindow::bulkFinished(const QString& title, const QString& summary, int failed)
{
    m_view->reload();
    showStatus(summary.section(QLatin1Char('\n'), 0, 0));
    prompts::inform(this, failed > 0 ? QMessageBox::Warning : QMessageBox::Information, title,
                    summary);
}

void MainWindow::chooseAndExportAll(services::ExportFormat format)
{
    const QString folder = prompts::existingFolder(this, tr("Export All Into"));
    if (!folder.isEmpty()) {
        startExportAll(format, folder);
    }
}

void MainWindow::chooseAndImport()
{
    const QStringList paths =
        prompts::openFiles(this, tr("Import Packages"), tr("Vouch packages (*.vouch)"));
    if (!paths.isEmpty()) {
        startImport(paths);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    for (const auto& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".vouch"))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const auto& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".vouch"))) {
            paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty() && m_workspace.hasLibrary()) {
        event->acceptProposedAction();
        startImport(paths);
    }
}

void MainWindow::rememberRecent(const QString& path)
{
    auto settings = appSettings();
    QStringList recent = settings->value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecentLimit) {
        recent.removeLast();
    }
    settings->setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = appSettings()->value(kRecentKey).toStringList();
    int number = 1;
    for (const auto& path : recent) {
        auto* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()), this,
            [this, path] { openPackage(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::browseQuestionnaire()
{
    auto* browser = new QuestionnaireBrowser(this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->setWindowFlag(Qt::Window);
    browser->show();
}

void MainWindow::manageSigners()
{
    SignerIdentitiesDialog dialog(this);
    dialog.exec();
}

void MainWindow::manageTrust()
{
    if (!m_workspace.hasLibrary()) {
        return;
    }
    TrustedSignersDialog dialog(m_workspace, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_workspace.location(), this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    auto* guide = new UserGuideDialog(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Open wizards save their drafts as they close.
    for (auto* wizard : findChildren<AssessmentWizard*>()) {
        wizard->close();
    }
    event->accept();
}

} // namespace vouch::ui
