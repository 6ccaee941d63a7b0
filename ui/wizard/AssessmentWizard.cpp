// SPDX-License-Identifier: Apache-2.0
#include "ui/wizard/AssessmentWizard.h"

#include "rules/EvaluationJson.h"
#include "services/ActionPlanCsv.h"
#include "ui/QuestionHelp.h"
#include "ui/RevisionComparisonDialog.h"
#include "ui/UserPrompts.h"
#include "ui/questions/QuestionWidget.h"
#include "ui/questions/SectionForm.h"
#include "ui/wizard/IntroPage.h"
#include "ui/wizard/ReviewPage.h"
#include "ui/wizard/SectionPage.h"
#include "ui/wizard/SignOffPage.h"
#include "ui/wizard/WizardSidePanel.h"

#include <QAbstractButton>
#include <QDate>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace vouch::ui {
namespace {

// Long enough not to save on every keystroke, short enough that a crash loses little.
constexpr int kAutosaveDelayMs = 800;

} // namespace

AssessmentWizard::AssessmentWizard(std::unique_ptr<services::DraftEditor> draft,
                                   const services::Workspace& workspace, QWidget* parent)
    : QWizard(parent)
    , m_draft(std::move(draft))
    , m_workspace(workspace)
    , m_service(workspace.assessments())
{
    setObjectName(QStringLiteral("assessmentWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("&Close"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    button(QWizard::CancelButton)->setToolTip(tr("Close the wizard; the draft is kept"));
    resize(1024, 700);

    m_intro = new IntroPage(*m_draft, this);
    addPage(m_intro);
    connect(m_intro, &IntroPage::edited, this, &AssessmentWizard::draftEdited);
    const auto& sections = m_draft->questionnaire().sections;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        auto* page = new SectionPage(*m_draft, static_cast<int>(i), this);
        addPage(page);
        m_sections.push_back(page);
        connect(page->form(), &SectionForm::edited, this, &AssessmentWizard::draftEdited);
        connect(page->form(), &SectionForm::attachRequested, this,
                [this](const QString& question, const QString& item, const QStringList& files) {
                    QStringList chosen = files;
                    if (chosen.isEmpty()) {
                        chosen =
                            prompts::openFiles(this, tr("Attach Evidence"), tr("All files (*)"));
                    }
                    const QStringList errors = attachEvidence(question, item, chosen);
                    if (!errors.isEmpty()) {
                        prompts::inform(this, QMessageBox::Warning, tr("Attach Evidence"),
                                        errors.join(QLatin1Char('\n')));
                    }
                });
    }
    m_review = new ReviewPage(*m_draft, this);
    addPage(m_review);
    connect(m_review, &ReviewPage::edited, this, &AssessmentWizard::draftEdited);
    connect(m_review, &ReviewPage::questionChosen, this, &AssessmentWizard::goToQuestion);
    connect(m_review, &ReviewPage::exportActionsRequested, this,
            &AssessmentWizard::chooseActionsCsv);
    m_signOff = new SignOffPage(
        *m_draft, m_workspace, [this] { return saveDraft(); }, this);
    addPage(m_signOff);
    connect(m_signOff, &SignOffPage::signedAssessment, this, [this] {
        lockAfterSigning();
        Q_EMIT assessmentSaved(fromUtf8(m_draft->assessmentId().value_or("")));
    });

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_side = new WizardSidePanel(*m_draft, side);
    sideLayout->addWidget(m_side, 1);
    m_saveState = new QLabel(side);
    m_saveState->setTextFormat(Qt::PlainText); // a refused save quotes the typed markup
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveState->setWordWrap(true);
    sideLayout->addWidget(m_saveState);
    m_updateOffer = new QWidget(side);
    auto* offerLayout = new QVBoxLayout(m_updateOffer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    m_updateText = new QLabel(m_updateOffer);
    m_updateText->setWordWrap(true);
    m_updateButton = new QPushButton(m_updateOffer);
    m_updateButton->setObjectName(QStringLiteral("updateQuestionnaireButton"));
    offerLayout->addWidget(m_updateText);
    offerLayout->addWidget(m_updateButton);
    m_updateOffer->hide();
    sideLayout->addWidget(m_updateOffer);
    connect(m_updateButton, &QPushButton::clicked, this, [this] {
        // The report is made from what is saved: the edits so far go first.
        if (saveDraft()) {
            Q_EMIT questionnaireUpdateRequested(fromUtf8(*m_draft->assessmentId()));
        }
    });
    setSideWidget(side);
    connect(m_side, &WizardSidePanel::sectionChosen, this, &AssessmentWizard::goToSection);
    connect(m_side, &WizardSidePanel::questionChosen, this, &AssessmentWizard::goToQuestion);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (!m_conflictDeferred) {
            saveDraft();
        }
    });
    connect(this, &QWizard::currentIdChanged, this, &AssessmentWizard::pageChanged);

    const auto& title = m_draft->meta().title;
    setWindowTitle(title.empty() ? tr("New Assessment — Vouch")
                                 : tr("%1 — Vouch").arg(fromUtf8(title)));
    refreshSidePanel();
}

