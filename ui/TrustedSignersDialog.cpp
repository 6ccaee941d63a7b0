// SPDX-License-Identifier: Apache-2.0
#include "ui/TrustedSignersDialog.h"

#include "services/SigningService.h"
#include "ui/QuestionHelp.h"
#include "ui/UserPrompts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vouch::ui {

TrustedSignersDialog::TrustedSignersDialog(const services::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("trustedSignersDialog"));
    setWindowTitle(tr("Trusted Signers"));
    resize(820, 360);
    m_table->setObjectName(QStringLiteral("trustTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Key id"), tr("Added")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* add = buttons->addButton(tr("&Add Public Key..."), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addTrustButton"));
    auto* remove = buttons->addButton(tr("&Remove..."), QDialogButtonBox::ActionRole);
    remove->setObjectName(QStringLiteral("removeTrustButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path =
            prompts::openFile(this, tr("Trust a Public Key"), tr("Public keys (*.pub *.pem)"));
        if (path.isEmpty()) {
            return;
        }
        if (const QString error = trustFile(path); !error.isEmpty()) {
            prompts::inform(this, QMessageBox::Warning, tr("Trusted Signers"), error);
        }
    });
    connect(remove, &QPushButton::clicked, this, &TrustedSignersDialog::removeSelected);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void TrustedSignersDialog::reload()
{
    auto keys = m_workspace.signing().trustedKeys();
    const auto& list = keys ? *keys : std::vector<services::TrustedKey>{};
    m_table->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto& key = list[static_cast<std::size_t>(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(fromUtf8(key.name)));
        m_table->setItem(row, 1, new QTableWidgetItem(fromUtf8(key.email)));
        auto* id = new QTableWidgetItem(fromUtf8(key.keyId));
        id->setData(Qt::UserRole, fromUtf8(key.keyId));
        m_table->setItem(row, 2, id);
        m_table->setItem(row, 3, new QTableWidgetItem(fromUtf8(key.addedAt)));
    }
    m_table->resizeColumnsToContents();
}

QString TrustedSignersDialog::trustFile(const QString& path)
{
    const auto signing = m_workspace.signing();
    auto trusted = signing.trust(path.toStdString());
    reload();
    return trusted ? QString() : fromUtf8(trusted.error().message);
}

void TrustedSignersDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    const QString keyId = m_table->item(row, 2)->data(Qt::UserRole).toString();
    const QString name = m_table->item(row, 0)->text();
    if (!prompts::confirm(this, tr("Trusted Signers"),
                          tr("Stop trusting %1? Their signatures will show as valid but "
                             "untrusted.")
                              .arg(name))) {
        return;
    }
    if (auto removed = m_workspace.signing().distrust(keyId.toStdString()); !removed) {
        prompts::inform(this, QMessageBox::Warning, tr("Trusted Signers"),
                        fromUtf8(removed.error().message));
    }
    reload();
}

} // namespace vouch::ui
