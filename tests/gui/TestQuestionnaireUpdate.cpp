// SPDX-License-Identifier: Apache-2.0
// "Update to the Current Questionnaire" in the window: an assessment answered on
// questionnaire 1.0.0 keeps opening on its own snapshot; the action shows the migration
// report before anything is saved, Save stores a new draft revision with the report, and
// the revision comparison shows how tier, verdict and findings moved.
#include "GuiTestSupport.h"
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "migration/MigrationReport.h"
#include "ui/MainWindow.h"
#include "ui/MigrationReportDialog.h"
#include "ui/PackageReviewDialog.h"
#include "ui/RevisionComparisonDialog.h"
#include "ui/UserPrompts.h"
#include "ui/library/LibraryView.h"
#include "ui/wizard/AssessmentWizard.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vouch;

namespace {

template <typename T> T* openWindowOf()
{
    for (auto* widget : QApplication::topLevelWidgets()) {
        if (auto* found = qobject_cast<T*>(widget); found != nullptr && found->isVisible()) {
            return found;
        }
    }
    return nullptr;
}

} // namespace

class TestQuestionnaireUpdate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A library with one draft answered on questionnaire 1.0.0; its path and the id.
    std::pair<std::filesystem::path, std::string> libraryWithAnOldDraft()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        const auto older = model::loadQuestionnaireSnapshotFile(
            test::dataPath("migration/azure-openai-1.0.0.json"));
        if (!older.ok()) {
            qFatal("%s", older.errors.front().toString().c_str());
        }
        const auto id = test::createDraft(
            library, *older.value,
            test::readJson(test::dataPath("migration/azure-openai-1.0.0-answers.json")));
        return {library.path(), id};
    }

    static services::OpenedRevision opened(const std::filesystem::path& path, const std::string& id,
                                           std::optional<int> number = {})
    {
        auto library = store::Library::open(path, store::OpenIntent::MustExist);
        const services::AssessmentService service(*library, "test");
        auto revision = service.open(id, number);
        if (!revision) {
            qFatal("%s", revision.error().message.c_str());
        }
        return std::move(*revision);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ui::prompts::recordMessagesOnly(true);
    }

    void theActionShowsTheReportThenSavesANewDraftRevision()
    {
        const auto [path, id] = libraryWithAnOldDraft();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.libraryView()->table()->selectRow(0);
        auto* action = window.findChild<QAction*>(QStringLiteral("actionUpdateQuestionnaire"));
        QVERIFY(action != nullptr);
        QVERIFY(action->isEnabled());
        action->trigger();

        // The report comes first; nothing is saved yet.
        auto* report = openWindowOf<ui::MigrationReportDialog>();
        QVERIFY(report != nullptr);
        QVERIFY2(report->outcomeText().contains(QStringLiteral("1.0.0")),
                 qPrintable(report->outcomeText()));
        QVERIFY(report->outcomeText().contains(QStringLiteral("Verdict:")));
        QVERIFY(report->changes()->rowCount() > 0);
        QCOMPARE(opened(path, id).revision.number, 1);
        QCOMPARE(opened(path, id).payload.questionnaire.version, std::string("1.0.0"));

        QTest::mouseClick(report->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(openWindowOf<ui::MigrationReportDialog>() == nullptr);

        // Saved: revision 2 on the shipped questionnaire, with the report; revision 1 as it was.
        const auto shipped = test::readJson(test::shippedQuestionnairePath());
        const auto migrated = opened(path, id);
        QCOMPARE(migrated.revision.number, 2);
        QCOMPARE(migrated.revision.kind, store::RevisionKind::Draft);
        QCOMPARE(migrated.payload.questionnaire.version, shipped["version"].get<std::string>());
        QVERIFY(migrated.payload.migration.has_value());
        const auto kept = migration::reportFromJson(*migrated.payload.migration);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->from.version, std::string("1.0.0"));
        QCOMPARE(static_cast<int>(kept->carried.size() + kept->mapped.size()),
                 static_cast<int>(opened(path, id, 1).payload.answers.values.size()));
        QCOMPARE(opened(path, id, 1).payload.questionnaire.version, std::string("1.0.0"));
        QVERIFY(window.statusText().contains(QStringLiteral("revision 2")));

        // The comparison of revision 1 and 2 opens, saying how the verdict moved.
        auto* comparison = openWindowOf<ui::RevisionComparisonDialog>();
        QVERIFY(comparison != nullptr);
        QVERIFY2(comparison->outcomeText().contains(QStringLiteral("Verdict:")),
                 qPrintable(comparison->outcomeText()));
        comparison->close();

        // A second update has nothing to do and says so.
        window.libraryView()->table()->selectRow(0);
        action->trigger();
        QVERIFY(openWindowOf<ui::MigrationReportDialog>() == nullptr);
        QVERIFY2(window.statusText().contains(QStringLiteral("nothing changed")),
                 qPrintable(window.statusText()));
        QCOMPARE(opened(path, id).revision.number, 2);
    }

    void cancellingTheReportSavesNothing()
    {
        const auto [path, id] = libraryWithAnOldDraft();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        window.libraryView()->table()->selectRow(0);
        window.findChild<QAction*>(QStringLiteral("actionUpdateQuestionnaire"))->trigger();
        auto* report = openWindowOf<ui::MigrationReportDialog>();
        QVERIFY(report != nullptr);
        report->reject();
        QTRY_VERIFY(openWindowOf<ui::MigrationReportDialog>() == nullptr);
        QCOMPARE(opened(path, id).revision.number, 1);
        QCOMPARE(opened(path, id).payload.questionnaire.version, std::string("1.0.0"));
    }

    // In review mode the button asks the window for the same report.
    void theWizardOffersTheUpdateAndResumesOnTheNewQuestions()
    {
        // A draft answered on 1.0.0, continued in the wizard: the side panel offers the
        // current questionnaire; the update shows its report, and after Save the wizard
        // opens again on the updated draft (where its new questions are), without the
        // offer.
        const auto [path, id] = libraryWithAnOldDraft();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        auto* wizard = window.continueAssessment(QString::fromStdString(id));
        QVERIFY(wizard != nullptr);
        auto* update = wizard->findChild<QPushButton*>(QStringLiteral("updateQuestionnaireButton"));
        QVERIFY(update != nullptr);
        QVERIFY(update->isVisible());
        const auto shipped = test::readJson(test::shippedQuestionnairePath());
        const auto version = QString::fromStdString(shipped["version"].get<std::string>());
        QVERIFY2(update->text().contains(version), qPrintable(update->text()));
        QTest::mouseClick(update, Qt::LeftButton);
        QTRY_VERIFY(openWindowOf<ui::AssessmentWizard>() == nullptr);
        auto* report = openWindowOf<ui::MigrationReportDialog>();
        QVERIFY(report != nullptr);
        QCOMPARE(opened(path, id).revision.number, 1);
        QTest::mouseClick(report->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(opened(path, id).revision.number, 2);
        if (auto* comparison = openWindowOf<ui::RevisionComparisonDialog>()) {
            comparison->close();
        }
        auto* again = openWindowOf<ui::AssessmentWizard>();
        QVERIFY(again != nullptr);
        QCOMPARE(QString::fromStdString(again->draft().questionnaire().version), version);
        auto* offer = again->findChild<QPushButton*>(QStringLiteral("updateQuestionnaireButton"));
        QVERIFY(offer == nullptr || !offer->isVisible());
        again->close();
    }

    void reviewModeOffersTheUpdate()
    {
        const auto [path, id] = libraryWithAnOldDraft();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(window.reviewAssessment(QString::fromStdString(id)));
        auto* review = openWindowOf<ui::PackageReviewDialog>();
        QVERIFY(review != nullptr);
        auto* update = review->findChild<QPushButton*>(QStringLiteral("updateQuestionnaireButton"));
        QVERIFY(update != nullptr);
        QTest::mouseClick(update, Qt::LeftButton);
        auto* report = openWindowOf<ui::MigrationReportDialog>();
        QVERIFY(report != nullptr);
        QTest::mouseClick(report->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(opened(path, id).revision.number, 2);
        QVERIFY(opened(path, id).payload.migration.has_value());
        if (auto* comparison = openWindowOf<ui::RevisionComparisonDialog>()) {
            comparison->close();
        }
    }
};

QTEST_MAIN(TestQuestionnaireUpdate)
#include "TestQuestionnaireUpdate.moc"