AssessmentWizard::~AssessmentWizard() = default;

SectionPage* AssessmentWizard::sectionPage(int section) const
{
    return section >= 0 && section < static_cast<int>(m_sections.size())
               ? m_sections[static_cast<std::size_t>(section)]
               : nullptr;
}

int AssessmentWizard::reviewPageId() const
{
    return static_cast<int>(m_sections.size()) + 1;
}

int AssessmentWizard::currentSection() const
{
    const auto* page = qobject_cast<const SectionPage*>(currentPage());
    return page != nullptr ? page->sectionIndex() : -1;
}

void AssessmentWizard::draftEdited()
{
    refreshSidePanel();
    m_autosave->start();
}

void AssessmentWizard::pageChanged(int /*id*/)
{
    saveDraft();
    refreshSidePanel();
}

void AssessmentWizard::refreshSidePanel()
{
    m_side->refresh(currentSection());
}

void AssessmentWizard::offerQuestionnaireUpdate(const QString& version)
{
    m_updateText->setText(tr("Answered on questionnaire %1; version %2 ships with Vouch.")
                              .arg(fromUtf8(m_draft->questionnaire().version), version));
    m_updateButton->setText(tr("&Update to %1…").arg(version));
    m_updateOffer->show();
}

void AssessmentWizard::setPreferences(const services::Preferences& preferences)
{
    m_signOff->setPreferences(preferences);
}

