// SPDX-License-Identifier: Apache-2.0
// The library window: its table model (checked by QAbstractItemModelTester), paging,
// sorting, filters, the empty states, overdue marks and importing by drag and drop.
#include "GuiTestSupport.h"
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "services/SigningService.h"
#include "ui/AboutDialog.h"
#include "ui/BulkJob.h"
#include "ui/MainWindow.h"
#include "ui/PackageReviewDialog.h"
#include "ui/PdfPreviewDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/UserPrompts.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryView.h"
#include "ui/wizard/AssessmentWizard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWizard>

#include <map>
#include <tuple>

using namespace vouch;

namespace {

constexpr int kAssessments = 230; // more than one page of the model

} // namespace

class TestLibraryWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::filesystem::path m_full; // kAssessments assessments, every tenth high tier
    std::optional<model::QuestionnaireSnapshot> m_questionnaire;
    nlohmann::json m_baseline;

    std::filesystem::path libraryPath() const
    {
        return m_dir.filePath(QStringLiteral("lib%1.vouchdb").arg(m_counter)).toStdString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::prompts::recordMessagesOnly(true);
        test::useDarkPaletteIfAsked();
        m_baseline = test::readJson(test::baselineAnswersPath());
        m_questionnaire = std::move(
            *model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath()).value);
        auto library = test::newLibrary(m_dir, m_counter);
        m_full = libraryPath();
        for (int i = 0; i < kAssessments; ++i) {
            auto document = m_baseline;
            document["meta"]["title"] =
                QStringLiteral("Assessment %1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
            if (i % 10 == 0) {
                document["answers"]["usecase.tier"] = "clinical_facing";
                document["answers"].erase("usecase.affects_care_access");
                document["answers"]["usecase.validation_evidence"] = "yes";
                document["answers"]["usecase.regulatory_review"] = "assessed_not_device";
            }
            test::createDraft(library, *m_questionnaire, document);
        }
    }

    void modelPassesTheModelTesterAcrossPages()
    {
        services::Workspace workspace;
        QVERIFY(workspace.open(m_full, services::OpenIntent::MustExist));
        ui::LibraryModel model(workspace);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), kAssessments);
        QCOMPARE(model.columnCount(), static_cast<int>(ui::LibraryModel::ColumnCount));
        model.sort(ui::LibraryModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Assessment 000"));
        // A row on the second page is read when asked for.
        QCOMPARE(model.index(210, 0).data().toString(), QStringLiteral("Assessment 210"));
        QCOMPARE(model.index(kAssessments - 1, 0).data().toString(),
                 QStringLiteral("Assessment 229"));
        model.sort(ui::LibraryModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Assessment 229"));
        QCOMPARE(model.index(0, ui::LibraryModel::StatusColumn).data().toString(),
                 QStringLiteral("Draft"));
        QCOMPARE(model.index(0, ui::LibraryModel::TierColumn).data().toString(),
                 QStringLiteral("Low"));
        QVERIFY(model.index(0, ui::LibraryModel::TierColumn)
                    .data(ui::LibraryModel::BadgeColourRole)
                    .value<QColor>()
                    .isValid());

        store::ListQuery high;
        high.tier = "high";
        model.setFilter(high);
        QCOMPARE(model.rowCount(), kAssessments / 10);
        QCOMPARE(model.index(0, ui::LibraryModel::TierColumn).data().toString(),
                 QStringLiteral("High"));
    }

    void searchAndFiltersNarrowTheTable()
    {
        auto workspace = test::workspaceAt(m_full);
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* view = window.libraryView();
        QCOMPARE(view->model()->rowCount(), kAssessments);
        // Every row, first and last, is one line and a half high (the view sets its row
        // height before it is given the rows, so none is measured or resized one by one).
        const auto* rows = view->table()->verticalHeader();
        const int line = view->table()->fontMetrics().height();
        QCOMPARE(rows->defaultSectionSize(), line + line / 2 + 4);
        QCOMPARE(rows->sectionSize(0), rows->defaultSectionSize());
        QCOMPARE(rows->sectionSize(kAssessments - 1), rows->defaultSectionSize());
        QCOMPARE(rows->sectionResizeMode(kAssessments - 1), QHeaderView::Fixed);
        test::saveScreenshot(window, QStringLiteral("library"));
        // Keyboard: a row is current from the start; Enter continues that draft.
        QVERIFY(!view->currentId().isEmpty());
        QTest::keyClick(view->table(), Qt::Key_Return);
        auto* wizard = window.findChild<QWizard*>();
        QVERIFY(wizard != nullptr);
        QCOMPARE(wizard->windowTitle(),
                 QString::fromStdString(view->currentRecord()->fields.title) +
                     QStringLiteral(" — Vouch"));
        wizard->close();
        QTest::keyClicks(view->searchField(), QStringLiteral("Assessment 01"));
        QTest::keyClick(view->searchField(), Qt::Key_Return);
        QCOMPARE(view->model()->rowCount(), 10); // 010 .. 019
        auto* tier = window.findChild<QComboBox*>(QStringLiteral("tierFilter"));
        tier->setCurrentIndex(tier->findData(QStringLiteral("high")));
        QCOMPARE(view->model()->rowCount(), 1); // 010
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Assessment 010"));
        view->searchField()->clear();
        QTest::keyClick(view->searchField(), Qt::Key_Return);
        QCOMPARE(view->model()->rowCount(), kAssessments / 10);
        QTest::keyClicks(view->searchField(), QStringLiteral("nothing-like-this"));
        QTest::keyClick(view->searchField(), Qt::Key_Return);
        QCOMPARE(view->model()->rowCount(), 0);
        auto* empty = window.findChild<QLabel*>(QStringLiteral("libraryEmptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No assessment matches")));
    }

    void theEditedRowStaysSelectedWhereverItSorts()
    {
        // Sorted by title, the first draft renamed "Zulu ..." moves from the first row to
        // the last, beyond the page the list has read. The selection follows it there, so
        // Enter afterwards opens what was just edited, not whatever took its old place.
        const std::filesystem::path path =
            m_dir.filePath(QStringLiteral("resorted.vouchdb")).toStdString();
        std::filesystem::copy_file(m_full, path);
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* view = window.libraryView();
        auto* table = view->table();
        table->sortByColumn(ui::LibraryModel::TitleColumn, Qt::AscendingOrder);
        table->setCurrentIndex(view->model()->index(0, 0));
        const QString edited = view->currentId();
        QCOMPARE(view->currentRecord()->fields.title, std::string("Assessment 000"));

        QTest::keyClick(table, Qt::Key_Return); // Continue Draft
        auto* wizard = window.findChild<ui::AssessmentWizard*>();
        QVERIFY(wizard != nullptr);
        auto* title = wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        wizard->restart(); // the intro page, where the title is typed
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(title, QStringLiteral("Zulu, renamed"));
        wizard->close(); // closing saves
        QTRY_VERIFY(window.findChild<ui::AssessmentWizard*>() == nullptr);

        QCOMPARE(view->currentId(), edited);
        QCOMPARE(table->currentIndex().row(), kAssessments - 1);
        const auto selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front().row(), kAssessments - 1);
        QCOMPARE(view->currentRecord()->fields.title, std::string("Zulu, renamed"));
        QTest::keyClick(table, Qt::Key_Return);
        wizard = window.findChild<ui::AssessmentWizard*>();
        QVERIFY(wizard != nullptr);
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->text(),
                 QStringLiteral("Zulu, renamed"));
        wizard->close();
    }

    void emptyLibraryExplainsWhatToDoFirst()
    {
        test::newLibrary(m_dir, m_counter);
        auto workspace = test::workspaceAt(libraryPath());
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* empty = window.findChild<QLabel*>(QStringLiteral("libraryEmptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("New Assessment")));
        // Nothing selected: only what makes sense without a selection is enabled.
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionNewAssessment"))->isEnabled());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionExportPdf"))->isEnabled());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionDeleteDraft"))->isEnabled());
        test::saveScreenshot(window, QStringLiteral("library-empty"));
    }

    void aboutAndUserGuide()
    {
        ui::AboutDialog about(libraryPath());
        const QString details = about.details();
        QVERIFY(details.contains(QStringLiteral("Apache-2.0")));
        QVERIFY(details.contains(QStringLiteral("Qt 6.")));
        QVERIFY(details.contains(QStringLiteral("OpenSSL 3.")));
        QVERIFY(details.contains(QStringLiteral("SQLite 3.")));
        QVERIFY(details.contains(QString::fromStdString(libraryPath().string())));
        ui::UserGuideDialog guide;
        QVERIFY(guide.text().contains(QStringLiteral("Create your signer identity")));
    }

    void settingsAreCheckedAndUsed()
    {
        services::Preferences current;
        current.defaultOrganisation = "St. Example Hospital";
        ui::SettingsDialog dialog(current);
        auto* organisation =
            dialog.findChild<QLineEdit*>(QStringLiteral("defaultOrganisationEdit"));
        QCOMPARE(organisation->text(), QStringLiteral("St. Example Hospital"));
        // A PDF folder that does not exist is refused, with the reason, and OK does nothing.
        auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("pdfFolderEdit"));
        folder->setText(m_dir.filePath(QStringLiteral("no-such-folder")));
        dialog.accept();
        QCOMPARE(dialog.result(), static_cast<int>(QDialog::Rejected));
        QVERIFY2(dialog.problemText().contains(QStringLiteral("not a folder")),
                 qPrintable(dialog.problemText()));
        folder->setText(m_dir.path());
        auto* paper = dialog.findChild<QComboBox*>(QStringLiteral("paperCombo"));
        paper->setCurrentIndex(paper->findData(static_cast<int>(report::Paper::Letter)));
        dialog.findChild<QSpinBox*>(QStringLiteral("highMonths"))->setValue(3);
        // The time-stamping authority: an https:// one is refused with the reason.
        auto* tsa = dialog.findChild<QLineEdit*>(QStringLiteral("timestampAuthorityEdit"));
        QVERIFY(tsa != nullptr);
        QVERIFY(tsa->text().isEmpty());
        tsa->setText(QStringLiteral("https://timestamp.example.org/"));
        dialog.accept();
        QCOMPARE(dialog.result(), static_cast<int>(QDialog::Rejected));
        QVERIFY2(dialog.problemText().contains(QStringLiteral("which Vouch does not speak")),
                 qPrintable(dialog.problemText()));
        if (!qEnvironmentVariableIsEmpty("VOUCH_SCREENSHOT_DIR")) {
            dialog.show();
            test::saveScreenshot(dialog, QStringLiteral("settings-tsa-refused"));
        }
        tsa->setText(QStringLiteral(" http://timestamp.example.org/tsa "));
        dialog.accept();
        QCOMPARE(dialog.result(), static_cast<int>(QDialog::Accepted));
        const auto chosen = dialog.preferences();
        QCOMPARE(chosen.timestampAuthority, std::string("http://timestamp.example.org/tsa"));
        QCOMPARE(chosen.paper, report::Paper::Letter);
        QCOMPARE(chosen.reviewIntervals.highMonths, 3);
        QCOMPARE(chosen.pdfFolder.string(), m_dir.path().toStdString());

        // The window uses them: a new assessment starts with the default organisation.
        test::newLibrary(m_dir, m_counter);
        auto workspace = test::workspaceAt(libraryPath());
        ui::MainWindow window(workspace);
        window.setPreferences(chosen);
        // Signing from the window asks the TSA of the settings.
        QCOMPARE(workspace.signing().timestampAuthority(),
                 std::string("http://timestamp.example.org/tsa"));
        auto* wizard = window.newAssessment();
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("organisationEdit"))->text(),
                 QStringLiteral("St. Example Hospital"));
        wizard->close();
    }

    // Issue 13: the list says how far each signed assessment is trusted, and a key that
    // borrows a trusted signer's name is called a look-alike.
    void eachSignedAssessmentShowsItsTrust()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const auto alice =
            test::makeSigningKey(m_dir.filePath(QStringLiteral("trust-alice.key")).toStdString(),
                                 {"Dr. Alice Example", "Officer", "alice@example.org"});
        const auto fake =
            test::makeSigningKey(m_dir.filePath(QStringLiteral("trust-fake.key")).toStdString(),
                                 {"Dr. Alice Example", "Officer", "alice@example.org"});
        const auto stranger =
            test::makeSigningKey(m_dir.filePath(QStringLiteral("trust-eve.key")).toStdString(),
                                 {"Eve Stranger", "Consultant", "eve@example.net"});
        test::trustKey(library, alice);
        const services::SigningService signing(&library, "officer");
        std::map<std::string, QString> expected;
        for (const auto& [title, key, label] :
             {std::tuple{"By Alice", &alice, QStringLiteral("Signed, trusted")},
              std::tuple{"By the look-alike", &fake, QStringLiteral("Signed, look-alike signer")},
              std::tuple{"By a stranger", &stranger, QStringLiteral("Signed, untrusted")}}) {
            auto document = m_baseline;
            document["meta"]["title"] = title;
            const auto id = test::createDraft(library, *m_questionnaire, document);
            QVERIFY(signing.signAssessment(id, *key, signing::SignatureRole::Assessor, "ok"));
            expected[title] = label;
        }
        auto document = m_baseline;
        document["meta"]["title"] = "Still a draft";
        test::createDraft(library, *m_questionnaire, document);
        expected["Still a draft"] = QStringLiteral("Draft");

        auto workspace = test::workspaceAt(libraryPath());
        ui::MainWindow window(workspace);
        auto* model = window.libraryView()->model();
        QCOMPARE(model->rowCount(), 4);
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto title = model->index(row, ui::LibraryModel::TitleColumn).data().toString();
            const auto status = model->index(row, ui::LibraryModel::StatusColumn);
            QCOMPARE(status.data().toString(), expected[title.toStdString()]);
            if (title == QStringLiteral("By the look-alike")) {
                QCOMPARE(status.data(ui::LibraryModel::TrustRole).toString(),
                         QStringLiteral("look-alike"));
                QVERIFY(status.data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("name or e-mail of a trusted signer")));
                // The signer's name alone would say "Dr. Alice Example".
                QCOMPARE(model->index(row, ui::LibraryModel::SignerColumn).data().toString(),
                         QStringLiteral("Dr. Alice Example"));
            }
            if (title == QStringLiteral("Still a draft")) {
                QCOMPARE(status.data(ui::LibraryModel::TrustRole).toString(), QString());
            }
        }
    }

    // Issue 13: a package with a look-alike approver signature is refused by the window's
    // import, which says why in one line (signer and key id) and changes nothing; kept as
    // a received copy on request, it is a marked row of its own and the original is
    // untouched.
    void aRefusedPackageCanBeKeptAsAMarkedReceivedCopy()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const auto alice =
            test::makeSigningKey(m_dir.filePath(QStringLiteral("copy-alice.key")).toStdString(),
                                 {"Dr. Alice Example", "Officer", "alice@example.org"});
        const auto fake =
            test::makeSigningKey(m_dir.filePath(QStringLiteral("copy-fake.key")).toStdString(),
                                 {"Dr. Alice Example", "Officer", "alice@example.org"});
        test::trustKey(library, alice);
        auto document = m_baseline;
        document["meta"]["title"] = "Original";
        const auto id = test::createDraft(library, *m_questionnaire, document);
        const services::SigningService signing(&library, "officer");
        QVERIFY(signing.signAssessment(id, alice, signing::SignatureRole::Assessor, "ok"));
        const QString forged = m_dir.filePath(QStringLiteral("forged-approval.vouch"));
        QVERIFY(signing.exportPackage(id, forged.toStdString()));
        QVERIFY(services::SigningService(nullptr, "mallory")
                    .signPackageFile(forged.toStdString(), fake, signing::SignatureRole::Approver,
                                     "I approve."));
        const auto originalRevision = (*library.assessment(id))->currentRevision;
        const auto historyLength = library.history(id)->size();
        const auto originalSignatures = [&library, &id, originalRevision] {
            auto stored = library.signatures(id, originalRevision);
            auto record = library.assessment(id);
            const bool unmoved =
                record && *record && (*record)->currentRevision == originalRevision;
            return stored && unmoved ? static_cast<int>(stored->size()) : -1;
        };
        QCOMPARE(originalSignatures(), 1);

        auto workspace = test::workspaceAt(libraryPath());
        ui::MainWindow window(workspace);
        auto* model = window.libraryView()->model();
        QCOMPARE(model->rowCount(), 1);
        const auto importOnce = [this, &window](int answer) {
            ui::prompts::queueChoice(answer);
            auto* job =
                window.startImport({m_dir.filePath(QStringLiteral("forged-approval.vouch"))});
            QSignalSpy finished(job, &ui::BulkJob::finished);
            return finished.wait(20000) ? finished.at(0).at(2).toInt() : -1;
        };
        QCOMPARE(importOnce(1), 1); // refused; "Do Not Import"
        const QString offer = ui::prompts::lastMessage();
        QVERIFY2(offer.startsWith(QStringLiteral("forged-approval.vouch was not imported:\n")),
                 qPrintable(offer));
        const QString reason = offer.section(QLatin1Char('\n'), 1, 1);
        QVERIFY2(reason.contains(QStringLiteral("claims to be Dr. Alice Example")),
                 qPrintable(reason));
        QVERIFY2(reason.contains(QString::fromStdString(fake.publicKey().keyId)),
                 qPrintable(reason));
        QVERIFY(offer.contains(QStringLiteral("received copy")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(library.list({})->total, 1);
        QCOMPARE(originalSignatures(), 1);

        QCOMPARE(importOnce(0), 1); // refused again; "Keep as Received Copy"
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(library.list({})->total, 2);
        QVERIFY2(window.statusText().contains(QStringLiteral("as a received copy")),
                 qPrintable(window.statusText()));
        const int originalRow = model->rowOf(QString::fromStdString(id));
        QVERIFY(originalRow >= 0);
        const int copyRow = 1 - originalRow;
        const auto copyTitle = model->index(copyRow, ui::LibraryModel::TitleColumn);
        QCOMPARE(copyTitle.data().toString(), QStringLiteral("Received copy of Original"));
        QCOMPARE(copyTitle.data(ui::LibraryModel::ReceivedCopyOfRole).toString(),
                 QString::fromStdString(id));
        QCOMPARE(model->index(copyRow, ui::LibraryModel::StatusColumn).data().toString(),
                 QStringLiteral("Received copy, look-alike signer"));
        // The original is as it was: its title, trusted, one signature, one revision.
        QCOMPARE(model->index(originalRow, ui::LibraryModel::TitleColumn).data().toString(),
                 QStringLiteral("Original"));
        QCOMPARE(model->index(originalRow, ui::LibraryModel::TitleColumn)
                     .data(ui::LibraryModel::ReceivedCopyOfRole)
                     .toString(),
                 QString());
        QCOMPARE(model->index(originalRow, ui::LibraryModel::StatusColumn).data().toString(),
                 QStringLiteral("Signed, trusted"));
        QCOMPARE(originalSignatures(), 1);
        QCOMPARE(library.history(id)->size(), historyLength);

        // A received copy is reviewed, never revised, countersigned or deleted; its review
        // is its own, not the original's.
        const QString copyId = copyTitle.data(ui::LibraryModel::IdRole).toString();
        window.libraryView()->table()->selectRow(copyRow);
        QCOMPARE(window.libraryView()->currentId(), copyId);
        for (const auto* name : {"actionNewRevision", "actionCountersign", "actionContinueDraft",
                                 "actionDeleteDraft", "actionUpdateQuestionnaire"}) {
            QVERIFY2(!window.findChild<QAction*>(QString::fromLatin1(name))->isEnabled(), name);
        }
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionReview"))->isEnabled());
        QVERIFY(window.reviewAssessment(copyId));
        auto* review = window.findChild<ui::PackageReviewDialog*>();
        QVERIFY(review != nullptr);
        QVERIFY(review->findChild<QLabel*>(QStringLiteral("receivedCopyBanner")) != nullptr);
        QCOMPARE(review->findChild<QLabel*>(QStringLiteral("verificationBanner"))->accessibleName(),
                 QStringLiteral("Look-alike signer: do not rely on this sign-off"));
        QVERIFY(review->findChild<QPushButton*>(QStringLiteral("newRevisionButton")) == nullptr);
        QVERIFY(review->historyTable() == nullptr);
        QVERIFY(!review->findChild<QPushButton*>(QStringLiteral("countersignButton"))->isEnabled());
        QVERIFY(review->startCountersign() == nullptr);
        delete review;

        // The same package again: the copy is there already, nothing is added.
        QCOMPARE(importOnce(0), 1);
        QCOMPARE(library.list({})->total, 2);
        QVERIFY2(window.statusText().contains(QStringLiteral("already")),
                 qPrintable(window.statusText()));
    }

    void aDroppedPackageIsImportedAndAnOverdueReviewIsMarked()
    {
        // A signed assessment from another organisation's library, as a package file.
        auto sender = test::newLibrary(m_dir, m_counter);
        auto document = m_baseline;
        document["meta"]["title"] = "From elsewhere";
        document["meta"]["review_due"] = "2020-01-31";
        const auto id = test::createDraft(sender, *m_questionnaire, document);
        const auto key =
            test::makeSigningKey(m_dir.filePath(QStringLiteral("sender.key")).toStdString(),
                                 {"Sam Sender", "Officer", "sam@example.org"});
        const services::SigningService signing(&sender, "sam");
        QVERIFY(signing.signAssessment(id, key, signing::SignatureRole::Assessor, "ok"));
        const QString package = m_dir.filePath(QStringLiteral("received.vouch"));
        QVERIFY(signing.exportPackage(id, package.toStdString()));

        // Only a package by a trusted signer is imported.
        test::trustKey(test::newLibrary(m_dir, m_counter), key);
        auto workspace = test::workspaceAt(libraryPath());
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(package)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &drop);
        auto* model = window.libraryView()->model();
        // The import runs on a worker thread; the window updates when it is done.
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("From elsewhere"));
        QCOMPARE(model->index(0, ui::LibraryModel::StatusColumn).data().toString(),
                 QStringLiteral("Signed, trusted"));
        QCOMPARE(model->index(0, ui::LibraryModel::SignerColumn).data().toString(),
                 QStringLiteral("Sam Sender"));
        QCOMPARE(model->index(0, ui::LibraryModel::ReviewDueColumn).data().toString(),
                 QStringLiteral("2020-01-31 (overdue)"));
        auto* overdue = window.findChild<QCheckBox*>(QStringLiteral("reviewOverdueFilter"));
        overdue->setChecked(true);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(window.statusText(), QStringLiteral("1 of 1 done."));

        // A file that is not a package is refused with a line naming it; nothing changes.
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.vouch"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json");
        file.close();
        auto* job = window.startImport({bogus, package});
        QSignalSpy finished(job, &ui::BulkJob::finished);
        QVERIFY(finished.wait(20000));
        const QString summary = finished.at(0).at(0).toString();
        QCOMPARE(finished.at(0).at(1).toInt(), 1); // the good one again: already there
        QCOMPARE(finished.at(0).at(2).toInt(), 1);
        QVERIFY2(summary.contains(QStringLiteral("bogus.vouch: ") + bogus), qPrintable(summary));
        QCOMPARE(ui::prompts::lastMessage(), summary);
        QCOMPARE(model->rowCount(), 1);
        overdue->setChecked(false);

        // Export the signed assessment as a PDF and as a package.
        auto* view = window.libraryView();
        view->table()->selectRow(0);
        const QString pdf = m_dir.filePath(QStringLiteral("exported.pdf"));
        const QString exported = m_dir.filePath(QStringLiteral("exported.vouch"));
        // Export PDF shows a preview first; Save writes the export, Print prints it.
        auto* preview = window.previewPdf(QString::fromStdString(id), pdf);
        QVERIFY(preview != nullptr);
        QVERIFY(preview->pageCount() >= 2);
        if (!qEnvironmentVariableIsEmpty("VOUCH_SCREENSHOT_DIR")) {
            preview->show();
            QTest::qWait(800); // QPdfView renders its pages in the background
            test::saveScreenshot(*preview, QStringLiteral("pdf-preview"));
        }
        QVERIFY(!QFileInfo::exists(pdf)); // nothing written before Save
        QVERIFY(preview->saveTo(pdf).isEmpty());
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(window.statusText().contains(QStringLiteral("exported.pdf")));
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QVERIFY(preview->printTo(printer));
        // Real pages, not blank ones: rendered text makes the images large.
        QVERIFY2(QFileInfo(printed).size() > 50000,
                 qPrintable(QString::number(QFileInfo(printed).size())));
        delete preview;
        // A preview of something that cannot be rendered says why and shows nothing.
        QVERIFY(window.previewPdf(QStringLiteral("no-such-id"), pdf) == nullptr);
        QVERIFY(ui::prompts::lastMessage().contains(QStringLiteral("no-such-id")));
        ui::prompts::queueFiles({exported});
        window.findChild<QAction*>(QStringLiteral("actionExportPackage"))->trigger();
        QVERIFY(QFileInfo(exported).size() > 1000);

        // Duplicate: a new draft with the same answers.
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionDuplicate"))->isEnabled());
        window.findChild<QAction*>(QStringLiteral("actionDuplicate"))->trigger();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(view->currentRecord()->fields.title, std::string("Copy of From elsewhere"));
        QCOMPARE(view->currentRecord()->status, std::string("draft"));

        // Export everything listed, off the GUI thread, into a folder.
        const QString folder = m_dir.filePath(QStringLiteral("export-all"));
        QVERIFY(QDir().mkpath(folder));
        auto* exportJob = window.startExportAll(services::ExportFormat::Pdf, folder);
        QSignalSpy exportedAll(exportJob, &ui::BulkJob::finished);
        QVERIFY(exportedAll.wait(60000));
        QCOMPARE(exportedAll.at(0).at(1).toInt(), 2);
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 2);

        // A new revision of the signed one: a draft on top, the signed revision kept.
        const int signedRow = model->rowOf(QString::fromStdString(id));
        view->table()->selectRow(signedRow);
        auto* revise = window.findChild<QAction*>(QStringLiteral("actionNewRevision"));
        QVERIFY(revise->isEnabled());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionDeleteDraft"))->isEnabled());
        revise->trigger();
        auto* wizard = window.findChild<QWizard*>();
        QVERIFY(wizard != nullptr);
        auto* workload = wizard->findChild<QLineEdit*>(QStringLiteral("workloadEdit"));
        QTest::keyClicks(workload, QStringLiteral(" v2"));
        wizard->close();
        const auto* library = window.library();
        auto record = library->assessment(id);
        QCOMPARE((*record)->status, std::string("draft"));
        auto history = library->history(id);
        QCOMPARE(history->size(), std::size_t{2});
        QCOMPARE(history->front().kind, store::RevisionKind::Signed);
    }
};

QTEST_MAIN(TestLibraryWindow)
#include "TestLibraryWindow.moc"
