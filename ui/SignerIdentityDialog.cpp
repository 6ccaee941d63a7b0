// SPDX-License-Identifier: Apache-2.0
#include "ui/SignerIdentityDialog.h"

#include "model/TextChecks.h"
#include "services/SignerIdentities.h"
#include "ui/SecretInput.h"
#include "ui/TextLimits.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vouch::ui {

QString SignerIdentityDialog::adviceText(services::PassphraseAdvice advice)
{
    switch (advice) {
    case services::PassphraseAdvice::TooShort:
        return tr("Too short: use at least %1 characters (a few unrelated words work well).")
            .arg(signing::kMinimumPassphraseLength);
    case services::PassphraseAdvice::Repetitive:
        return tr("Weak: too many repeated characters.");
    case services::PassphraseAdvice::Fair:
        return tr("Fair: a longer passphrase, or one mixing words, digits and symbols, is "
                  "stronger.");
    case services::PassphraseAdvice::Good:
        return tr("Good. Longer is better still.");
    case services::PassphraseAdvice::Strong:
        return tr("Strong.");
    }
    return {};
}

SignerIdentityDialog::SignerIdentityDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signerIdentityDialog"));
    setWindowTitle(tr("New Signer Identity"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Your signature key is kept encrypted with this passphrase. Vouch never stores "
           "the passphrase; if you lose it, make a new identity."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const auto field = [&](const char* name, const QString& label, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &SignerIdentityDialog::updateState);
        return edit;
    };
    m_name = field("nameEdit", tr("&Name:"), tr("Dr. Alice Example"));
    m_role = field("roleEdit", tr("&Role:"), tr("Chief Compliance Officer"));
    m_email = field("emailEdit", tr("&E-mail:"), tr("alice@example.org"));
    for (auto* edit : {m_name, m_role, m_email}) {
        capLength(*edit, model::kMaxLineLength);
    }
    m_file = field("keyFileEdit", tr("&Key file:"), QString());
    // Wide enough to read the whole default path (the key folder and a long name) without
    // scrolling the field; the labels and hints wrap instead.
    const QString typicalPath = QString::fromStdString(
        (services::defaultKeyFolder() / "dr-firstname-middle-lastname-xx.key").string());
    m_file->setMinimumWidth(m_file->fontMetrics().horizontalAdvance(typicalPath) +
                            m_file->fontMetrics().averageCharWidth() * 2);
    m_passphrase = field("passphraseEdit", tr("&Passphrase:"), QString());
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = field("repeatEdit", tr("Re&peat passphrase:"), QString());
    m_repeat->setEchoMode(QLineEdit::Password);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileEdited = true; });
    m_strength = new QProgressBar(this);
    m_strength->setObjectName(QStringLiteral("strengthBar"));
    m_strength->setRange(0, 4);
    m_strength->setTextVisible(false);
    form->addRow(tr("Strength:"), m_strength);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("strengthHint"));
    m_hint->setWordWrap(true);
    form->addRow(QString(), m_hint);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText); // errors quote the typed name
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* createButton = m_buttons->addButton(tr("Create Identity"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(QStringLiteral("createButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignerIdentityDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateState();
}

void SignerIdentityDialog::updateState()
{
    if (!m_fileEdited) {
        const QSignalBlocker blocker(m_file);
        m_file->setText(QString::fromStdString(
            services::defaultKeyPath(m_name->text().toStdString()).string()));
    }
    const auto strength = services::assessPassphrase(secretTextOf(*m_passphrase).view());
    m_strength->setValue(strength.score);
    m_hint->setText(m_passphrase->text().isEmpty() ? QString() : adviceText(strength.advice));
    const bool matches = m_passphrase->text() == m_repeat->text();
    const bool complete = !m_name->text().trimmed().isEmpty() &&
                          !m_role->text().trimmed().isEmpty() &&
                          m_email->text().contains(QLatin1Char('@')) && !m_file->text().isEmpty();
    m_error->setText(!m_repeat->text().isEmpty() && !matches ? tr("The two passphrases differ.")
                                                             : QString());
    for (auto* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(complete && matches && strength.score > 0);
        }
    }
}

void SignerIdentityDialog::create()
{
    const signing::SignerIdentity identity{m_name->text().trimmed().toStdString(),
                                           m_role->text().trimmed().toStdString(),
                                           m_email->text().trimmed().toStdString()};
    auto created = services::createSignerIdentity(m_file->text().toStdString(), identity,
                                                  secretTextOf(*m_passphrase).view());
    if (!created) {
        m_error->setText(QString::fromStdString(created.error().message));
        return;
    }
    m_createdKey = m_file->text();
    m_passphrase->clear();
    m_repeat->clear();
    accept();
}

} // namespace vouch::ui
