// SPDX-License-Identifier: Apache-2.0
#include "ui/CountersignDialog.h"

#include "services/SignerIdentities.h"
#include "services/SigningService.h"
#include "ui/FormRows.h"
#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"
#include "ui/SecretInput.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vouch::ui {
namespace {

std::optional<std::string> evaluationText(const model::AssessmentPayload& payload, const char* key)
{
    const auto& evaluation = payload.evaluation;
    if (evaluation.contains(key) && evaluation[key].is_string()) {
        return evaluation[key].get<std::string>();
    }
    return std::nullopt;
}

} // namespace

CountersignDialog::CountersignDialog(const model::AssessmentPayload& payload,
                                     const services::TrustVerdict& signatures,
                                     std::optional<int> revision, Sign sign, QWidget* parent)
    : QDialog(parent)
    , m_sign(std::move(sign))
    , m_signatures(signatures)
{
    setObjectName(QStringLiteral("countersignDialog"));
    setWindowTitle(tr("Countersign as Approver — Vouch"));
    resize(760, 640);

    m_signer = new QComboBox(this);
    m_signer->setObjectName(QStringLiteral("signerCombo"));
    auto* attestation = new QPlainTextEdit(this);
    attestation->setObjectName(QStringLiteral("attestationText"));
    attestation->setReadOnly(true);
    attestation->setTabChangesFocus(true);
    attestation->setMaximumHeight(70);
    attestation->setPlainText(attestationText(signing::SignatureRole::Approver));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    addLabelledRow(*form, tr("Approver's &identity:"), m_signer);
    addLabelledRow(*form, tr("Attestation:"), attestation);
    addLabelledRow(*form, tr("&Passphrase:"), m_passphrase);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("signResult"));
    m_result->setTextFormat(Qt::PlainText); // errors quote names and paths
    m_result->setWordWrap(true);
    m_result->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signButton = buttons->addButton(tr("&Countersign"), QDialogButtonBox::ActionRole);
    m_signButton->setObjectName(QStringLiteral("signButton"));
    // Enter belongs to the passphrase field (eventFilter), never to a default button.
    for (auto* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
        }
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signButton, &QPushButton::clicked, this, [this] { countersign(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeSummary(payload, revision));
    auto* signedLabel = new QLabel(tr("<b>Signatures you countersign</b>"), this);
    layout->addWidget(signedLabel);
    layout->addWidget(makeSignatureTable(signatures), 1);
    auto* findingsLabel = new QLabel(tr("<b>Findings</b>"), this);
    layout->addWidget(findingsLabel);
    layout->addWidget(makeFindingList(payload), 2);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_passphrase, &QLineEdit::textChanged, this, &CountersignDialog::updateState);
    connect(m_signer, &QComboBox::currentIndexChanged, this, &CountersignDialog::updateState);
    m_passphrase->installEventFilter(this);
    reloadSigners();
    m_passphrase->setFocus();
}

QWidget* CountersignDialog::makeSummary(const model::AssessmentPayload& payload,
                                        std::optional<int> revision)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("countersignSubject"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    const QString what = revision ? tr("revision %1").arg(*revision) : tr("this package");
    label->setText(QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b> %4 &nbsp; <b>%5</b> %6</p>")
                       .arg(escaped(payload.meta.title),
                            tr("You are approving %1 of this assessment as it was signed: its "
                               "answers, findings and the signatures below.")
                                .arg(what)
                                .toHtmlEscaped(),
                            tr("Tier:"), tierLabel(evaluationText(payload, "tier")).toHtmlEscaped(),
                            tr("Verdict:"),
                            verdictLabel(evaluationText(payload, "verdict")).toHtmlEscaped()));
    return label;
}

