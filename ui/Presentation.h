// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Answers.h"
#include "model/Vocabulary.h"
#include "rules/Evaluation.h"
#include "services/PackageReview.h"
#include "services/SignatureTrust.h"
#include "signing/Signatures.h"

#include <QColor>
#include <QString>

#include <optional>
#include <string>

class QLabel;

namespace vouch::ui {

// How the engine's words read to an officer, and the colour of their badges. One place,
// so the library, the wizard and review mode say "Conditional" in the same amber.
[[nodiscard]] QString tierLabel(const std::optional<std::string>& tier);
[[nodiscard]] QString verdictLabel(const std::optional<std::string>& verdict);
// "Signed" says how far the signatures are trusted when `trust` is given.
[[nodiscard]] QString statusLabel(const std::string& status,
                                  const std::optional<services::TrustState>& trust = std::nullopt);
[[nodiscard]] QString severityLabel(model::Severity severity);
[[nodiscard]] QString ownerLabel(model::Owner owner);
[[nodiscard]] QString matrixStatusLabel(model::MatrixStatus status);
[[nodiscard]] QString actionStatusLabel(model::ActionStatus status);

// Badge background for a tier, verdict or severity spelling; invalid for none.
[[nodiscard]] QColor tierColour(const std::optional<std::string>& tier);
[[nodiscard]] QColor verdictColour(const std::optional<std::string>& verdict);
[[nodiscard]] QColor severityColour(model::Severity severity);
// The colour of a level on a questionnaire's own tier scale (`rank` 0 = the lowest of
// `levels`): the lowest green, the highest red, those between amber; invalid for none.
[[nodiscard]] QColor levelColour(std::optional<std::size_t> rank, std::size_t levels);
// How far a signature is trusted, in words an officer reads.
[[nodiscard]] QString trustStateLabel(services::TrustState state);
// The role a signature was made in ("assessor", "approver" as signed), in words; a
// role Vouch does not know is shown as it is.
[[nodiscard]] QString signatureRoleLabel(const std::string& role);
// The statement a signer attests to, in the window's language: the signer signs what
// they read. Its English is services::defaultAttestation(), the command line's default.
[[nodiscard]] QString attestationText(signing::SignatureRole role);
// The banner over a package or assessment under review, in the window's language. The
// engine's own sentences it quotes (why a signature is invalid, what a look-alike key
// claims) stay English, as every engine message does.
struct BannerText
{
    QString headline;
    QString detail;
};
[[nodiscard]] BannerText bannerText(const services::VerificationBanner& banner);
// Why a signer identity did not open, for the line under its passphrase field: a wrong
// passphrase names the identity (`identity`, as the signer list shows it), not the key
// file's path; any other failure is the engine's own sentence.
[[nodiscard]] QString signerOpenError(const Error& error, const QString& identity);
// A signature's time (ISO 8601 UTC, as stored) for a table headed "Signed at (UTC)":
// "2026-12-02 14:36:07"; text that is not such a time is shown as it is.
[[nodiscard]] QString signedAtLabel(const std::string& utc);

// Makes `label` a rounded badge in `colour` (white text), or a plain label when the
// colour is invalid.
void styleAsBadge(QLabel& label, const QColor& colour);

// The tier and verdict of an evaluation as two badges.
void showTierAndVerdict(QLabel& tier, QLabel& verdict, const rules::Evaluation& evaluation);

} // namespace vouch::ui
