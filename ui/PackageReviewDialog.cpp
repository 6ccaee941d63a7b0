// SPDX-License-Identifier: Apache-2.0
#include "ui/PackageReviewDialog.h"

#include "services/DecisionOverview.h"
#include "services/HistoryEntries.h"
#include "services/PdfSignOff.h"
#include "services/ReReview.h"
#include "services/ReportService.h"
#include "services/SigningService.h"
#include "ui/CountersignDialog.h"
#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"
#include "ui/RevisionComparisonDialog.h"
#include "ui/UserPrompts.h"
#include "ui/questions/SectionForm.h"
#include "ui/wizard/ActionPlanEditor.h"

#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace vouch::ui {
namespace {

// How far a signature is trusted when only its check is known (no trust verdict).
services::TrustState trustStateOf(signing::SignatureState state)
{
    switch (state) {
    case signing::SignatureState::Valid:
        return services::TrustState::Trusted;
    case signing::SignatureState::ValidUntrusted:
        return services::TrustState::Untrusted;
    case signing::SignatureState::Invalid:
        break;
    }
    return services::TrustState::Invalid;
}

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

// Colours with enough contrast for text on them (WCAG AA against white text).
QString bannerStyle(services::VerificationBanner::Level level)
{
    using Level = services::VerificationBanner::Level;
    switch (level) {
    case Level::Good:
        return QStringLiteral("background:#1b5e20;color:white;");
    case Level::Caution:
        return QStringLiteral("background:#8a5300;color:white;");
    case Level::Bad:
        return QStringLiteral("background:#b71c1c;color:white;");
    case Level::Neutral:
        break;
    }
    return QStringLiteral("background:#455a64;color:white;");
}

} // namespace

