// SPDX-License-Identifier: Apache-2.0
// The wizard driven as an officer would: by keyboard and clicks, from New Assessment to
// a signed, exported sign-off; and the things it must refuse or remember.
#include "GuiTestSupport.h"
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "services/SignerIdentities.h"
#include "ui/MainWindow.h"
#include "ui/PackageReviewDialog.h"
#include "ui/RevisionComparisonDialog.h"
#include "ui/UserPrompts.h"
#include "ui/library/LibraryView.h"
#include "ui/questions/ChoiceAnswerWidget.h"
#include "ui/questions/DateAnswerWidget.h"
#include "ui/questions/MatrixAnswerWidget.h"
#include "ui/questions/MultipleChoiceAnswerWidget.h"
#include "ui/questions/SectionForm.h"
#include "ui/questions/TextAnswerWidget.h"
#include "ui/wizard/AssessmentWizard.h"
#include "ui/wizard/ReviewPage.h"
#include "ui/wizard/SectionPage.h"
#include "ui/wizard/SignOffPage.h"
#include "ui/wizard/WizardSidePanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <poppler-qt6.h>

using namespace vouch;

namespace {

void trigger(QWidget& window, const char* name)
{
    auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
    QVERIFY2(action != nullptr, name);
    QVERIFY2(action->isEnabled(), name);
    action->trigger();
}

// Answers one question through its widget, as a user would: clicks for choices,
// typing for text.
void answerByHand(ui::QuestionWidget* widget, const nlohmann::json& value)
{
    if (auto* choice = qobject_cast<ui::ChoiceAnswerWidget*>(widget)) {
        auto* button = choice->button(QString::fromStdString(value.get<std::string>()));
        QVERIFY(button != nullptr);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
        QVERIFY(button->isChecked());
    } else if (auto* multiple = qobject_cast<ui::MultipleChoiceAnswerWidget*>(widget)) {
        for (const auto& item : value) {
            auto* box = multiple->box(QString::fromStdString(item.get<std::string>()));
            QVERIFY(box != nullptr);
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
            QVERIFY(box->isChecked());
        }
    } else if (auto* text = qobject_cast<ui::TextAnswerWidget*>(widget)) {
        QTest::keyClicks(text->editor(), QString::fromStdString(value.get<std::string>()));
    } else if (auto* date = qobject_cast<ui::DateAnswerWidget*>(widget)) {
        date->editor()->setDate(
            QDate::fromString(QString::fromStdString(value.get<std::string>()), Qt::ISODate));
    } else if (auto* matrix = qobject_cast<ui::MatrixAnswerWidget*>(widget)) {
        auto* table = matrix->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            const auto id = table->item(row, ui::MatrixAnswerWidget::ItemColumn)
                                ->data(Qt::UserRole)
                                .toString()
                                .toStdString();
            const auto& entry = value.at(id);
            auto* box = matrix->statusBox(row);
            const auto status =
                model::matrixStatusFromString(entry.at("status").get<std::string>());
            box->setCurrentIndex(box->findData(static_cast<int>(*status)));
            if (entry.contains("evidence")) {
                table->item(row, ui::MatrixAnswerWidget::NoteColumn)
                    ->setText(QString::fromStdString(entry.at("evidence").get<std::string>()));
            }
        }
    }
}

void clickNext(QWizard& wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

} // namespace

class TestAssessmentWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    nlohmann::json m_baseline;

    std::filesystem::path newLibraryPath()
    {
        return m_dir.filePath(QStringLiteral("wizard%1.vouchdb").arg(++m_counter)).toStdString();
    }

    // Fills the intro page by keyboard and moves to the first section.
    static void fillIntro(ui::AssessmentWizard& wizard, const QString& title)
    {
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("titleEdit")), title);
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("workloadEdit")),
                         QStringLiteral("Discharge summaries"));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("organisationEdit")),
                         QStringLiteral("St. Example Hospital"));
        clickNext(wizard);
    }

    // Answers every visible question of the current section page from `answers`.
    static void answerSection(ui::SectionPage& page, const nlohmann::json& answers)
    {
        for (auto* widget : page.form()->questionWidgets()) {
            const auto& id = widget->question().id;
            if (widget->isVisible() && answers.contains(id)) {
                answerByHand(widget, answers.at(id));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::prompts::recordMessagesOnly(true);
        test::useDarkPaletteIfAsked();
        QVERIFY(m_dir.isValid());
        // Keys go to the app-data folder: a private one for this run.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_baseline = test::readJson(test::baselineAnswersPath());
    }

    void completeAssessmentFromNewToSignedAndExported()
    {
        const auto keyPath = services::defaultKeyPath("Dana Officer");
        QVERIFY(services::createSignerIdentity(
            keyPath, {"Dana Officer", "Compliance officer", "dana@example.org"},
            test::kTestPassphrase));
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        trigger(window, "actionNewAssessment");
        auto* wizard = window.findChild<ui::AssessmentWizard*>();
        QVERIFY(wizard != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->size(), QSize(1024, 700));
        wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        // Keyboard only: the title has the focus, Tab walks the fields in order.
        auto* titleEdit = wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        QCOMPARE(QApplication::focusWidget(), titleEdit);
        QTest::keyClick(titleEdit, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 wizard->findChild<QLineEdit*>(QStringLiteral("workloadEdit")));
        test::saveScreenshot(*wizard, QStringLiteral("wizard-intro"));
        fillIntro(*wizard, QStringLiteral("Discharge assistant"));

        const auto& answers = m_baseline.at("answers");
        const auto sections = wizard->draft().questionnaire().sections.size();
        for (std::size_t i = 0; i < sections; ++i) {
            auto* page = qobject_cast<ui::SectionPage*>(wizard->currentPage());
            QVERIFY2(page != nullptr, qPrintable(QString::number(i)));
            QCOMPARE(page->sectionIndex(), static_cast<int>(i));
            answerSection(*page, answers);
            // Nothing is cut off at 1024x700: once laid out, the form fits the page.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            auto* scroll = page->findChild<QScrollArea*>();
            QVERIFY2(page->form()->width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1: %2 > %3")
                                    .arg(QString::fromStdString(page->form()->section().id))
                                    .arg(page->form()->width())
                                    .arg(scroll->viewport()->width())));
            test::saveScreenshot(
                *wizard, QStringLiteral("wizard-section-%1").arg(i + 1, 2, 10, QLatin1Char('0')));
            clickNext(*wizard);
        }
        QCOMPARE(wizard->currentId(), wizard->reviewPageId());
        QCOMPARE(wizard->findChild<QLabel*>(QStringLiteral("reviewTier"))->text(),
                 QStringLiteral("Low"));
        QCOMPARE(wizard->findChild<QLabel*>(QStringLiteral("reviewVerdict"))->text(),
                 QStringLiteral("Ready"));
        QCOMPARE(wizard->sidePanel()->verdictText(), QStringLiteral("Ready"));
        test::saveScreenshot(*wizard, QStringLiteral("wizard-review"));
        clickNext(*wizard);

        auto* signOff = wizard->signOffPage();
        QCOMPARE(wizard->currentPage(), signOff);
        auto* signer = wizard->findChild<QComboBox*>(QStringLiteral("signerCombo"));
        QCOMPARE(signer->count(), 1);
        QVERIFY(signer->currentText().contains(QStringLiteral("Dana Officer")));
        auto* sign = wizard->findChild<QPushButton*>(QStringLiteral("signButton"));
        QVERIFY(!sign->isEnabled()); // no passphrase yet
        // Done on an unsigned sign-off page asks first; "No" keeps the wizard open.
        ui::prompts::queueConfirmation(false);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(wizard->isVisible());
        auto* passphrase = wizard->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        // A wrong passphrase first: refused, nothing signed, and Enter in the field never
        // reaches the wizard's default button (Done).
        QTest::keyClicks(passphrase, QStringLiteral("not the passphrase"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(!signOff->isSigned());
        QVERIFY(wizard->isVisible());
        QVERIFY(passphrase->text().isEmpty());
        // The refusal names the identity in words, not the key file's path.
        const QString refused = wizard->findChild<QLabel*>(QStringLiteral("signResult"))->text();
        QVERIFY2(refused.startsWith(QStringLiteral("Wrong passphrase for Dana Officer")),
                 qPrintable(refused));
        QVERIFY2(!refused.contains(QStringLiteral(".key")), qPrintable(refused));
        // Enter in the empty field does nothing at all.
        QTest::keyClick(passphrase, Qt::Key_Enter);
        QVERIFY(wizard->isVisible());
        QTest::keyClicks(passphrase, QString::fromStdString(test::kTestPassphrase));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY2(signOff->isSigned(),
                 qPrintable(wizard->findChild<QLabel*>(QStringLiteral("signResult"))->text()));
        QVERIFY(wizard->isVisible());
        // No time-stamping authority in the settings: the result says whose clock it is.
        QVERIFY2(wizard->findChild<QLabel*>(QStringLiteral("signResult"))
                     ->text()
                     .contains(QStringLiteral("the signing time is this computer's clock")),
                 qPrintable(wizard->findChild<QLabel*>(QStringLiteral("signResult"))->text()));
        test::saveScreenshot(*wizard, QStringLiteral("wizard-signed"));

        const QString pdf = m_dir.filePath(QStringLiteral("signoff.pdf"));
        ui::prompts::queueFiles({pdf});
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("exportPdfButton")),
                          Qt::LeftButton);
        const auto document = Poppler::Document::load(pdf);
        QVERIFY(document != nullptr);
        QString text;
        for (int i = 0; i < document->numPages(); ++i) {
            text += document->page(i)->text(QRectF());
        }
        QVERIFY(text.contains(QStringLiteral("Discharge assistant")));
        QVERIFY(text.contains(QStringLiteral("Dana Officer")));

        // What the library now holds.
        const auto* library = window.library();
        auto listed = library->list({});
        QVERIFY(listed);
        QCOMPARE(listed->total, 1);
        const auto& record = listed->rows.front();
        QCOMPARE(record.status, std::string("signed"));
        QCOMPARE(record.fields.title, std::string("Discharge assistant"));
        QCOMPARE(record.fields.organisation, std::string("St. Example Hospital"));
        QCOMPARE(record.fields.tier.value_or(""), std::string("low"));
        QCOMPARE(record.fields.verdict.value_or(""), std::string("ready"));
        QCOMPARE(record.fields.signer.value_or(""), std::string("Dana Officer"));
        const services::AssessmentService service(*library, "test");
        auto opened = service.open(record.id);
        QVERIFY(opened);
        // Sign and Save stored the PAdES-signed sign-off with the revision, and Export PDF
        // wrote exactly those bytes.
        auto storedPdf = library->signedPdf(record.id, opened->revision.number);
        QVERIFY(storedPdf && *storedPdf);
        QFile exported(pdf);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll() == QByteArray::fromStdString(**storedPdf));
        auto expected = model::parseAnswers(m_baseline, opened->questionnaire.questionnaire, "b");
        QVERIFY(expected.ok());
        QVERIFY(opened->payload.answers.values == expected.value->values);
        QCOMPARE(window.libraryView()->model()->rowCount(), 1);
        wizard->close();
        QFile::remove(QString::fromStdString(keyPath.string()));
        QFile::remove(QString::fromStdString(signing::publicKeyPathFor(keyPath).string()));
        QFile::remove(QString::fromStdString(keyPath.string() + ".p12"));
        QFile::remove(QString::fromStdString(keyPath.string() + ".binding"));
    }

    void markupIsPointedOutAtTheIntroAndRefusedOnNext()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        QVERIFY(wizard != nullptr);
        auto* title = wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        QTest::keyClicks(title, QStringLiteral("Triage <b>assistant</b>"));
        // Said while typing, before anything fails to save.
        auto* message = wizard->findChild<QLabel*>(QStringLiteral("introMissing"));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("<b>")), qPrintable(message->text()));
        // Shown as typed: a rich-text label would render the quoted <b> as bold.
        QCOMPARE(message->textFormat(), Qt::PlainText);
        QVERIFY2(message->text().startsWith(QStringLiteral("Title: ")),
                 qPrintable(message->text()));
        test::saveScreenshot(*wizard, QStringLiteral("wizard-intro-markup"));
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), 0);
        title->clear();
        QTest::keyClicks(title, QStringLiteral("Triage assistant, a < b"));
        QVERIFY(message->isHidden());
        clickNext(*wizard);
        QVERIFY(wizard->currentId() != 0);
        wizard->close();
    }

    void aTitleWithATagIsExplainedInPlainWords()
    {
        // "Summarise <patient> notes" on a saved draft: the message at the field says what
        // is not allowed and why without contradicting itself, and the save state under
        // the side panel never shows an internal field path.
        const auto path = newLibraryPath();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        const auto questionnaire =
            model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        const auto id = test::createDraft(*window.library(), *questionnaire.value, m_baseline);
        window.libraryView()->reload();
        auto* wizard = window.continueAssessment(QString::fromStdString(id));
        QVERIFY(wizard != nullptr);
        wizard->restart();
        auto* title = wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(title, QStringLiteral("Summarise <patient> notes"));
        const QString atField = wizard->findChild<QLabel*>(QStringLiteral("introMissing"))->text();
        QCOMPARE(atField, QStringLiteral("Title: \"<patient>\" looks like an HTML tag. Vouch "
                                         "keeps texts free of tags because they go into PDFs "
                                         "and packages that other programs read; write it "
                                         "without angle brackets, e.g. [patient]."));
        QVERIFY(!wizard->saveDraft());
        const QString state = wizard->findChild<QLabel*>(QStringLiteral("saveState"))->text();
        QVERIFY2(state.startsWith(QStringLiteral("Not saved: Title: \"<patient>\" looks like")),
                 qPrintable(state));
        QVERIFY2(!state.contains(QStringLiteral("meta")), qPrintable(state));
        const auto stored = **window.library()->assessment(id);
        QCOMPARE(stored.fields.title, m_baseline["meta"]["title"].get<std::string>());
        wizard->hide();
    }

    void nextIsRefusedWithAMessageNamingWhatIsMissing()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        QVERIFY(wizard != nullptr);
        // No title: the intro page says so and stays.
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), 0);
        QVERIFY(!wizard->findChild<QLabel*>(QStringLiteral("introMissing"))->isHidden());
        fillIntro(*wizard, QStringLiteral("Refusals"));
        auto* page = qobject_cast<ui::SectionPage*>(wizard->currentPage());
        QVERIFY(page != nullptr);
        clickNext(*wizard);
        QCOMPARE(wizard->currentPage(), page);
        const QString message = page->form()->missingMessage();
        const auto& first = page->form()->section().questions.front();
        QVERIFY2(message.contains(QString::fromStdString(first.text)), qPrintable(message));
        QVERIFY(page->form()->questionWidget(first.id)->isMissing());
        test::saveScreenshot(*wizard, QStringLiteral("wizard-refused"));
        // Answering everything lets it through.
        answerSection(*page, m_baseline.at("answers"));
        QVERIFY(page->form()->missingMessage().isEmpty());
        clickNext(*wizard);
        QVERIFY(wizard->currentPage() != page);
        wizard->close();
    }

    void conditionalQuestionsShowAndHide()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        fillIntro(*wizard, QStringLiteral("Conditions"));
        wizard->goToQuestion(QStringLiteral("usecase.tier"));
        auto* page = qobject_cast<ui::SectionPage*>(wizard->currentPage());
        QVERIFY(page != nullptr);
        QCOMPARE(page->form()->section().id, std::string("usecase"));
        auto* tier =
            qobject_cast<ui::ChoiceAnswerWidget*>(page->form()->questionWidget("usecase.tier"));
        auto* validation = page->form()->questionWidget("usecase.validation_evidence");
        auto* careAccess = page->form()->questionWidget("usecase.affects_care_access");
        QVERIFY(tier != nullptr && validation != nullptr && careAccess != nullptr);
        QVERIFY(validation->isHidden());
        QVERIFY(careAccess->isHidden());
        QTest::mouseClick(tier->button(QStringLiteral("clinical_facing")), Qt::LeftButton, {},
                          QPoint(6, 6));
        QVERIFY(!validation->isHidden());
        QVERIFY(careAccess->isHidden());
        QCOMPARE(wizard->sidePanel()->tierText(), QStringLiteral("High"));
        QTest::mouseClick(tier->button(QStringLiteral("administrative")), Qt::LeftButton, {},
                          QPoint(6, 6));
        QVERIFY(validation->isHidden());
        QVERIFY(!careAccess->isHidden());
        QCOMPARE(wizard->sidePanel()->tierText(), QStringLiteral("Low"));
        wizard->close();
    }

    void findingsLeadToTheirQuestion()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        fillIntro(*wizard, QStringLiteral("Findings"));
        auto& draft = wizard->draft();
        draft.setAnswer("usecase.tier", std::string("clinical_facing"));
        draft.setAnswer("usecase.human_review", std::string("no"));
        wizard->sidePanel()->refresh(0);
        auto* findings = wizard->sidePanel()->findings();
        QListWidgetItem* oversight = nullptr;
        for (int i = 0; i < findings->count(); ++i) {
            if (findings->item(i)->data(Qt::UserRole).toString() ==
                QStringLiteral("human-oversight-missing")) {
                oversight = findings->item(i);
            }
        }
        QVERIFY(oversight != nullptr);
        QVERIFY(oversight->text().startsWith(QStringLiteral("Blocker")));
        Q_EMIT findings->itemActivated(oversight);
        auto* page = qobject_cast<ui::SectionPage*>(wizard->currentPage());
        QVERIFY(page != nullptr);
        QCOMPARE(page->form()->section().id, std::string("usecase"));
        wizard->close();
    }

    void actionPlanIsSavedAndExportsToCsv()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        fillIntro(*wizard, QStringLiteral("Plan"));
        auto& draft = wizard->draft();
        for (const auto& [question, value] : m_baseline.at("answers").items()) {
            auto* page = wizard->sectionPage(draft.sectionOf(question));
            answerByHand(page->form()->questionWidget(question), value);
        }
        // EU data on a global deployment: a conflict the plan must address.
        auto* usecase = wizard->sectionPage(draft.sectionOf("deployment.type"))->form();
        answerByHand(usecase->questionWidget("deployment.type"), "global");
        auto* data = wizard->sectionPage(draft.sectionOf("data.residency_requirement"))->form();
        answerByHand(data->questionWidget("data.residency_requirement"), "eu_eea");
        QVERIFY(draft.evaluation().hasFinding("residency-conflict"));
        wizard->goToSection(static_cast<int>(draft.questionnaire().sections.size()) - 1);
        wizard->next();
        QCOMPARE(wizard->currentId(), wizard->reviewPageId());

        // Add Action plans for the finding selected above it.
        auto* findings = wizard->reviewPage()->findings();
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            auto* item = findings->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == QStringLiteral("residency-conflict")) {
                findings->setCurrentItem(item);
            }
        }
        auto* add = wizard->findChild<QPushButton*>(QStringLiteral("addAction"));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        auto* table = wizard->findChild<QTableWidget*>(QStringLiteral("actionTable"));
        QCOMPARE(table->rowCount(), 1);
        auto* finding = qobject_cast<QComboBox*>(table->cellWidget(0, 0));
        QCOMPARE(finding->currentData().toString(), QStringLiteral("residency-conflict"));
        // Not saved until it says what and who.
        QVERIFY(draft.actions().empty());
        table->item(0, 1)->setText(QStringLiteral("Redeploy as Data Zone EU, \"no\" global"));
        table->item(0, 2)->setText(QStringLiteral("=Platform team"));
        QCOMPARE(draft.actions().size(), std::size_t{1});
        QCOMPARE(draft.actions().front().finding, std::string("residency-conflict"));
        test::saveScreenshot(*wizard, QStringLiteral("wizard-action-plan"));

        const QString csv = m_dir.filePath(QStringLiteral("plan.csv"));
        ui::prompts::queueFiles({csv});
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("exportActionsCsv")),
                          Qt::LeftButton);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY2(written.startsWith(QStringLiteral("finding,finding_title,severity,what,owner,due,"
                                                   "status,overdue\r\n")),
                 qPrintable(written));
        QVERIFY2(written.contains(QStringLiteral("residency-conflict,")) &&
                     written.contains(
                         QStringLiteral("\"Redeploy as Data Zone EU, \"\"no\"\" global\"")) &&
                     written.contains(QStringLiteral(",'=Platform team,")),
                 qPrintable(written));
        wizard->close();
        // Saved with the revision.
        const auto* library = window.library();
        const services::AssessmentService service(*library, "test");
        auto opened = service.open(library->list({})->rows.front().id);
        QCOMPARE(opened->payload.answers.actions.size(), std::size_t{1});
        QCOMPARE(opened->payload.answers.actions.front().owner, std::string("=Platform team"));
    }

    void evidenceIsAttachedAndShown()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        fillIntro(*wizard, QStringLiteral("Evidence"));
        const QString file = m_dir.filePath(QStringLiteral("dpa.pdf"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4 not really");
        out.close();
        QVERIFY(wizard->attachEvidence(QStringLiteral("deployment.type"), {}, {file}).isEmpty());
        auto* page = qobject_cast<ui::SectionPage*>(wizard->currentPage());
        auto* list = page->form()
                         ->questionWidget("deployment.type")
                         ->findChild<QLabel*>(QStringLiteral("evidenceList"));
        QVERIFY(!list->isHidden());
        QVERIFY2(list->text().contains(QStringLiteral("dpa.pdf")), qPrintable(list->text()));
        const auto errors = wizard->attachEvidence(QStringLiteral("deployment.type"), {},
                                                   {m_dir.filePath(QStringLiteral("gone.pdf"))});
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.front().contains(QStringLiteral("gone.pdf")));
        QCOMPARE(wizard->draft().attachments().size(), std::size_t{1});
        wizard->close();
    }

    void draftSurvivesClosing()
    {
        const auto path = newLibraryPath();
        QString id;
        {
            auto workspace = test::workspaceAt(path);
            ui::MainWindow window(workspace);
            auto* wizard = window.newAssessment();
            fillIntro(*wizard, QStringLiteral("Half done"));
            auto* page = qobject_cast<ui::SectionPage*>(wizard->currentPage());
            auto* type = page->form()->questionWidget("deployment.type");
            answerByHand(type, "data_zone_eu");
            // Closed before the autosave timer fires: closing saves.
            wizard->close();
            auto* view = window.libraryView();
            QCOMPARE(view->model()->rowCount(), 1);
            QCOMPARE(view->model()->index(0, ui::LibraryModel::StatusColumn).data().toString(),
                     QStringLiteral("Draft"));
            id = view->model()->index(0, 0).data(ui::LibraryModel::IdRole).toString();
        }
        // A new window on the same library continues where the user stopped.
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        QCOMPARE(window.libraryView()->model()->rowCount(), 1);
        auto* wizard = window.continueAssessment(id);
        QVERIFY(wizard != nullptr);
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->text(),
                 QStringLiteral("Half done"));
        const auto* answer = wizard->draft().answer("deployment.type");
        QVERIFY(answer != nullptr);
        QCOMPARE(std::get<std::string>(*answer), std::string("data_zone_eu"));
        clickNext(*wizard);
        auto* page = qobject_cast<ui::SectionPage*>(wizard->currentPage());
        auto* type =
            qobject_cast<ui::ChoiceAnswerWidget*>(page->form()->questionWidget("deployment.type"));
        QVERIFY(type->button(QStringLiteral("data_zone_eu"))->isChecked());
        wizard->close();
    }

    // Another process renames the draft while it is open here; the window's next save
    // must not write its stale copy on top.
    void aSaveAfterAnotherProcessSavedAsksAndOverwritesNothing()
    {
        const auto path = newLibraryPath();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        fillIntro(*wizard, QStringLiteral("Test One"));
        QVERIFY(wizard->saveDraft());
        const auto id = *wizard->draft().assessmentId();

        const auto renameElsewhere = [&](const std::string& title) {
            auto other = store::Library::open(path, store::OpenIntent::MustExist);
            QVERIFY2(other, other ? "" : other.error().message.c_str());
            const services::AssessmentService service(*other, "bob");
            services::DraftEditor theirs(std::move(*service.open(id)));
            auto meta = theirs.meta();
            meta.title = title;
            theirs.setMeta(meta);
            QVERIFY(theirs.save(service));
        };
        const auto savedTitle = [&] {
            auto reader = store::Library::open(path, store::OpenIntent::MustExist);
            const services::AssessmentService service(*reader, "reader");
            return service.open(id)->payload.meta.title;
        };
        const auto revisions = [&] {
            auto reader = store::Library::open(path, store::OpenIntent::MustExist);
            return reader->history(id)->size();
        };
        auto* page = qobject_cast<ui::SectionPage*>(wizard->currentPage());
        auto* state = wizard->findChild<QLabel*>(QStringLiteral("saveState"));

        // Decide later: nothing is written, the edits stay, the label says why.
        renameElsewhere("W-200");
        answerByHand(page->form()->questionWidget("deployment.type"), "global");
        ui::prompts::queueChoice(3);
        QVERIFY(!wizard->saveDraft());
        QVERIFY(ui::prompts::lastMessage().contains(QStringLiteral("saved by bob")));
        QVERIFY2(state->text().startsWith(QStringLiteral("Not saved: ")),
                 qPrintable(state->text()));
        QCOMPARE(savedTitle(), std::string("W-200"));
        QCOMPARE(revisions(), std::size_t{2});
        QVERIFY(wizard->draft().isDirty());

        // Discard: the window shows what was saved elsewhere.
        ui::prompts::queueChoice(2);
        QVERIFY(wizard->saveDraft());
        QCOMPARE(wizard->draft().meta().title, std::string("W-200"));
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->text(),
                 QStringLiteral("W-200"));
        QCOMPARE(revisions(), std::size_t{2});
        QVERIFY(wizard->draft().answer("deployment.type") == nullptr);

        // Save on top: a new revision with the window's edits, after theirs.
        renameElsewhere("W-201");
        answerByHand(page->form()->questionWidget("deployment.type"), "global");
        ui::prompts::queueChoice(1);
        QVERIFY(wizard->saveDraft());
        QCOMPARE(revisions(), std::size_t{4});
        QCOMPARE(savedTitle(), std::string("W-200"));
        QVERIFY(state->text().startsWith(QStringLiteral("Draft saved")));
        wizard->close();
    }

    void aLibraryDeletedWhileOpenIsNeverReportedAsSaved()
    {
        const auto path = newLibraryPath();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        fillIntro(*wizard, QStringLiteral("Into nowhere"));
        QVERIFY(wizard->saveDraft());
        std::filesystem::remove(path);
        std::filesystem::remove(path.string() + "-wal");
        std::filesystem::remove(path.string() + "-shm");

        auto* page = qobject_cast<ui::SectionPage*>(wizard->currentPage());
        answerByHand(page->form()->questionWidget("deployment.type"), "global");
        QVERIFY(!wizard->saveDraft());
        auto* state = wizard->findChild<QLabel*>(QStringLiteral("saveState"));
        QVERIFY2(state->text().contains(QStringLiteral("moved or deleted")),
                 qPrintable(state->text()));
        // Closing would lose the edits: the user is asked, and "No" keeps the window open.
        ui::prompts::queueConfirmation(false);
        wizard->close();
        QVERIFY(wizard->isVisible());
        QVERIFY(ui::prompts::lastMessage().contains(QStringLiteral("moved or deleted")));
        const QPointer<ui::AssessmentWizard> guard(wizard);
        ui::prompts::queueConfirmation(true);
        wizard->close();
        QVERIFY(guard.isNull() || !guard->isVisible());
    }

    void deleteDraftAsksFirst()
    {
        auto workspace = test::workspaceAt(newLibraryPath());
        ui::MainWindow window(workspace);
        auto* wizard = window.newAssessment();
        fillIntro(*wizard, QStringLiteral("To be deleted"));
        wizard->close();
        auto* view = window.libraryView();
        view->table()->selectRow(0);
        ui::prompts::queueConfirmation(false);
        trigger(window, "actionDeleteDraft");
        QCOMPARE(view->model()->rowCount(), 1);
        ui::prompts::queueConfirmation(true);
        trigger(window, "actionDeleteDraft");
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(ui::prompts::lastMessage().contains(QStringLiteral("To be deleted")));
    }

    void continueDraftResumesWhereTheOfficerLeftOff()
    {
        // A complete draft continues on the review page; one with a required question
        // unanswered continues on that question's section, not on the intro page.
        const auto path = newLibraryPath();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        window.show();
        const auto questionnaire =
            model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        auto document = m_baseline;
        const auto complete = test::createDraft(*window.library(), *questionnaire.value, document);
        document["answers"].erase("data.categories");
        const auto missing = test::createDraft(*window.library(), *questionnaire.value, document);
        window.libraryView()->reload();

        auto* wizard = window.continueAssessment(QString::fromStdString(complete));
        QVERIFY(wizard != nullptr);
        QCOMPARE(wizard->currentId(), wizard->reviewPageId());
        wizard->hide();

        wizard = window.continueAssessment(QString::fromStdString(missing));
        QVERIFY(wizard != nullptr);
        const int section = wizard->draft().sectionOf("data.categories");
        QVERIFY(section >= 0);
        QCOMPARE(wizard->currentPage(), wizard->sectionPage(section));
        wizard->hide();
    }

    void oneEditingSessionIsOneHistoryRow()
    {
        // Three saves by one author a moment apart (autosave) read as one history row
        // standing for revisions 1-3; Compare on it shows what the session changed.
        const auto path = newLibraryPath();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        const auto* library = window.library();
        const auto questionnaire =
            model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        auto document = m_baseline;
        document["meta"]["title"] = "One session";
        const auto id = test::createDraft(*library, *questionnaire.value, document);
        const services::AssessmentService service(*library, "alice");
        document["answers"]["deployment.type"] = "global";
        QVERIFY(service.updateDraftFromDocument(id, document, "second.json"));
        document["answers"]["data.residency_requirement"] = "eu_eea";
        QVERIFY(service.updateDraftFromDocument(id, document, "third.json"));
        window.libraryView()->reload();
        QVERIFY(window.reviewAssessment(QString::fromStdString(id)));
        auto* review = window.findChild<ui::PackageReviewDialog*>();
        QVERIFY(review != nullptr);
        auto* history = review->historyTable();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 0)->text(), QStringLiteral("1–3"));
        // (No translator is installed here, so the plural reads "autosave(s)".)
        QVERIFY(history->item(0, 1)->text().startsWith(QStringLiteral("Draft, 3 autosave")));
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("alice"));
        QVERIFY(history->item(0, 3)->text().contains(QStringLiteral(" to ")));
        review->close();
    }

    void revisionComparisonListsAChangedAnswer()
    {
        const auto path = newLibraryPath();
        auto workspace = test::workspaceAt(path);
        ui::MainWindow window(workspace);
        const auto* library = window.library();
        const auto questionnaire =
            model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        auto document = m_baseline;
        document["meta"]["title"] = "Compared";
        const auto id = test::createDraft(*library, *questionnaire.value, document);
        const services::AssessmentService service(*library, "test");
        document["answers"]["deployment.type"] = "global";
        document["answers"]["data.residency_requirement"] = "eu_eea";
        QVERIFY(service.updateDraftFromDocument(id, document, "changed.json"));
        window.libraryView()->reload();
        QVERIFY(window.reviewAssessment(QString::fromStdString(id)));
        auto* review = window.findChild<ui::PackageReviewDialog*>();
        QVERIFY(review != nullptr);
        QCOMPARE(review->historyTable()->rowCount(), 2);
        test::saveScreenshot(*review, QStringLiteral("review-decision"));
        review->tabs()->setCurrentIndex(1);
        test::saveScreenshot(*review, QStringLiteral("review-summary"));
        review->tabs()->setCurrentIndex(2);
        test::saveScreenshot(*review, QStringLiteral("review-answers"));
        review->tabs()->setCurrentIndex(review->tabs()->count() - 1);
        test::saveScreenshot(*review, QStringLiteral("review-history"));
        auto* dialog = qobject_cast<ui::RevisionComparisonDialog*>(review->compareRevisions(1, 2));
        QVERIFY(dialog != nullptr);
        auto* table = dialog->changes();
        const auto* typeQuestion = questionnaire.value->questionnaire.question("deployment.type");
        bool found = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            found = found ||
                    (table->item(row, 0)->text() == QString::fromStdString(typeQuestion->text) &&
                     table->item(row, 1)->text().startsWith(QStringLiteral("Regional")) &&
                     table->item(row, 2)->text().startsWith(QStringLiteral("Global")));
        }
        QVERIFY2(found, "the changed deployment type is listed");
        QVERIFY2(dialog->outcomeText().contains(QStringLiteral("Ready")),
                 qPrintable(dialog->outcomeText()));
        test::saveScreenshot(*dialog, QStringLiteral("revision-comparison"));
    }
};

QTEST_MAIN(TestAssessmentWizard)
#include "TestAssessmentWizard.moc"
