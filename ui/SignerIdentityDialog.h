// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/SignerIdentities.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace vouch::ui {

// Creates a signer identity: name, role, e-mail and a passphrase typed twice, with a
// strength hint as it is typed. The key files are written by the services layer.
class SignerIdentityDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignerIdentityDialog(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SignerIdentityDialog)

    // The private key written, once the dialog was accepted.
    [[nodiscard]] QString keyPath() const { return m_createdKey; }

private:
    [[nodiscard]] static QString adviceText(services::PassphraseAdvice advice);
    void updateState();
    void create();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_role = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QProgressBar* m_strength = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_fileEdited = false;
    QString m_createdKey;
};

} // namespace vouch::ui