PackageReviewDialog::PackageReviewDialog(const QString& fileName, services::OpenedPackage opened,
                                         const services::Workspace* workspace, QWidget* parent,
                                         std::optional<std::string> receivedCopyOf)
    : QDialog(parent)
    , m_opened(std::move(opened))
    , m_fileName(fileName)
    , m_receivedCopyOf(std::move(receivedCopyOf))
{
    setObjectName(QStringLiteral("packageReviewDialog"));
    const auto& payload = m_opened.report.payload;
    // The history and "new revision" belong to assessments that are in the library; a
    // received copy's payload names the assessment it copies, which is not it.
    if (workspace != nullptr && workspace->hasLibrary() && payload && !m_receivedCopyOf) {
        auto record = workspace->assessment(payload->assessmentId);
        if (record && *record) {
            m_workspace = workspace;
            auto trust = services::SignatureTrust::of(&workspace->library());
            auto decision = trust
                                ? services::decisionInForce(workspace->library(), *trust, **record)
                                : Result<services::DecisionInForce>(trust.error());
            if (decision) {
                m_decision = std::move(*decision);
            }
            if (m_decision && m_decision->hasDraftInProgress()) {
                const auto signing = workspace->signing();
                if (auto signedPackage =
                        signing.packageOf(payload->assessmentId, m_decision->signedRevision)) {
                    if (auto report = signing.verify(*signedPackage); report.payload) {
                        m_inForce = std::move(report);
                    }
                }
            }
        }
    }
    setWindowTitle(fileName.isEmpty()
                       ? tr("Review: %1").arg(payload ? text(payload->meta.title) : QString())
                       : tr("Review %1").arg(QFileInfo(fileName).fileName()));
    resize(1000, 700);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        makeBanner(services::bannerFor(m_opened.report, m_decision ? &*m_decision : nullptr)));
    if (m_receivedCopyOf) {
        auto* copy = new QLabel(
            tr("Received copy of assessment %1, kept as received: it is never a revision of "
               "that assessment and is not changed or signed here.")
                .arg(text(*m_receivedCopyOf)),
            this);
        copy->setObjectName(QStringLiteral("receivedCopyBanner"));
        copy->setWordWrap(true);
        copy->setTextFormat(Qt::PlainText);
        copy->setStyleSheet(QStringLiteral("background:#455a64;color:white;padding:8px;"
                                           "border-radius:4px;"));
        layout->addWidget(copy);
    }
    if (auto* reReview = makeReReviewBanner()) {
        layout->addWidget(reReview);
    }
    if (payload && m_opened.report.questionnaire) {
        services::OpenedRevision revision;
        revision.assessment.id = payload->assessmentId;
        revision.questionnaire = *m_opened.report.questionnaire;
        revision.payload = *payload;
        m_view = std::make_unique<services::DraftEditor>(std::move(revision));
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(makeDecisionTab(), tr("D&ecision"));
    auto* summaryTab = new QWidget(m_tabs);
    auto* summaryLayout = new QVBoxLayout(summaryTab);
    auto* summary = new QTextBrowser(summaryTab);
    summary->setObjectName(QStringLiteral("packageSummary"));
    summary->setHtml(summaryHtml());
    summaryLayout->addWidget(summary, 3);
    summaryLayout->addWidget(makeSignatureTable(), 1);
    m_tabs->addTab(summaryTab, tr("&Summary"));
    if (m_view) {
        m_tabs->addTab(makeAnswersTab(), tr("&Answers"));
        m_tabs->addTab(makeEvidenceTab(), tr("E&vidence"));
        m_tabs->addTab(makeActionsTab(), tr("Action &Plan"));
    }
    if (m_workspace != nullptr) {
        m_tabs->addTab(makeHistoryTab(), tr("&History"));
    }
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* exportButton = buttons->addButton(tr("Export P&DF..."), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    // A PDF of an invalid or inconsistent package would look like a sign-off.
    exportButton->setEnabled(!m_opened.report.signatures.anyInvalid() &&
                             m_opened.report.consistent);
    connect(exportButton, &QPushButton::clicked, this, &PackageReviewDialog::chooseAndExportPdf);
    if (m_workspace != nullptr) {
        // A draft continues; a signed assessment gets a new revision.
        auto record = m_workspace->assessment(payload->assessmentId);
        const bool isDraft = record && *record && (*record)->status == "draft";
        auto* revise = buttons->addButton(isDraft ? tr("Continue &Draft") : tr("New &Revision"),
                                          QDialogButtonBox::ActionRole);
        revise->setObjectName(QStringLiteral("newRevisionButton"));
        connect(revise, &QPushButton::clicked, this, [this] {
            Q_EMIT newRevisionRequested(text(m_opened.report.payload->assessmentId));
            accept();
        });
        // The assessment stays on its own questionnaire snapshot until asked to move.
        auto* update = buttons->addButton(tr("&Update to the Current Questionnaire..."),
                                          QDialogButtonBox::ActionRole);
        update->setObjectName(QStringLiteral("updateQuestionnaireButton"));
        connect(update, &QPushButton::clicked, this, [this] {
            Q_EMIT questionnaireUpdateRequested(text(m_opened.report.payload->assessmentId));
            accept();
        });
    }
    layout->addLayout(makeCountersignRow());
    layout->addWidget(buttons);
}

PackageReviewDialog::~PackageReviewDialog() = default;

services::CountersignBlock PackageReviewDialog::countersignBlock() const
{
    // A library assessment whose signatures could not be read is not signed over.
    if (!m_opened.report.payload || (m_workspace != nullptr && !m_decision)) {
        return services::CountersignBlock::InvalidSignature;
    }
    if (m_decision) {
        return services::countersignBlock(*m_decision);
    }
    if (!m_opened.report.consistent) {
        return services::CountersignBlock::InvalidSignature;
    }
    return services::countersignBlock(m_opened.report.trust);
}

QString PackageReviewDialog::countersignBlockedText(services::CountersignBlock block) const
{
    using Block = services::CountersignBlock;
    switch (block) {
    case Block::None:
        return {};
    case Block::AwaitingAssessor:
        return tr("Countersigning: waiting for the assessor's signature.");
    case Block::AlreadyApproved: {
        const auto& signers =
            m_decision ? m_decision->signatures.signers : m_opened.report.trust.signers;
        const auto approver =
            std::find_if(signers.begin(), signers.end(), [](const services::SignerTrust& s) {
                return s.signatureRole == "approver";
            });
        return approver == signers.end() ? tr("Already approved.")
                                         : tr("Already approved by %1 on %2.")
                                               .arg(fromUtf8(approver->signerName),
                                                    fromUtf8(approver->signedAt.substr(0, 10)));
    }
    case Block::InvalidSignature:
        break;
    }
    return tr("Cannot countersign: a signature is invalid or from a look-alike signer, or the "
              "contents do not match.");
}

QLayout* PackageReviewDialog::makeCountersignRow()
{
    auto* row = new QHBoxLayout;
    auto* state = new QLabel(this);
    state->setObjectName(QStringLiteral("countersignState"));
    state->setWordWrap(true);
    state->setTextFormat(Qt::PlainText);
    // A library assessment names the revision that takes the signature: under a draft
    // (New Revision) it is the signed revision in force, not the draft on screen.
    const auto signedRevision = m_decision ? m_decision->signedRevision : std::nullopt;
    auto* button = new QPushButton(
        signedRevision ? tr("C&ountersign Revision %1 as Approver...").arg(*signedRevision)
                       : tr("C&ountersign as Approver..."),
        this);
    button->setObjectName(QStringLiteral("countersignButton"));
    const auto block = countersignBlock();
    QString why = countersignBlockedText(block);
    if (block == services::CountersignBlock::None && m_decision &&
        m_decision->hasDraftInProgress()) {
        why = tr("Countersigning signs revision %1, the sign-off in force; draft revision %2 "
                 "stays as it is.")
                  .arg(*m_decision->signedRevision)
                  .arg(*m_decision->draftRevision);
    }
    // The package inside a PDF sign-off cannot take a signature in place.
    const bool pdf = m_workspace == nullptr && services::isPdfSignOff(m_fileName.toStdString());
    if (block == services::CountersignBlock::None && pdf) {
        why = tr("A PDF sign-off is countersigned through its package: import the PDF, then "
                 "countersign the assessment in the library.");
    }
    if (m_receivedCopyOf) {
        why = tr("A received copy is not countersigned: it stays as it was received.");
    }
    state->setText(why);
    const bool available = block == services::CountersignBlock::None && !pdf && !m_receivedCopyOf;
    button->setEnabled(available);
    button->setToolTip(available ? tr("Review the assessor's signature, the verdict and the "
                                      "findings, then sign as approver")
                                 : why);
    connect(button, &QPushButton::clicked, this, [this] { startCountersign(); });
    row->addWidget(state, 1);
    row->addWidget(button);
    return row;
}

QString PackageReviewDialog::signAsApprover(const services::Signer& signer,
                                            const std::string& attestation) const
{
    const auto& key = signer.key;
    const auto role = signing::SignatureRole::Approver;
    if (m_workspace == nullptr) {
        const auto signing = services::Workspace().signing(); // a file: no library
        auto added = signing.signPackageFile(m_fileName.toStdString(), key, role, attestation);
        return added ? QString() : fromUtf8(added.error().message);
    }
    auto signing = m_workspace->signing();
    signing.setReviewIntervals(m_intervals);
    // The library's PDF sign-off gets the approver's PAdES signature too; a note about
    // the PDF (e.g. an identity without a certificate) does not fail the countersign.
    auto added = signing.signAssessmentWithPdf(m_opened.report.payload->assessmentId, signer, role,
                                               attestation, m_decision->signedRevision);
    return added ? QString() : fromUtf8(added.error().message);
}

CountersignDialog* PackageReviewDialog::startCountersign()
{
    auto* button = findChild<QPushButton*>(QStringLiteral("countersignButton"));
    if (button == nullptr || !button->isEnabled()) {
        return nullptr; // the row beside the button says why
    }
    const auto& signatures = m_decision ? m_decision->signatures : m_opened.report.trust;
    // Under a draft the approver is shown the signed revision they sign, not the draft.
    if (m_decision && m_decision->hasDraftInProgress() && !m_inForce) {
        prompts::inform(this, QMessageBox::Warning, tr("Countersign"),
                        tr("Signed revision %1 cannot be read; nothing was signed.")
                            .arg(m_decision->signedRevision.value_or(0)));
        return nullptr;
    }
    auto* dialog = new CountersignDialog(
        *decidingReport().payload, signatures,
        m_decision ? m_decision->signedRevision : std::nullopt,
        [this](const services::Signer& signer, const std::string& attestation) {
            return signAsApprover(signer, attestation);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_workspace != nullptr) {
            Q_EMIT countersigned(text(m_opened.report.payload->assessmentId));
        } else {
            Q_EMIT packageCountersigned(m_fileName);
        }
        accept(); // the caller shows the assessment again, with the new signature
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

const services::PackageReport& PackageReviewDialog::decidingReport() const
{
    return m_inForce ? *m_inForce : m_opened.report;
}

const services::TrustVerdict& PackageReviewDialog::decidingSignatures() const
{
    return m_decision ? m_decision->signatures : m_opened.report.trust;
}

void PackageReviewDialog::setReviewIntervals(const services::ReviewIntervals& intervals)
{
    m_intervals = intervals;
    showReviewDue();
}

QWidget* PackageReviewDialog::makeDecisionTab()
{
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("decisionPage"));
    scroll->setWidgetResizable(true);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    scroll->setWidget(page);
    const auto& report = decidingReport();
    if (!report.payload || !report.questionnaire) {
        auto* unreadable = new QLabel(tr("The contents cannot be read, so there is no decision "
                                         "to show. The banner above says why."),
                                      page);
        unreadable->setWordWrap(true);
        layout->addWidget(unreadable);
        layout->addStretch(1);
        return scroll;
    }
    const auto overview = services::decisionOverview(
        *report.payload, report.questionnaire->questionnaire, decidingSignatures(), m_intervals);

    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(escaped(overview.title)), page);
    heading->setObjectName(QStringLiteral("decisionTitle"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    QString which;
    if (m_decision && m_decision->hasDraftInProgress()) {
        which = tr("Signed revision %1 is the decision in force; draft revision %2 is in "
                   "progress and not signed yet.")
                    .arg(*m_decision->signedRevision)
                    .arg(*m_decision->draftRevision);
    } else if (m_decision && m_decision->isSigned()) {
        which = tr("Signed revision %1 is the decision in force.").arg(*m_decision->signedRevision);
    } else if (m_decision) {
        which = tr("Draft revision %1: nobody has signed it yet.")
                    .arg(m_decision->draftRevision.value_or(0));
    } else {
        which = overview.signatures.isSigned() ? tr("The decision this package carries.")
                                               : tr("This package is not signed.");
    }
    auto* revisionLine = new QLabel(which, page);
    revisionLine->setObjectName(QStringLiteral("decisionRevision"));
    revisionLine->setWordWrap(true);
    layout->addWidget(revisionLine);

    auto* badges = new QHBoxLayout;
    auto* tier = new QLabel(page);
    tier->setObjectName(QStringLiteral("decisionTier"));
    QString tierText = tr("Tier: %1").arg(tierLabel(overview.tier));
    if (overview.tierRank) {
        tierText = tr("Tier: %1 (level %2 of %3)")
                       .arg(tierLabel(overview.tier))
                       .arg(*overview.tierRank + 1)
                       .arg(overview.tierLevels);
    }
    tier->setText(tierText);
    styleAsBadge(*tier, levelColour(overview.tierRank, overview.tierLevels));
    auto* verdict = new QLabel(tr("Verdict: %1").arg(verdictLabel(overview.verdict)), page);
    verdict->setObjectName(QStringLiteral("decisionVerdict"));
    styleAsBadge(*verdict, verdictColour(overview.verdict));
    badges->addWidget(tier);
    badges->addWidget(verdict);
    badges->addStretch(1);
    layout->addLayout(badges);

    layout->addWidget(new QLabel(tr("<b>Signatures</b>"), page));
    const auto& signers = overview.signatures.signers;
    auto* signatures = new QTableWidget(static_cast<int>(signers.size()), 4, page);
    signatures->setObjectName(QStringLiteral("decisionSignatures"));
    signatures->setHorizontalHeaderLabels(
        {tr("Signer"), tr("Signed as"), tr("Signed at (UTC)"), tr("Trust")});
    signatures->verticalHeader()->hide();
    signatures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    signatures->setTabKeyNavigation(false);
    signatures->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < signatures->rowCount(); ++row) {
        const auto& signer = signers[static_cast<std::size_t>(row)];
        signatures->setItem(row, 0, new QTableWidgetItem(fromUtf8(signer.signerName)));
        signatures->setItem(row, 1, new QTableWidgetItem(signatureRoleLabel(signer.signatureRole)));
        signatures->setItem(row, 2, new QTableWidgetItem(signedAtLabel(signer.signedAt)));
        auto* trust = new QTableWidgetItem(trustStateLabel(signer.state));
        if (signer.state != services::TrustState::Trusted) {
            trust->setForeground(QColor(0xb7, 0x1c, 0x1c));
            trust->setToolTip(fromUtf8(signer.sentence()));
        }
        signatures->setItem(row, 3, trust);
    }
    signatures->resizeColumnsToContents();
    signatures->setMaximumHeight(signatures->horizontalHeader()->height() +
                                 std::max(2, signatures->rowCount()) *
                                     (signatures->verticalHeader()->defaultSectionSize() + 1) +
                                 4);
    if (signers.empty()) {
        layout->addWidget(new QLabel(tr("Nobody has signed it yet."), page));
        signatures->hide();
    }
    layout->addWidget(signatures);

    const auto addList = [&](const QString& title, const QString& name, const QStringList& lines,
                             const QString& none) {
        layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), page));
        auto* list = new QListWidget(page);
        list->setObjectName(name);
        list->setWordWrap(true);
        list->addItems(lines.isEmpty() ? QStringList{none} : lines);
        list->setMaximumHeight(
            list->sizeHintForRow(0) * std::clamp(static_cast<int>(lines.size()), 1, 8) + 8);
        layout->addWidget(list);
    };
    QStringList blocking;
    for (const auto& finding : overview.blocking) {
        blocking << fromUtf8(finding.title);
    }
    addList(tr("Blocking findings"), QStringLiteral("decisionBlocking"), blocking,
            tr("None: nothing blocks the go-live."));
    QStringList actions;
    for (const auto& action : overview.openActions) {
        actions << tr("%1 — %2, due %3 (%4)")
                       .arg(fromUtf8(action.what), fromUtf8(action.owner),
                            action.due.empty() ? tr("no date") : fromUtf8(action.due),
                            actionStatusLabel(action.status));
    }
    addList(tr("Open actions"), QStringLiteral("decisionActions"), actions,
            tr("None: every action of the plan is done."));

    m_reviewDue = new QLabel(page);
    m_reviewDue->setObjectName(QStringLiteral("decisionReviewDue"));
    layout->addWidget(m_reviewDue);
    layout->addStretch(1);
    showReviewDue();
    return scroll;
}

