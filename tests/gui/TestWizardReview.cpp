// SPDX-License-Identifier: Apache-2.0
// What the wizard shows of the evaluation, driven as an officer would: an action is
// planned for the finding the officer selected, a finding reads in full (reasons,
// answers, dated sources) on the review page and in the side panel, and a long evidence
// file name does not squeeze the responsibility matrix.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "model/Answers.h"
#include "services/AssessmentService.h"
#include "ui/MainWindow.h"
#include "ui/UserPrompts.h"
#include "ui/library/LibraryView.h"
#include "ui/questions/ChoiceAnswerWidget.h"
#include "ui/questions/MatrixAnswerWidget.h"
#include "ui/questions/SectionForm.h"
#include "ui/wizard/ActionPlanEditor.h"
#include "ui/wizard/AssessmentWizard.h"
#include "ui/wizard/ReviewPage.h"
#include "ui/wizard/SectionPage.h"
#include "ui/wizard/WizardSidePanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace vouch;

namespace {

void clickNext(QWizard& wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

void chooseByHand(ui::AssessmentWizard& wizard, const std::string& questionId, const QString& value)
{
    auto* page = wizard.sectionPage(wizard.draft().sectionOf(questionId));
    auto* choice = qobject_cast<ui::ChoiceAnswerWidget*>(page->form()->questionWidget(questionId));
    QVERIFY(choice != nullptr);
    auto* button = choice->button(value);
    QVERIFY(button != nullptr);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    QVERIFY(button->isChecked());
}

// Types into a table cell through its editor, then Enter commits it.
void typeIntoCell(QTableWidget& table, int row, int column, const QString& text)
{
    table.setCurrentCell(row, column);
    table.editItem(table.item(row, column));
    // The item editor, not the line edit inside a cell's date widget.
    auto* editor = table.viewport()->findChild<QLineEdit*>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(editor != nullptr);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor through a queued call.
    QTRY_COMPARE(table.item(row, column)->text(), text);
}

QTreeWidgetItem* findingItem(QTreeWidget& findings, const QString& id)
{
    for (int i = 0; i < findings.topLevelItemCount(); ++i) {
        if (findings.topLevelItem(i)->data(0, Qt::UserRole).toString() == id) {
            return findings.topLevelItem(i);
        }
    }
    return nullptr;
}

void clickItem(QTreeWidget& tree, QTreeWidgetItem* item)
{
    const QRect rect = tree.visualItemRect(item);
    QTest::mouseClick(tree.viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestWizardReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::filesystem::path newLibraryPath()
    {
        return m_dir.filePath(QStringLiteral("review%1.vouchdb").arg(++m_counter)).toStdString();
    }

    // A draft with a title and an EU-only workload on a global deployment: several
    // findings that take actions, the residency conflict among them.
    static void startConflictingDraft(ui::AssessmentWizard& wizard, const QString& title)
    {
        wizard.resize(1280, 800);
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("titleEdit")), title);
        clickNext(wizard);
        // Everything else answered cleanly (tests/data/scenarios), then the conflict by hand.
        auto baseline =
            model::loadAnswersFile(test::baselineAnswersPath(), wizard.draft().questionnaire());
        QVERIFY(baseline.ok());
        for (const auto& [question, value] : baseline.value->values) {
            wizard.draft().setAnswer(question, value);
        }
        chooseByHand(wizard, "deployment.type", QStringLiteral("global"));
        chooseByHand(wizard, "data.residency_requirement", QStringLiteral("eu_eea"));
        chooseByHand(wizard, "deployment.sku_policy", QStringLiteral("no"));
        QVERIFY(wizard.draft().evaluation().hasFinding("residency-conflict"));
        QVERIFY(wizard.draft().evaluation().hasFinding("sku-policy-missing"));
    }

    static void goToReview(ui::AssessmentWizard& wizard)
    {
        wizard.goToSection(static_cast<int>(wizard.draft().questionnaire().sections.size()) - 1);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), wizard.reviewPageId());
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::prompts::recordMessagesOnly(true);
        test::useDarkPaletteIfAsked();
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void addActionLinksTheSelectedFinding()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        startConflictingDraft(*wizard, QStringLiteral("Ambient scribe"));
        goToReview(*wizard);
        auto* review = wizard->reviewPage();
        QCOMPARE(wizard->currentPage(), review);
        auto* findings = review->findings();
        auto* add = wizard->findChild<QPushButton*>(QStringLiteral("addAction"));
        // Nothing selected: no silent choice of a finding, and the button says why.
        QVERIFY(review->selectedFinding().isEmpty());
        QVERIFY(!add->isEnabled());
        QVERIFY2(add->toolTip().contains(QStringLiteral("Select a finding")),
                 qPrintable(add->toolTip()));