QWidget* CountersignDialog::makeSignatureTable(const services::TrustVerdict& signatures)
{
    const auto& signers = signatures.signers;
    auto* table = new QTableWidget(static_cast<int>(signers.size()), 5, this);
    table->setObjectName(QStringLiteral("countersignSignatures"));
    table->setHorizontalHeaderLabels(
        {tr("Signer"), tr("Signed as"), tr("Signed at (UTC)"), tr("Trust"), tr("Key id")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto& signer = signers[static_cast<std::size_t>(row)];
        const QString who =
            signer.signerEmail.empty()
                ? fromUtf8(signer.signerName)
                : tr("%1 <%2>").arg(fromUtf8(signer.signerName), fromUtf8(signer.signerEmail));
        table->setItem(row, 0, new QTableWidgetItem(who));
        table->setItem(row, 1, new QTableWidgetItem(signatureRoleLabel(signer.signatureRole)));
        table->setItem(row, 2, new QTableWidgetItem(signedAtLabel(signer.signedAt)));
        auto* trust = new QTableWidgetItem(trustStateLabel(signer.state));
        if (signer.state != services::TrustState::Trusted) {
            trust->setForeground(QColor(0xb7, 0x1c, 0x1c));
            trust->setToolTip(fromUtf8(signer.sentence()));
        }
        table->setItem(row, 3, trust);
        table->setItem(row, 4, new QTableWidgetItem(fromUtf8(signer.keyId)));
    }
    table->resizeColumnsToContents();
    return table;
}

QWidget* CountersignDialog::makeFindingList(const model::AssessmentPayload& payload)
{
    auto* list = new QListWidget(this);
    list->setObjectName(QStringLiteral("countersignFindings"));
    list->setWordWrap(true);
    const auto findings = payload.evaluation.value("findings", nlohmann::json::array());
    for (const auto& finding : findings) {
        const auto spelled = finding.value("severity", std::string());
        const auto severity = model::severityFromString(spelled);
        list->addItem(tr("%1 [%2]").arg(fromUtf8(finding.value("title", std::string())),
                                        severity ? severityLabel(*severity) : fromUtf8(spelled)));
    }
    if (findings.empty()) {
        list->addItem(tr("No findings."));
    }
    return list;
}

void CountersignDialog::reloadSigners()
{
    m_signer->clear();
    for (const auto& known : services::knownSigners(services::defaultKeyFolder())) {
        const QString name =
            known.identity.name.empty()
                ? QString::fromStdString(known.keyPath.filename().string())
                : tr("%1 (%2)").arg(fromUtf8(known.identity.name), fromUtf8(known.identity.role));
        m_signer->addItem(name, QString::fromStdString(known.keyPath.string()));
        m_signer->setItemData(m_signer->count() - 1, QString::fromStdString(known.keyId),
                              kKeyIdRole);
    }
    if (m_signer->count() == 0) {
        m_result->setText(tr("There is no signer identity on this computer yet: create one "
                             "with Tools > Signer Identities first."));
    }
    updateState();
}

void CountersignDialog::updateState()
{
    // Four eyes before the passphrase: the identity that signed as assessor is refused
    // when it is chosen, not after the approver typed a passphrase for it.
    const auto keyId = m_signer->currentData(kKeyIdRole).toString().toStdString();
    const auto* own = m_signatures.signedInAnotherRole(
        keyId, signing::spelling(signing::SignatureRole::Approver));
    if (own != nullptr) {
        m_result->setText(tr("Key %1 already signed this as %2 (%3): the approver signs with a "
                             "key of their own. Choose another identity.")
                              .arg(fromUtf8(keyId), signatureRoleLabel(own->signatureRole),
                                   fromUtf8(own->signerName)));
    } else if (m_sameKeyShown) {
        m_result->clear();
    }
    m_sameKeyShown = own != nullptr;
    m_signButton->setEnabled(m_signer->count() > 0 && own == nullptr &&
                             !m_passphrase->text().isEmpty());
}

bool CountersignDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_passphrase && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_signButton->isEnabled()) {
                countersign();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString CountersignDialog::countersign()
{
    const QString keyPath = m_signer->currentData().toString();
    auto key = services::loadSigner(keyPath.toStdString(), takeSecretText(*m_passphrase).view());
    if (!key) {
        m_result->setText(signerOpenError(key.error(), m_signer->currentText()));
        m_passphrase->setFocus();
        return m_result->text();
    }
    const QString error =
        m_sign(*key, attestationText(signing::SignatureRole::Approver).toStdString());
    if (!error.isEmpty()) {
        m_result->setText(error);
        return error;
    }
    accept();
    return {};
}

} // namespace vouch::ui
