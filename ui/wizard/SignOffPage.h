// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/DraftEditor.h"
#include "services/Preferences.h"
#include "services/Workspace.h"

#include <QWizardPage>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace vouch::ui {

// Chooses a signer identity (or creates one), shows what the signer attests, takes
// the passphrase, signs and saves; then offers the PDF sign-off.
class SignOffPage final : public QWizardPage
{
    Q_OBJECT

public:
    // `saveDraft` saves the draft first and reports whether that worked.
    SignOffPage(services::DraftEditor& draft, const services::Workspace& workspace,
                std::function<bool()> saveDraft, QWidget* parent);

    void initializePage() override;
    // Signs with the chosen identity and the typed passphrase; returns the error shown,
    // empty on success.
    QString sign();
    [[nodiscard]] bool isSigned() const { return m_signed; }
    // Writes the PDF sign-off; returns the error shown, empty on success.
    QString exportPdfTo(const QString& path);
    void reloadSigners(const QString& select = QString());
    // Paper size, review intervals, the PDF folder and whether to open the PDF.
    void setPreferences(const services::Preferences& preferences) { m_preferences = preferences; }

Q_SIGNALS:
    void signedAssessment();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateState();
    void createIdentity();
    void chooseAndExportPdf();
    void showResult(const QString& text, bool good);

    services::DraftEditor& m_draft;
    const services::Workspace& m_workspace;
    std::function<bool()> m_saveDraft;
    QComboBox* m_signer = nullptr;
    QComboBox* m_role = nullptr;
    QPlainTextEdit* m_attestation = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QLabel* m_blocked = nullptr;
    QLabel* m_result = nullptr;
    bool m_signed = false;
    services::Preferences m_preferences;
};

} // namespace vouch::ui
