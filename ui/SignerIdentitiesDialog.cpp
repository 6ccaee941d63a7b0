// SPDX-License-Identifier: Apache-2.0
#include "ui/SignerIdentitiesDialog.h"

#include "services/SignerIdentities.h"
#include "signing/Keys.h"
#include "ui/QuestionHelp.h"
#include "ui/SignerIdentityDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vouch::ui {

SignerIdentitiesDialog::SignerIdentitiesDialog(QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("signerIdentitiesDialog"));
    setWindowTitle(tr("Signer Identities"));
    resize(820, 360);
    m_table->setObjectName(QStringLiteral("signerTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("E-mail"), tr("Public key")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* note = new QLabel(
        tr("Private keys stay on this computer, encrypted with their passphrase. Give the "
           "public key file to whoever verifies your sign-offs."),
        this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* create = buttons->addButton(tr("&New Identity..."), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("newIdentityButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, [this] {
        SignerIdentityDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void SignerIdentitiesDialog::reload()
{
    const auto signers = services::knownSigners(services::defaultKeyFolder());
    m_table->setRowCount(static_cast<int>(signers.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto& signer = signers[static_cast<std::size_t>(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(fromUtf8(signer.identity.name)));
        m_table->setItem(row, 1, new QTableWidgetItem(fromUtf8(signer.identity.role)));
        m_table->setItem(row, 2, new QTableWidgetItem(fromUtf8(signer.identity.email)));
        m_table->setItem(row, 3,
                         new QTableWidgetItem(QDir::toNativeSeparators(QString::fromStdString(
                             signing::publicKeyPathFor(signer.keyPath).string()))));
    }
    m_table->resizeColumnsToContents();
}

} // namespace vouch::ui