        // The second finding that takes actions, not the first.
        QStringList actionable;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            const auto id = findings->topLevelItem(i)->data(0, Qt::UserRole).toString();
            for (const auto& finding : wizard->draft().evaluation().findings) {
                if (QString::fromStdString(finding.id) == id &&
                    finding.severity != model::Severity::Info) {
                    actionable << id;
                }
            }
        }
        QVERIFY2(actionable.size() >= 2, qPrintable(actionable.join(QLatin1Char(','))));
        const QString second = actionable.at(1);
        clickItem(*findings, findingItem(*findings, second));
        QCOMPARE(review->selectedFinding(), second);
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);

        auto* table = wizard->findChild<QTableWidget*>(QStringLiteral("actionTable"));
        QCOMPARE(table->rowCount(), 1);
        typeIntoCell(*table, 0, ui::ActionPlanEditor::WhatColumn,
                     QStringLiteral("Fix the second risk"));
        typeIntoCell(*table, 0, ui::ActionPlanEditor::OwnerColumn, QStringLiteral("Platform team"));
        test::saveScreenshot(*wizard, QStringLiteral("wizard-review-selected-finding"));
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);

        const auto* library = window.library();
        const services::AssessmentService service(*library, "test");
        auto opened = service.open(library->list({})->rows.front().id);
        QVERIFY(opened.ok());
        QCOMPARE(opened->payload.answers.actions.size(), std::size_t{1});
        QCOMPARE(opened->payload.answers.actions.front().finding, second.toStdString());
        QCOMPARE(opened->payload.answers.actions.front().what, std::string("Fix the second risk"));
    }

    void aFindingReadsInFull()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        startConflictingDraft(*wizard, QStringLiteral("Long reasons"));
        const auto& questionnaire = wizard->draft().questionnaire();
        const model::Rule* rule = nullptr;
        for (const auto& candidate : questionnaire.rules) {
            if (candidate.id == "residency-conflict") {
                rule = &candidate;
            }
        }
        QVERIFY(rule != nullptr);
        QVERIFY(rule->rationale.size() > 300); // a long text: the one the list used to cut
        const auto* source = questionnaire.source(rule->sources.front());
        const auto asOf = QStringLiteral("as of %1").arg(QString::fromStdString(source->asOf));
        const auto* deployment = questionnaire.question("deployment.type");
        auto deploymentLabel = QString::fromStdString(deployment->option("global")->label);

        const auto checkShownInFull = [&](QTextBrowser& details) {
            QVERIFY(details.isVisible());
            const QString shown = details.toPlainText();
            QVERIFY2(shown.contains(QString::fromStdString(rule->rationale)), qPrintable(shown));
            QVERIFY2(shown.contains(QString::fromStdString(rule->recommendation)),
                     qPrintable(shown));
            QVERIFY2(!shown.contains(QChar(0x2026)), qPrintable(shown)); // no "…"
            QVERIFY2(shown.contains(deploymentLabel), qPrintable(shown.right(700)));
            QVERIFY2(shown.contains(QString::fromStdString(source->title)), qPrintable(shown));
            QVERIFY2(shown.contains(asOf), qPrintable(shown));
            // Wrapped, not cut or scrolled sideways.
            QCOMPARE(details.horizontalScrollBar()->maximum(), 0);
        };

        // The side panel: the current finding in full.
        auto* live = wizard->sidePanel()->findings();
        QListWidgetItem* conflict = nullptr;
        for (int i = 0; i < live->count(); ++i) {
            if (live->item(i)->data(Qt::UserRole).toString() ==
                QStringLiteral("residency-conflict")) {
                conflict = live->item(i);
            }
        }
        QVERIFY(conflict != nullptr);
        QTest::mouseClick(live->viewport(), Qt::LeftButton, {},
                          live->visualItemRect(conflict).center());
        checkShownInFull(*wizard->sidePanel()->findingDetails());
        // It stays shown while the officer keeps answering.
        chooseByHand(*wizard, "deployment.type", QStringLiteral("data_zone_us"));
        deploymentLabel = QString::fromStdString(deployment->option("data_zone_us")->label);
        checkShownInFull(*wizard->sidePanel()->findingDetails());
        test::saveScreenshot(*wizard, QStringLiteral("wizard-side-panel-finding"));

        goToReview(*wizard);
        auto* review = wizard->reviewPage();
        QCOMPARE(wizard->currentPage(), review);
        auto* item = findingItem(*review->findings(), QStringLiteral("residency-conflict"));
        QVERIFY(item != nullptr);
        clickItem(*review->findings(), item);
        checkShownInFull(*review->findingDetails());
        test::saveScreenshot(*wizard, QStringLiteral("wizard-review-finding"));
        wizard->close();
    }

    void tabReachesTheAnswerBeforeAttachEvidence()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit")),
                         QStringLiteral("Keyboard"));
        clickNext(*wizard);
        QApplication::setActiveWindow(wizard);
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        auto* page = wizard->sectionPage(wizard->draft().sectionOf("deployment.type"));
        auto* question = page->form()->questionWidget("deployment.type");
        auto* help = question->findChild<QWidget*>(QStringLiteral("helpButton"));
        auto* attach = question->findChild<QWidget*>(QStringLiteral("attachEvidence"));
        help->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), help);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* option = qobject_cast<QRadioButton*>(QApplication::focusWidget());
        QVERIFY2(option != nullptr && question->isAncestorOf(option),
                 QApplication::focusWidget()->objectName().toUtf8().constData());
        // Arrows move between the options; Tab leaves them for the evidence button.
        QTest::keyClick(option, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), attach);
        wizard->close();
    }

    // An open "Why?" panel is one tab stop, not one per source link in it.
    void anOpenWhyPanelIsOneTabStop()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit")),
                         QStringLiteral("Keyboard help"));
        clickNext(*wizard);
        QApplication::setActiveWindow(wizard);
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        auto* page = wizard->sectionPage(wizard->draft().sectionOf("deployment.type"));
        auto* question = page->form()->questionWidget("deployment.type");
        auto* help = question->findChild<QWidget*>(QStringLiteral("helpButton"));
        auto* panel = question->findChild<QTextBrowser*>(QStringLiteral("questionHelp"));
        help->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), help);
        QTest::keyClick(help, Qt::Key_Space); // opens the panel
        QTRY_VERIFY(panel->isVisible());
        // The panel cites sources with links; Tab must not stop on each of them.
        QVERIFY(panel->toHtml().count(QStringLiteral("<a href=")) >= 2);
        QTest::keyClick(help, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panel);
        QTest::keyClick(panel, Qt::Key_Tab);
        auto* option = qobject_cast<QRadioButton*>(QApplication::focusWidget());
        QVERIFY2(option != nullptr && question->isAncestorOf(option),
                 qPrintable(QApplication::focusWidget()->objectName()));
        QTest::keyClick(option, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), panel);
        wizard->close();
    }

    // Tab leaves the responsibility matrix; arrows move in it, and Space on a status cell
    // puts the cursor in its box, where the arrows choose the status.
    void tabLeavesTheResponsibilityMatrix()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit")),
                         QStringLiteral("Keyboard matrix"));
        clickNext(*wizard);
        QApplication::setActiveWindow(wizard);
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        const int section = wizard->draft().sectionOf("responsibility.matrix");
        wizard->goToSection(section);
        auto* matrix = qobject_cast<ui::MatrixAnswerWidget*>(
            wizard->sectionPage(section)->form()->questionWidget("responsibility.matrix"));
        QVERIFY(matrix != nullptr);
        auto* table = matrix->table();
        auto* attach = matrix->findChild<QWidget*>(QStringLiteral("attachRowEvidence"));
        matrix->focusAnswer();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        table->setCurrentCell(0, ui::MatrixAnswerWidget::StatusColumn);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentRow(), 1);
        QTest::keyClick(table, Qt::Key_Space);
        auto* status = matrix->statusBox(1);
        QCOMPARE(QApplication::focusWidget(), status);
        QCOMPARE(status->currentIndex(), 0);
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(status->currentIndex(), 1);
        // Tab goes on to the button after the matrix, not round the cells or the boxes.
        QTest::keyClick(status, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), attach);
        QTest::keyClick(attach, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), attach);
        const auto* answer = wizard->draft().answers().find("responsibility.matrix");
        QVERIFY(answer != nullptr);
        const auto& entries = std::get<model::MatrixAnswer>(*answer);
        QCOMPARE(entries.size(), std::size_t{1});
        wizard->close();
    }

    void ctrlEContinuesTheDraftAtStartUp()
    {
        const auto path = newLibraryPath();
        {
            auto firstWorkspace = test::workspaceAt(path);
            ui::MainWindow first(firstWorkspace);
            auto* wizard = first.newAssessment();
            QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit")),
                             QStringLiteral("Left for tomorrow"));
            clickNext(*wizard);
            wizard->close();
        }
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        auto* search = window.libraryView()->searchField();
        // On X11 desktops (xcb) a line edit claims Ctrl+E as "end of line"; the search
        // field must leave it to the window. (The offscreen platform binds only End.)
        QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_E, Qt::ControlModifier);
        override.ignore();
        QApplication::sendEvent(search, &override);
        QVERIFY(!override.isAccepted());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Wherever the cursor is at start-up, the search field included, Ctrl+E works.
        for (auto* focus :
             {static_cast<QWidget*>(QApplication::focusWidget()), static_cast<QWidget*>(search)}) {
            QVERIFY(focus != nullptr);
            focus->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), focus);
            QTest::keyClick(focus, Qt::Key_E, Qt::ControlModifier);
            auto* wizard = window.findChild<ui::AssessmentWizard*>();
            QVERIFY2(wizard != nullptr, qPrintable(focus->objectName()));
            QCOMPARE(wizard->draft().meta().title, std::string("Left for tomorrow"));
            wizard->close();
            delete wizard;
        }
    }

    void aLongEvidenceFileNameDoesNotSqueezeTheMatrix()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        wizard->resize(1280, 800);
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit")),
                         QStringLiteral("Evidence names"));
        clickNext(*wizard);
        auto& draft = wizard->draft();
        const int section = draft.sectionOf("responsibility.matrix");
        const auto* question = draft.questionnaire().question("responsibility.matrix");
        const QString item = QString::fromStdString(question->items.front().id);

        const QString name =
            QString(196, QLatin1Char('x')).replace(0, 9, QStringLiteral("signed-dp")) +
            QStringLiteral(".pdf");
        QCOMPARE(name.size(), 200);
        const QString file = m_dir.filePath(name);
        QFile out(file);
        QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(out.errorString()));
        out.write("%PDF-1.4 not really");
        out.close();
        QVERIFY(wizard->attachEvidence(QStringLiteral("responsibility.matrix"), item, {file})
                    .isEmpty());
        wizard->goToSection(section);
        auto* matrix = qobject_cast<ui::MatrixAnswerWidget*>(
            wizard->sectionPage(section)->form()->questionWidget("responsibility.matrix"));
        QVERIFY(matrix != nullptr);
        auto* table = matrix->table();
        QVERIFY(table->isVisible());
        QTest::qWait(0);

        auto* files = table->item(0, ui::MatrixAnswerWidget::FilesColumn);
        QVERIFY2(files->toolTip().contains(name), qPrintable(files->toolTip()));
        const auto* header = table->horizontalHeader();
        const int digit = table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
        const int itemWidth = header->sectionSize(ui::MatrixAnswerWidget::ItemColumn);
        const int noteWidth = header->sectionSize(ui::MatrixAnswerWidget::NoteColumn);
        const int filesWidth = header->sectionSize(ui::MatrixAnswerWidget::FilesColumn);
        const QString widths = QStringLiteral("item %1, note %2, files %3, viewport %4")
                                   .arg(itemWidth)
                                   .arg(noteWidth)
                                   .arg(filesWidth)
                                   .arg(table->viewport()->width());
        // Item and Evidence note keep room for words, not a few characters.
        QVERIFY2(itemWidth >= 20 * digit, qPrintable(widths));
        QVERIFY2(noteWidth >= 20 * digit, qPrintable(widths));
        QVERIFY2(filesWidth < table->fontMetrics().horizontalAdvance(name) / 2, qPrintable(widths));
        // Every column fits: no sideways scrolling through the matrix.
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        test::saveScreenshot(*wizard, QStringLiteral("wizard-matrix-long-file-name"));
        wizard->close();
    }
};

QTEST_MAIN(TestWizardReview)
#include "TestWizardReview.moc"