void PackageReviewDialog::showReviewDue()
{
    if (m_reviewDue == nullptr) {
        return;
    }
    const auto& report = decidingReport();
    if (!report.payload || !report.questionnaire) {
        return;
    }
    auto overview = services::decisionOverview(*report.payload, report.questionnaire->questionnaire,
                                               decidingSignatures(), m_intervals);
    // A signed library assessment keeps the date its signing set.
    if (m_workspace != nullptr && !m_inForce) {
        if (auto record = m_workspace->assessment(report.payload->assessmentId);
            record && *record && (*record)->status == "signed" && (*record)->fields.reviewDue) {
            overview.reviewDue = (*record)->fields.reviewDue;
        }
    }
    m_reviewDue->setText(overview.reviewDue
                             ? tr("<b>Next review:</b> %1").arg(fromUtf8(*overview.reviewDue))
                             : tr("<b>Next review:</b> set when it is signed"));
}

QWidget* PackageReviewDialog::makeReReviewBanner()
{
    const auto& payload = m_opened.report.payload;
    if (!payload || !m_opened.report.questionnaire) {
        return nullptr;
    }
    services::AssessmentRecord record;
    if (m_workspace != nullptr) {
        if (auto stored = m_workspace->assessment(payload->assessmentId); stored && *stored) {
            record = **stored;
        }
    } else {
        record.fields = services::AssessmentService::fieldsOf(*payload);
        record.status = m_opened.report.signatures.isSigned() ? "signed" : "draft";
    }
    const auto state =
        services::reReviewStateOf(record, m_opened.report.questionnaire->questionnaire,
                                  QDate::currentDate().toString(Qt::ISODate).toStdString());
    if (!state.isNeeded()) {
        return nullptr;
    }
    auto* banners = new QWidget(this);
    auto* column = new QVBoxLayout(banners);
    column->setContentsMargins(0, 0, 0, 0);
    if (state.isAssessmentDue()) {
        QStringList lines;
        for (const auto& reason : state.reasons) {
            if (reason.reason == services::ReReviewState::Reason::ReviewDatePassed) {
                lines << tr("The review was due on %1 and is overdue.").arg(text(reason.date));
            } else if (reason.reason == services::ReReviewState::Reason::ActionsOverdue) {
                lines << tr("A remediation action was due on %1 and is not done.")
                             .arg(text(reason.date));
            }
        }
        column->addWidget(makeNotice(QStringLiteral("reReviewBanner"), tr("Due for re-review"),
                                     lines, QStringLiteral("background:#8a5300;color:white;")));
    }
    if (state.has(services::ReReviewState::Reason::SourcesOutdated)) {
        const auto oldest =
            std::min_element(state.staleSources.begin(), state.staleSources.end(),
                             [](const auto& a, const auto& b) { return a.asOf < b.asOf; });
        const QString line =
            tr("%n of the questionnaire's sources are more than 12 months old (oldest: %1, as "
               "of %2). The vendor facts behind the questions may have changed: check them "
               "when you update the questionnaire. This does not make the assessment due.",
               "", static_cast<int>(state.staleSources.size()))
                .arg(text(oldest->title), text(oldest->asOf));
        column->addWidget(makeNotice(QStringLiteral("staleSourcesNotice"),
                                     tr("Sources to re-check"), {line},
                                     // Information, not a state of the sign-off: light,
                                     // so it is never mistaken for the grey "Unsigned
                                     // draft" banner above it.
                                     QStringLiteral("background:#eceff1;color:#263238;"
                                                    "border-left:4px solid #607d8b;")));
    }
    return banners;
}

