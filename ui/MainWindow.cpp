// SPDX-License-Identifier: Apache-2.0
#include "ui/MainWindow.h"

#include "model/QuestionnaireLoader.h"
#include "services/PackageReview.h"
#include "ui/PackageReviewDialog.h"
#include "ui/SignerIdentityDialog.h"

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

QString fromUtf8(const std::string& text)
{
    return QString::fromStdString(text);
}

QString escaped(const std::string& text)
{
    return fromUtf8(text).toHtmlEscaped();
}

QString questionTypeLabel(model::QuestionType type)
{
    switch (type) {
    case model::QuestionType::Single:
        return MainWindow::tr("Choose one");
    case model::QuestionType::Multiple:
        return MainWindow::tr("Choose any");
    case model::QuestionType::YesNoUnknown:
        return MainWindow::tr("Yes / No / Unknown");
    case model::QuestionType::Text:
        return MainWindow::tr("Text");
    case model::QuestionType::Date:
        return MainWindow::tr("Date");
    case model::QuestionType::Matrix:
        return MainWindow::tr("Responsibility matrix");
    }
    return {};
}

constexpr int kQuestionIdRole = Qt::UserRole + 1;

} // namespace

QString shippedQuestionnairePath()
{
    const QString fileName = QStringLiteral("azure-openai.json");
    const QStringList candidates{
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../share/vouch/questionnaires/") + fileName),
        QStringLiteral(VOUCH_SOURCE_QUESTIONNAIRE_DIR "/") + fileName,
    };
    for (const auto& candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            return QDir::cleanPath(candidate);
        }
    }
    return {};
}

MainWindow::MainWindow(std::filesystem::path libraryPath, QWidget* parent)
    : QMainWindow(parent)
    , m_libraryPath(std::move(libraryPath))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vouch"));
    resize(1100, 720);

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

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* openPackageAction =
        fileMenu->addAction(tr("Open &Package for Review..."), this, &MainWindow::choosePackage);
    openPackageAction->setObjectName(QStringLiteral("actionOpenPackage"));
    openPackageAction->setShortcut(QKeySequence::Open);
    auto* open =
        fileMenu->addAction(tr("Open &Questionnaire..."), this, &MainWindow::chooseQuestionnaire);
    open->setObjectName(QStringLiteral("actionOpenQuestionnaire"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    auto* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    auto* identity = toolsMenu->addAction(tr("New &Signer Identity..."), this,
                                          &MainWindow::createSignerIdentity);
    identity->setObjectName(QStringLiteral("actionNewSignerIdentity"));

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* about = helpMenu->addAction(tr("&About Vouch"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

bool MainWindow::openQuestionnaire(const QString& path)
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

void MainWindow::showOutline()
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

void MainWindow::showQuestion(const QTreeWidgetItem* item)
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
    html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(tr("Why this matters"), escaped(question->help.why));
    if (!question->options.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Options"));
        for (const auto& option : question->options) {
            html += QStringLiteral("<li><b>%1</b>%2</li>")
                        .arg(escaped(option.label),
                             option.help.empty() ? QString()
                                                 : QStringLiteral(" — ") + escaped(option.help));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Sources"));
    for (const auto& sourceId : question->help.sources) {
        const auto* source = m_questionnaire->source(sourceId);
        const QString title = escaped(source->title);
        const QString linked =
            source->url.empty()
                ? title
                : QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(source->url), title);
        const QString dated =
            tr("as of %1, confidence %2")
                .arg(escaped(source->asOf), QString::fromUtf8(model::spelling(source->confidence)));
        html += QStringLiteral("<li>%1 — %2</li>").arg(linked, dated);
    }
    html += QStringLiteral("</ul>");
    m_details->setHtml(html);
}

void MainWindow::showErrors(const QString& path, const QStringList& errors)
{
    m_status->setText(
        tr("%1 could not be loaded (%n problem(s))", nullptr, static_cast<int>(errors.size()))
            .arg(QFileInfo(path).fileName()));
    m_details->setPlainText(errors.join(QLatin1Char('\n')));
}

void MainWindow::chooseQuestionnaire()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Questionnaire"), QString(),
                                                      tr("Questionnaires (*.json)"));
    if (!path.isEmpty()) {
        openQuestionnaire(path);
    }
}

bool MainWindow::openPackage(const QString& path)
{
    auto opened = services::openPackageFile(path.toStdString(), m_libraryPath);
    if (!opened) {
        showErrors(path, QString::fromStdString(opened.error().message).split(QLatin1Char('\n')));
        return false;
    }
    auto* dialog = new PackageReviewDialog(path, std::move(*opened), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    m_status->setText(tr("Reviewing %1").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::choosePackage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Package for Review"),
                                                      QString(), tr("Vouch packages (*.vouch)"));
    if (!path.isEmpty()) {
        openPackage(path);
    }
}

void MainWindow::createSignerIdentity()
{
    SignerIdentityDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_status->setText(tr("Signer identity saved to %1").arg(dialog.keyPath()));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Vouch"),
                       tr("<h3>Vouch %1</h3><p>Readiness assessments for generative-AI workloads "
                          "in regulated settings.</p><p>Informational only; not legal advice.</p>")
                           .arg(QStringLiteral(VOUCH_VERSION)));
}

} // namespace vouch::ui
