// SPDX-License-Identifier: Apache-2.0
#include "ui/QuestionnaireBrowser.h"

#include "model/QuestionnaireLoader.h"
#include "ui/QuestionHelp.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeWidget>

#include <system_error>

namespace vouch::ui {
namespace {

constexpr int kQuestionIdRole = Qt::UserRole + 1;

} // namespace

QString shippedQuestionnairePath(const QString& language)
{
    const QStringList folders{
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../share/vouch/questionnaires")),
        QStringLiteral(VOUCH_SOURCE_QUESTIONNAIRE_DIR),
    };
    // "de-DE" and "de" both mean the German file; English is the original.
    const QString primary = language.section(QLatin1Char('-'), 0, 0).toLower();
    QStringList fileNames;
    if (!primary.isEmpty() && primary != QStringLiteral("en")) {
        fileNames << QStringLiteral("azure-openai.%1.json").arg(primary);
    }
    fileNames << QStringLiteral("azure-openai.json");
    for (const auto& fileName : fileNames) {
        for (const auto& folder : folders) {
            const QString candidate = QDir(folder).filePath(fileName);
            if (QFileInfo::exists(candidate)) {
                return QDir::cleanPath(candidate);
            }
        }
    }
    return {};
}

QuestionnaireBrowser::QuestionnaireBrowser(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("questionnaireBrowser"));
    setWindowTitle(tr("Questionnaire — Vouch"));
    resize(1000, 700);

    auto* splitter = new QSplitter(this);
    m_outline = new QTreeWidget(splitter);
    m_outline->setObjectName(QStringLiteral("questionnaireOutline"));
    m_outline->setHeaderLabels({tr("Question"), tr("Answer type")});
    m_outline->header()->setStretchLastSection(false);
    m_outline->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("questionDetails"));
    m_details->setOpenExternalLinks(true);
    splitter->setSizes({520, 580});
    setCentralWidget(splitter);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_status, 1);

    connect(m_outline, &QTreeWidget::currentItemChanged, this,
            [this](const QTreeWidgetItem* current) { showQuestion(current); });
    createActions();

    const QString shipped = shippedQuestionnairePath();
    if (shipped.isEmpty()) {
        m_details->setPlainText(tr("No questionnaire was found next to Vouch. "
                                   "Use File > Open Questionnaire to choose one."));
    } else {
        openQuestionnaire(shipped);
    }
}

QuestionnaireBrowser::~QuestionnaireBrowser() = default;

void QuestionnaireBrowser::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* open = fileMenu->addAction(tr("&Open Questionnaire..."), this,
                                     &QuestionnaireBrowser::chooseQuestionnaire);
    open->setObjectName(QStringLiteral("actionOpenQuestionnaire"));
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    auto* close = fileMenu->addAction(tr("&Close"), this, &QWidget::close);
    close->setObjectName(QStringLiteral("actionCloseBrowser"));
    close->setShortcut(QKeySequence::Close);
}

bool QuestionnaireBrowser::openQuestionnaire(const QString& path)
{
    auto loaded = model::loadQuestionnaireFile(path.toStdString());
    if (!loaded.ok()) {
        QStringList errors;
        for (const auto& diagnostic : loaded.errors) {
            errors << fromUtf8(diagnostic.toString());
        }
        showErrors(path, errors);
        return false;
    }
    m_questionnaire = std::move(loaded.value);
    showOutline();
    m_status->setText(tr("%1 %2 — %3 questions, %4 rules, %5 sources")
                          .arg(fromUtf8(m_questionnaire->title), fromUtf8(m_questionnaire->version))
                          .arg(m_questionnaire->questionCount())
                          .arg(m_questionnaire->rules.size())
                          .arg(m_questionnaire->sources.size()));
    return true;
}

void QuestionnaireBrowser::showOutline()
{
    m_outline->clear();
    for (const auto& section : m_questionnaire->sections) {
        auto* sectionItem = new QTreeWidgetItem(m_outline, {fromUtf8(section.title)});
        QFont bold = sectionItem->font(0);
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        for (const auto& question : section.questions) {
            auto* questionItem = new QTreeWidgetItem(
                sectionItem, {fromUtf8(question.text), questionTypeLabel(question.type)});
            questionItem->setData(0, kQuestionIdRole, fromUtf8(question.id));
            questionItem->setToolTip(0, fromUtf8(question.text));
        }
    }
    m_outline->expandAll();
    m_details->setHtml(QStringLiteral("<h2>%1</h2><p>%2</p><p><i>%3</i></p>")
                           .arg(escaped(m_questionnaire->title),
                                escaped(m_questionnaire->description),
                                escaped(m_questionnaire->disclaimer)));
}

void QuestionnaireBrowser::showQuestion(const QTreeWidgetItem* item)
{
    if (item == nullptr || !m_questionnaire) {
        return;
    }
    const auto id = item->data(0, kQuestionIdRole).toString().toStdString();
    const auto* question = m_questionnaire->question(id);
    if (question == nullptr) {
        return;
    }
    QString html =
        QStringLiteral("<h3>%1</h3><p><code>%2</code> · %3%4</p>")
            .arg(escaped(question->text), escaped(question->id), questionTypeLabel(question->type),
                 question->required ? tr(" · required") : QString());
    html += questionHelpHtml(*m_questionnaire, *question);
    m_details->setHtml(html);
}

void QuestionnaireBrowser::showErrors(const QString& path, const QStringList& errors)
{
    m_status->setText(
        tr("%1 could not be loaded (%n problem(s))", nullptr, static_cast<int>(errors.size()))
            .arg(QFileInfo(path).fileName()));
    m_details->setPlainText(errors.join(QLatin1Char('\n')));
}

void QuestionnaireBrowser::chooseQuestionnaire()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Questionnaire"), QString(),
                                                      tr("Questionnaires (*.json)"));
    if (!path.isEmpty()) {
        openQuestionnaire(path);
    }
}

} // namespace vouch::ui