QLabel* PackageReviewDialog::makeNotice(const QString& name, const QString& title,
                                        const QStringList& lines, const QString& style)
{
    QStringList escapedLines;
    for (const auto& line : lines) {
        escapedLines << line.toHtmlEscaped();
    }
    auto* label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("<b>%1</b><br>%2")
                       .arg(title.toHtmlEscaped(), escapedLines.join(QStringLiteral("<br>"))));
    label->setAccessibleName(title);
    label->setAccessibleDescription(lines.join(QLatin1Char(' ')));
    label->setStyleSheet(style + QStringLiteral("padding:8px;border-radius:4px;"));
    return label;
}

QWidget* PackageReviewDialog::makeAnswersTab()
{
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("reviewAnswers"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    for (const auto& section : m_view->questionnaire().sections) {
        auto* heading =
            new QLabel(QStringLiteral("<h3>%1</h3>").arg(escaped(section.title)), content);
        layout->addWidget(heading);
        auto* form = new SectionForm(*m_view, section, content);
        form->setReadOnly(true);
        layout->addWidget(form);
    }
    layout->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

QWidget* PackageReviewDialog::makeEvidenceTab()
{
    const auto& attachments = m_view->attachments();
    auto* table = new QTableWidget(static_cast<int>(attachments.size()), 4, m_tabs);
    table->setObjectName(QStringLiteral("evidenceTable"));
    table->setHorizontalHeaderLabels({tr("File"), tr("Question"), tr("Size"), tr("SHA-256")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto& attachment = attachments[static_cast<std::size_t>(row)];
        const auto* question = m_view->questionnaire().question(attachment.question);
        QString where = question != nullptr ? text(question->text) : text(attachment.question);
        if (!attachment.item.empty()) {
            const auto* item = question != nullptr ? question->item(attachment.item) : nullptr;
            where += QStringLiteral(" — ") +
                     (item != nullptr ? text(item->title) : text(attachment.item));
        }
        table->setItem(row, 0, new QTableWidgetItem(text(attachment.name)));
        table->setItem(row, 1, new QTableWidgetItem(where));
        table->setItem(row, 2, new QTableWidgetItem(QLocale().formattedDataSize(attachment.size)));
        table->setItem(row, 3, new QTableWidgetItem(text(attachment.sha256)));
    }
    table->resizeColumnsToContents();
    return table;
}

QWidget* PackageReviewDialog::makeActionsTab()
{
    auto* editor = new ActionPlanEditor(*m_view, m_tabs);
    editor->setReadOnly(true);
    return editor;
}

namespace {

// The first revision a history row stands for (UserRole holds its last).
constexpr int kFirstRevisionRole = Qt::UserRole + 1;

} // namespace

QWidget* PackageReviewDialog::makeHistoryTab()
{
    auto* tab = new QWidget(m_tabs);
    const auto history = m_workspace->history(m_opened.report.payload->assessmentId);
    // One editing session (autosaves) is one row; Compare works on the revisions a row
    // stands for.
    const auto entries =
        services::historyEntries(history ? *history : std::vector<services::RevisionRecord>{});
    m_history = new QTableWidget(static_cast<int>(entries.size()), 5, tab);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setHorizontalHeaderLabels(
        {tr("Revision"), tr("Kind"), tr("Author"), tr("Saved (UTC)"), tr("SHA-256")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_history->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_history->rowCount(); ++row) {
        const auto& entry = entries[static_cast<std::size_t>(row)];
        const bool session = entry.saves() > 1;
        auto* number = new QTableWidgetItem(
            session ? tr("%1–%2").arg(entry.firstRevision).arg(entry.lastRevision)
                    : QString::number(entry.lastRevision));
        number->setData(Qt::UserRole, entry.lastRevision);
        number->setData(kFirstRevisionRole, entry.firstRevision);
        m_history->setItem(row, 0, number);
        const QString kind =
            entry.kind == services::RevisionKind::Signed ? tr("Signed")
            : session ? tr("Draft, %n autosave(s) in one session", nullptr, entry.saves())
                      : tr("Draft");
        m_history->setItem(row, 1, new QTableWidgetItem(kind));
        m_history->setItem(row, 2, new QTableWidgetItem(text(entry.author)));
        m_history->setItem(row, 3,
                           new QTableWidgetItem(session
                                                    ? tr("%1 to %2")
                                                          .arg(signedAtLabel(entry.firstSavedAt),
                                                               signedAtLabel(entry.lastSavedAt))
                                                    : signedAtLabel(entry.lastSavedAt)));
        m_history->setItem(row, 4, new QTableWidgetItem(text(entry.sha256)));
    }
    m_history->resizeColumnsToContents();
    auto* compare = new QPushButton(tr("&Compare Selected Revisions"), tab);
    compare->setObjectName(QStringLiteral("compareButton"));
    compare->setToolTip(tr("Select two revisions (Ctrl+click); with one selected, it is "
                           "compared with the one before it"));
    connect(compare, &QPushButton::clicked, this, [this] {
        QList<int> chosen;
        int firstOfOne = 0;
        for (const auto& index : m_history->selectionModel()->selectedRows()) {
            const auto* item = m_history->item(index.row(), 0);
            chosen << item->data(Qt::UserRole).toInt();
            firstOfOne = item->data(kFirstRevisionRole).toInt();
        }
        std::sort(chosen.begin(), chosen.end());
        // One row: what it changed, from the revision before its first.
        if (chosen.size() == 1 && firstOfOne > 1) {
            chosen.prepend(firstOfOne - 1);
        }
        if (chosen.size() >= 2) {
            compareRevisions(chosen.front(), chosen.back());
        }
    });
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_history, 1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(compare);
    layout->addLayout(row);
    return tab;
}

QDialog* PackageReviewDialog::compareRevisions(int older, int newer)
{
    if (m_workspace == nullptr) {
        return nullptr;
    }
    auto* dialog = new RevisionComparisonDialog(*m_workspace, m_opened.report.payload->assessmentId,
                                                older, newer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString PackageReviewDialog::exportPdfTo(const QString& path)
{
    // A library assessment's revision is named, and its trust list and decision in force
    // (a draft's PDF says which signed revision decides) come from the library.
    std::optional<int> revision;
    if (m_decision) {
        revision =
            m_decision->draftRevision ? m_decision->draftRevision : m_decision->signedRevision;
    }
    auto written =
        services::exportPdf(m_opened.package, revision, path.toStdString(),
                            m_workspace != nullptr ? m_workspace->libraryOrNull() : nullptr,
                            report::Paper::A4, services::ExistingOutput::Replace);
    return written ? QString() : QString::fromStdString(written.error().message);
}

void PackageReviewDialog::chooseAndExportPdf()
{
    auto settings = appSettings();
    const QString folder =
        settings->value(QStringLiteral("export/lastPdfFolder"), QDir::homePath()).toString();
    QString suggested = m_opened.report.payload
                            ? QString::fromStdString(m_opened.report.payload->meta.title)
                            : tr("assessment", "default file name");
    suggested = fileNameFromTitle(suggested);
    const QString path = prompts::saveFile(
        this, tr("Export PDF Sign-off"), QDir(folder).filePath(suggested + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    settings->setValue(QStringLiteral("export/lastPdfFolder"), QFileInfo(path).absolutePath());
    const QString error = exportPdfTo(path);
    if (!error.isEmpty()) {
        prompts::inform(this, QMessageBox::Warning, tr("Export PDF"), error);
        return;
    }
    if (prompts::confirm(this, tr("Export PDF"), tr("The PDF was saved. Open it now?"))) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

QWidget* PackageReviewDialog::makeBanner(const services::VerificationBanner& banner)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("verificationBanner"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    const auto words = bannerText(banner);
    label->setText(
        QStringLiteral("<div style='font-size:15pt;font-weight:bold'>%1</div><div>%2</div>")
            .arg(words.headline.toHtmlEscaped(), words.detail.toHtmlEscaped()));
    label->setStyleSheet(bannerStyle(banner.level) +
                         QStringLiteral("padding:12px;border-radius:4px;"));
    label->setAccessibleName(words.headline);
    return label;
}

QTableWidget* PackageReviewDialog::makeSignatureTable()
{
    const auto& checks = m_opened.report.signatures.signatures;
    const auto& entries = m_opened.package.signatures;
    auto* table = new QTableWidget(static_cast<int>(checks.size()), 5, this);
    table->setObjectName(QStringLiteral("signatureTable"));
    table->setHorizontalHeaderLabels(
        {tr("State"), tr("Signer"), tr("Signed as"), tr("Signed at (UTC)"), tr("Key id")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto& check = checks[static_cast<std::size_t>(row)];
        const auto& entry = entries[static_cast<std::size_t>(row)];
        const auto& trust = m_opened.report.trust.signers;
        const bool judged = static_cast<std::size_t>(row) < trust.size();
        // The trust verdict says more than the signature check (a look-alike signer's
        // signature is valid by itself); the check alone only when there is no verdict.
        const auto state =
            judged ? trust[static_cast<std::size_t>(row)].state : trustStateOf(check.state);
        auto* stateItem = new QTableWidgetItem(trustStateLabel(state));
        if (!check.reason.empty()) {
            stateItem->setToolTip(text(check.reason));
        } else if (judged && state == services::TrustState::LookAlike) {
            stateItem->setToolTip(text(trust[static_cast<std::size_t>(row)].reason));
        }
        table->setItem(row, 0, stateItem);
        table->setItem(row, 1,
                       new QTableWidgetItem(text(entry.signerName + " <" + entry.signerEmail +
                                                 ">, " + entry.signerRole)));
        table->setItem(row, 2, new QTableWidgetItem(signatureRoleLabel(check.signatureRole)));
        table->setItem(row, 3, new QTableWidgetItem(signedAtLabel(check.signedAt)));
        table->setItem(row, 4, new QTableWidgetItem(text(check.keyId)));
    }
    table->resizeColumnsToContents();
    return table;
}

QString PackageReviewDialog::summaryHtml() const
{
    const auto& report = m_opened.report;
    QString html;
    if (report.payload) {
        const auto& payload = *report.payload;
        const auto& evaluation = payload.evaluation;
        html += QStringLiteral("<h2>%1</h2><p>%2 &middot; %3</p>")
                    .arg(escaped(payload.meta.title), escaped(payload.meta.workload),
                         escaped(payload.meta.organisation));
        const auto spelled = [&evaluation](const char* key) -> std::optional<std::string> {
            if (evaluation.contains(key) && evaluation[key].is_string()) {
                return evaluation[key].get<std::string>();
            }
            return std::nullopt;
        };
        html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4</p>")
                    .arg(tr("Tier:"), tierLabel(spelled("tier")).toHtmlEscaped(), tr("Verdict:"),
                         verdictLabel(spelled("verdict")).toHtmlEscaped());
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Findings"));
        const auto findings = evaluation.value("findings", nlohmann::json::array());
        if (findings.empty()) {
            html += QStringLiteral("<li>%1</li>").arg(tr("None."));
        }
        for (const auto& finding : findings) {
            const auto severitySpelling = finding.value("severity", std::string());
            const auto severity = model::severityFromString(severitySpelling);
            html += QStringLiteral("<li><b>%1</b> [%2]</li>")
                        .arg(escaped(finding.value("title", std::string())),
                             severity ? severityLabel(*severity) : escaped(severitySpelling));
        }
        html += QStringLiteral("</ul>");
        html += QStringLiteral("<p>%1 %2 %3</p>")
                    .arg(tr("Questionnaire"),
                         escaped(payload.questionnaire.id + " " + payload.questionnaire.version),
                         tr("(%n evidence file(s))", nullptr,
                            static_cast<int>(payload.attachments.size())));
    }
    html += QStringLiteral("<p><small>%1 <code>%2</code></small></p>")
                .arg(tr("Payload SHA-256"), escaped(report.signatures.payloadSha256));
    return html;
}

} // namespace vouch::ui
