// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QTableWidget;

namespace vouch::ui {

// The signer identities on this computer (the key files in Vouch's key folder): who
// each belongs to and where its public key is, to hand to the people who verify.
class SignerIdentitiesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignerIdentitiesDialog(QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace vouch::ui