bool AssessmentWizard::saveDraft()
{
    m_autosave->stop();
    // Nothing is stored before the assessment has a title (the intro page asks for it).
    if (!m_draft->missingMeta().empty() || (!m_draft->isDirty() && m_draft->assessmentId())) {
        return m_draft->assessmentId().has_value();
    }
    auto saved = m_draft->save(m_service);
    if (!saved && saved.error().kind == ErrorKind::Conflict) {
        saved = resolveConflict(saved.error());
    }
    if (!saved) {
        // A field the intro page already explains (a tag in the title) is said in its words,
        // not as the engine's field path.
        const QString atIntro = m_intro->problem();
        m_lastSaveError = atIntro.isEmpty() ? fromUtf8(saved.error().message) : atIntro;
        m_saveState->setText(tr("Not saved: %1").arg(m_lastSaveError));
        m_saveState->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        return false;
    }
    m_saveState->setText(
        tr("Draft saved at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    m_saveState->setStyleSheet(QString());
    m_lastSaveError.clear();
    setWindowTitle(tr("%1 — Vouch").arg(fromUtf8(m_draft->meta().title)));
    Q_EMIT assessmentSaved(fromUtf8(*m_draft->assessmentId()));
    return true;
}

Result<void> AssessmentWizard::resolveConflict(const Error& conflict)
{
    enum Choice
    {
        Compare,
        KeepMine,
        DiscardMine,
        DecideLater
    };
    const QString text =
        tr("This assessment was changed elsewhere while you were editing it.\n\n%1\n\n"
           "Your edits are still in this window; nothing has been overwritten.")
            .arg(fromUtf8(conflict.message));
    for (;;) {
        const int choice = prompts::choose(this, tr("Changed Elsewhere"), text,
                                           {tr("Compare…"), tr("Save My Edits on Top"),
                                            tr("Discard My Edits"), tr("Decide Later")},
                                           DecideLater);
        if (choice == Compare) {
            auto comparison = m_draft->compareWithCurrent(m_service);
            if (!comparison) {
                return comparison.error();
            }
            RevisionComparisonDialog dialog(*comparison, tr("Saved elsewhere"), tr("Your edits"),
                                            this);
            dialog.exec();
            continue;
        }
        if (choice == KeepMine) {
            m_conflictDeferred = false;
            return m_draft->saveOnTopOfCurrent(m_service);
        }
        if (choice == DiscardMine) {
            m_conflictDeferred = false;
            auto discarded = m_draft->discardEdits(m_service);
            if (discarded) {
                reloadPages();
            }
            return discarded;
        }
        m_conflictDeferred = true;
        return Error{
            tr("changed elsewhere; your edits are kept here until you decide").toStdString(),
            ErrorKind::Conflict};
    }
}

void AssessmentWizard::reloadPages()
{
    m_intro->initializePage();
    for (auto* page : m_sections) {
        page->form()->reload();
    }
    if (currentPage() == m_review) {
        m_review->initializePage();
    }
    refreshSidePanel();
}

void AssessmentWizard::goToSection(int section)
{
    const int target = section + 1; // the intro page comes first
    while (currentId() > target) {
        back();
    }
    for (auto* page : m_sections) {
        page->setJumping(true);
    }
    while (currentId() < target) {
        const int before = currentId();
        next();
        if (currentId() == before) {
            break; // the intro page refused (no title yet): it says why
        }
    }
    for (auto* page : m_sections) {
        page->setJumping(false);
    }
}

void AssessmentWizard::resume()
{
    const auto& unanswered = m_draft->evaluation().unanswered;
    if (!unanswered.empty()) {
        goToQuestion(QString::fromStdString(unanswered.front()));
        return;
    }
    goToSection(static_cast<int>(m_sections.size()) - 1);
    if (currentPage() == m_sections.back()) {
        next();
    }
}

void AssessmentWizard::goToQuestion(const QString& questionId)
{
    const int section = m_draft->sectionOf(questionId.toStdString());
    if (section < 0) {
        return;
    }
    goToSection(section);
    auto* page = sectionPage(section);
    if (currentPage() != page) {
        return;
    }
    if (auto* widget = page->form()->questionWidget(questionId.toStdString())) {
        widget->focusAnswer();
        if (auto* scroll = page->findChild<QScrollArea*>()) {
            scroll->ensureWidgetVisible(widget);
        }
    }
}

QStringList AssessmentWizard::attachEvidence(const QString& questionId, const QString& item,
                                             const QStringList& files)
{
    QStringList errors;
    if (!m_draft->assessmentId() && !m_draft->missingMeta().empty()) {
        return {tr("Give the assessment a title first: evidence is stored with it.")};
    }
    for (const auto& file : files) {
        auto attached = m_draft->attach(m_service, file.toStdString(), questionId.toStdString(),
                                        item.toStdString());
        if (!attached) {
            errors << fromUtf8(attached.error().message);
        }
    }
    if (auto* page = sectionPage(m_draft->sectionOf(questionId.toStdString()))) {
        page->form()->reload();
    }
    if (m_draft->assessmentId()) {
        Q_EMIT assessmentSaved(fromUtf8(*m_draft->assessmentId()));
    }
    return errors;
}

QString AssessmentWizard::exportActionsCsv(const QString& path)
{
    model::AssessmentPayload payload;
    payload.answers = m_draft->answers();
    payload.evaluation = rules::evaluationToJson(m_draft->evaluation(), m_draft->questionnaire());
    auto written = services::writeActionPlanCsv(
        path.toStdString(), payload, QDate::currentDate().toString(Qt::ISODate).toStdString());
    return written ? QString() : fromUtf8(written.error().message);
}

void AssessmentWizard::chooseActionsCsv()
{
    const QString suggested =
        tr("%1 - actions.csv", "file name").arg(fromUtf8(m_draft->meta().title));
    const QString path = prompts::saveFile(
        this, tr("Export Action Plan"), QDir::home().filePath(suggested), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const QString error = exportActionsCsv(path);
    prompts::inform(this, error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Export Action Plan"),
                    error.isEmpty()
                        ? tr("Action plan written to %1").arg(QDir::toNativeSeparators(path))
                        : error);
}

void AssessmentWizard::lockAfterSigning()
{
    m_intro->setReadOnly(true);
    for (auto* page : m_sections) {
        page->form()->setReadOnly(true);
    }
    m_review->setReadOnly(true);
    m_saveState->setText(tr("Signed; this revision can no longer change."));
}

void AssessmentWizard::done(int result)
{
    // An officer who reached the sign-off page and leaves without signing is told so:
    // the wizard never finishes quietly with the decision unsigned.
    if (currentPage() == m_signOff && !m_signOff->isSigned() &&
        !prompts::confirm(this, tr("Close Without Signing?"),
                          tr("This assessment has not been signed. It stays in the library "
                             "as a draft. Close the wizard anyway?"))) {
        return;
    }
    // Closing keeps the draft: whatever was typed since the last autosave is saved. When
    // that fails (conflict, library moved away, disk full) closing would lose the edits,
    // so the user decides with the reason in front of them.
    m_conflictDeferred = false;
    if (!saveDraft() && m_draft->assessmentId() && m_draft->isDirty() &&
        !prompts::confirm(this, tr("Close Without Saving?"),
                          tr("Your latest edits could not be saved: %1\n\nClose the wizard "
                             "and lose them?")
                              .arg(m_lastSaveError))) {
        return;
    }
    QWizard::done(result);
}

} // namespace vouch::ui
