// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/AssessmentPayload.h"
#include "model/Result.h"
#include "services/SignatureTrust.h"
#include "services/SignerCertificate.h"
#include "signing/Keys.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vouch::ui {

// The approver's countersignature: first what they are signing (the assessor's
// signature with its trust state, tier, verdict and findings, and the attestation),
// then the signer identity and passphrase. Enter in the passphrase field signs.
class CountersignDialog final : public QDialog
{
    Q_OBJECT

public:
    // Adds the approver's signature with `signer` (its key, and its certificate for the
    // PDF signature) and `attestation`; the library or the package file is the caller's.
    // Returns the error to show, empty on success.
    using Sign =
        std::function<QString(const services::Signer& signer, const std::string& attestation)>;

    // `revision`: the library revision being countersigned; nullopt for a package file.
    CountersignDialog(const model::AssessmentPayload& payload,
                      const services::TrustVerdict& signatures, std::optional<int> revision,
                      Sign sign, QWidget* parent = nullptr);

    // Signs with the chosen identity and the typed passphrase; on success the dialog is
    // accepted. Returns the error shown, empty on success.
    QString countersign();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeSummary(const model::AssessmentPayload& payload, std::optional<int> revision);
    QWidget* makeSignatureTable(const services::TrustVerdict& signatures);
    QWidget* makeFindingList(const model::AssessmentPayload& payload);
    void reloadSigners();
    void updateState();

    // The combo box item data role holding an identity's key id.
    static constexpr int kKeyIdRole = Qt::UserRole + 1;

    Sign m_sign;
    services::TrustVerdict m_signatures;
    bool m_sameKeyShown = false; // m_result holds the same-key refusal
    QComboBox* m_signer = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_signButton = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace vouch::ui
