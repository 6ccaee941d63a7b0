// SPDX-License-Identifier: Apache-2.0
#include "ui/wizard/SignOffPage.h"

#include "report/ReportInput.h"
#include "services/ReportService.h"
#include "services/SignerIdentities.h"
#include "services/SigningService.h"
#include "signing/Keys.h"
#include "ui/FormRows.h"
#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"
#include "ui/SecretInput.h"
#include "ui/SignerIdentityDialog.h"
#include "ui/UserPrompts.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace vouch::ui {

SignOffPage::SignOffPage(services::DraftEditor& draft, const services::Workspace& workspace,
                         std::function<bool()> saveDraft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_workspace(workspace)
    , m_saveDraft(std::move(saveDraft))
{
    setObjectName(QStringLiteral("signOffPage"));
    setTitle(tr("Sign-off"));
    setSubTitle(tr("Signing freezes this revision: later edits become a new revision, and "
                   "this one stays as signed."));
    m_signer = new QComboBox(this);
    m_signer->setObjectName(QStringLiteral("signerCombo"));
    auto* newIdentity = new QPushButton(tr("&New Identity..."), this);
    newIdentity->setObjectName(QStringLiteral("newIdentityButton"));
    auto* signerRow = new QHBoxLayout;
    signerRow->addWidget(m_signer, 1);
    signerRow->addWidget(newIdentity);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->addItem(tr("Assessor"), static_cast<int>(signing::SignatureRole::Assessor));
    m_role->addItem(tr("Approver"), static_cast<int>(signing::SignatureRole::Approver));
    m_attestation = new QPlainTextEdit(this);
    m_attestation->setObjectName(QStringLiteral("attestationText"));
    m_attestation->setReadOnly(true);
    m_attestation->setMaximumHeight(90);
    m_attestation->setTabChangesFocus(true);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    const auto addRow = [form](const QString& text, QWidget* field, QLayout* row = nullptr) {
        addLabelledRow(*form, text, field, row);
    };
    addRow(tr("&Signer:"), m_signer, signerRow);
    addRow(tr("&Role:"), m_role);
    addRow(tr("Attestation:"), m_attestation);
    addRow(tr("&Passphrase:"), m_passphrase);

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("signBlockedMessage"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_sign = new QPushButton(tr("Si&gn and Save"), this);
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_exportPdf = new QPushButton(tr("E&xport PDF..."), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportPdf->setEnabled(false);
    m_result = new QLabel(this);
    m_result->setTextFormat(Qt::PlainText); // errors quote names and paths
    m_result->setObjectName(QStringLiteral("signResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sign);
    buttons->addWidget(m_exportPdf);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_blocked);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(newIdentity, &QPushButton::clicked, this, &SignOffPage::createIdentity);
    connect(m_role, &QComboBox::currentIndexChanged, this, &SignOffPage::updateState);
    connect(m_signer, &QComboBox::currentIndexChanged, this, &SignOffPage::updateState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &SignOffPage::updateState);
    // Enter in the passphrase field means "sign" and nothing else: left to the wizard it
    // would also press the default button (Done) and close the wizard unsigned.
    m_passphrase->installEventFilter(this);
    connect(m_sign, &QPushButton::clicked, this, [this] { sign(); });
    connect(m_exportPdf, &QPushButton::clicked, this, &SignOffPage::chooseAndExportPdf);
}

bool SignOffPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_passphrase && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_sign->isEnabled()) {
                sign();
            }
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void SignOffPage::initializePage()
{
    reloadSigners(m_signer->currentData().toString());
    updateState();
    m_passphrase->setFocus();
}

void SignOffPage::reloadSigners(const QString& select)
{
    const QSignalBlocker blocker(m_signer);
    m_signer->clear();
    for (const auto& known : services::knownSigners(services::defaultKeyFolder())) {
        const QString path = QString::fromStdString(known.keyPath.string());
        const QString name =
            known.identity.name.empty()
                ? QString::fromStdString(known.keyPath.filename().string())
                : tr("%1 (%2)").arg(fromUtf8(known.identity.name), fromUtf8(known.identity.role));
        m_signer->addItem(name, path);
    }
    if (const int index = m_signer->findData(select); index >= 0) {
        m_signer->setCurrentIndex(index);
    }
    updateState();
}

void SignOffPage::updateState()
{
    const auto role = static_cast<signing::SignatureRole>(m_role->currentData().toInt());
    m_attestation->setPlainText(attestationText(role));
    QString blocked;
    const auto unanswered = m_draft.evaluation().unanswered.size();
    if (m_signed) {
        blocked.clear();
    } else if (unanswered > 0) {
        blocked = tr("%n required question(s) are unanswered; an incomplete assessment "
                     "cannot be signed.",
                     nullptr, static_cast<int>(unanswered));
    } else if (role == signing::SignatureRole::Approver) {
        blocked = tr("An approver countersigns after the assessor: sign as assessor here, then "
                     "the approver opens the assessment for review and chooses Countersign as "
                     "Approver.");
    } else if (m_signer->count() == 0) {
        blocked = tr("There is no signer identity on this computer yet: create one with "
                     "New Identity.");
    }
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
    m_sign->setEnabled(!m_signed && blocked.isEmpty() && !m_passphrase->text().isEmpty());
}

void SignOffPage::createIdentity()
{
    SignerIdentityDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadSigners(dialog.keyPath());
    }
}

QString SignOffPage::sign()
{
    if (!m_saveDraft()) {
        const QString error = tr("The draft could not be saved; nothing was signed.");
        showResult(error, false);
        return error;
    }
    const QString keyPath = m_signer->currentData().toString();
    auto signer = services::loadSigner(keyPath.toStdString(), takeSecretText(*m_passphrase).view());
    if (!signer) {
        const QString error = signerOpenError(signer.error(), m_signer->currentText());
        showResult(error, false);
        m_passphrase->setFocus();
        return error;
    }
    const auto* key = &signer->key;
    const auto role = static_cast<signing::SignatureRole>(m_role->currentData().toInt());
    auto signing = m_workspace.signing();
    signing.setReviewIntervals(m_preferences.reviewIntervals);
    auto signedRevision = signing.signAssessmentWithPdf(*m_draft.assessmentId(), *signer, role,
                                                        attestationText(role).toStdString());
    if (!signedRevision) {
        const QString error = fromUtf8(signedRevision.error().message);
        showResult(error, false);
        return error;
    }
    m_signed = true;
    // Whose clock the PDF signature's time is: a TSA's timestamp, or this computer's.
    QString time;
    if (!signedRevision->timestamp.empty()) {
        time =
            QStringLiteral("\n") +
            tr("PDF signature timestamped %1 (RFC 3161).").arg(fromUtf8(signedRevision->timestamp));
    } else if (!signedRevision->pdfSha256.empty()) {
        time = QStringLiteral("\n") + tr("No time-stamping authority is set (Settings): the "
                                         "signing time is this computer's clock.");
    }
    showResult(tr("Signed by %1 as revision %2 and saved in the library. The approver "
                  "countersigns it in review mode: Open for Review, then Countersign as "
                  "Approver.")
                       .arg(fromUtf8(key->identity().name))
                       .arg(signedRevision->revision) +
                   time +
                   // The service's own sentence, like its errors (e.g. no certificate).
                   (signedRevision->pdfNote.empty()
                        ? QString()
                        : QStringLiteral("\n") + fromUtf8(signedRevision->pdfNote)),
               true);
    m_exportPdf->setEnabled(true);
    m_exportPdf->setFocus();
    updateState();
    Q_EMIT signedAssessment();
    return {};
}

QString SignOffPage::exportPdfTo(const QString& path)
{
    auto written = services::exportAssessmentPdf(
        m_workspace.library(), *m_draft.assessmentId(), path.toStdString(), m_preferences.paper,
        m_workspace.actor(), services::ExistingOutput::Replace);
    const QString error = written ? QString() : fromUtf8(written.error().message);
    showResult(error.isEmpty() ? tr("PDF sign-off of revision %1 written to %2")
                                     .arg(written->number)
                                     .arg(QDir::toNativeSeparators(path))
                               : error,
               error.isEmpty());
    return error;
}

void SignOffPage::chooseAndExportPdf()
{
    QString suggested = fromUtf8(m_draft.meta().title);
    suggested = fileNameFromTitle(suggested);
    const QDir folder(m_preferences.pdfFolder.empty()
                          ? QDir::homePath()
                          : QString::fromStdString(m_preferences.pdfFolder.string()));
    const QString path = prompts::saveFile(this, tr("Export PDF Sign-off"),
                                           folder.filePath(suggested + QStringLiteral(".pdf")),
                                           tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && exportPdfTo(path).isEmpty() && m_preferences.openPdfAfterExport) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

void SignOffPage::showResult(const QString& text, bool good)
{
    m_result->setText(text);
    m_result->setStyleSheet(good ? QStringLiteral("color: #1b6e20;")
                                 : QStringLiteral("color: #b71c1c;"));
}

} // namespace vouch::ui
