// SPDX-License-Identifier: Apache-2.0
#include "ui/Presentation.h"

#include "signing/Signatures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLabel>

namespace vouch::ui {
namespace {

// The translation context of the free functions below: lupdate files their strings
// under vouch::ui::Presentation, the name this class gives QCoreApplication::translate().
struct Presentation
{
    Q_DECLARE_TR_FUNCTIONS(vouch::ui::Presentation)
};

// Dark enough for white text in both light and dark palettes (WCAG AA at 4.5:1).
const QColor kRed(0xb7, 0x1c, 0x1c);
const QColor kAmber(0xa8, 0x4a, 0x00);
const QColor kGreen(0x1b, 0x6e, 0x20);
const QColor kGrey(0x5f, 0x63, 0x68);
const QColor kBlue(0x15, 0x65, 0xc0);

} // namespace

QString tierLabel(const std::optional<std::string>& tier)
{
    if (!tier) {
        return Presentation::tr("Not yet known");
    }
    if (*tier == "high") {
        return Presentation::tr("High");
    }
    if (*tier == "medium") {
        return Presentation::tr("Medium");
    }
    if (*tier == "low") {
        return Presentation::tr("Low");
    }
    return QString::fromStdString(*tier);
}

QString verdictLabel(const std::optional<std::string>& verdict)
{
    if (!verdict) {
        return Presentation::tr("Not evaluated");
    }
    if (*verdict == "ready") {
        return Presentation::tr("Ready");
    }
    if (*verdict == "conditional") {
        return Presentation::tr("Conditional");
    }
    if (*verdict == "blocked") {
        return Presentation::tr("Blocked");
    }
    if (*verdict == "incomplete") {
        return Presentation::tr("Incomplete");
    }
    return QString::fromStdString(*verdict);
}

QString statusLabel(const std::string& status, const std::optional<services::TrustState>& trust)
{
    if (status == "signed" && trust) {
        switch (*trust) {
        case services::TrustState::Trusted:
            return Presentation::tr("Signed, trusted");
        case services::TrustState::Untrusted:
            return Presentation::tr("Signed, untrusted");
        case services::TrustState::LookAlike:
            return Presentation::tr("Signed, look-alike signer");
        case services::TrustState::Invalid:
            return Presentation::tr("Signed, invalid signature");
        }
    }
    if (status == "draft") {
        return Presentation::tr("Draft");
    }
    if (status == "signed") {
        return Presentation::tr("Signed");
    }
    if (status == "superseded") {
        return Presentation::tr("Superseded");
    }
    return QString::fromStdString(status);
}

QString severityLabel(model::Severity severity)
{
    switch (severity) {
    case model::Severity::Blocker:
        return Presentation::tr("Blocker");
    case model::Severity::Conflict:
        return Presentation::tr("Conflict");
    case model::Severity::WatchOut:
        return Presentation::tr("Watch out");
    case model::Severity::Info:
        return Presentation::tr("Info");
    }
    return {};
}

QString ownerLabel(model::Owner owner)
{
    switch (owner) {
    case model::Owner::Provider:
        return Presentation::tr("Provider");
    case model::Owner::Customer:
        return Presentation::tr("Customer");
    case model::Owner::Shared:
        return Presentation::tr("Shared");
    }
    return {};
}

QString matrixStatusLabel(model::MatrixStatus status)
{
    switch (status) {
    case model::MatrixStatus::InPlace:
        return Presentation::tr("In place");
    case model::MatrixStatus::Planned:
        return Presentation::tr("Planned");
    case model::MatrixStatus::Gap:
        return Presentation::tr("Gap");
    case model::MatrixStatus::NotApplicable:
        return Presentation::tr("Not applicable");
    }
    return {};
}

QString actionStatusLabel(model::ActionStatus status)
{
    switch (status) {
    case model::ActionStatus::Open:
        return Presentation::tr("Open");
    case model::ActionStatus::InProgress:
        return Presentation::tr("In progress");
    case model::ActionStatus::Done:
        return Presentation::tr("Done");
    }
    return {};
}

QColor tierColour(const std::optional<std::string>& tier)
{
    if (!tier) {
        return {};
    }
    if (*tier == "high") {
        return kRed;
    }
    if (*tier == "medium") {
        return kAmber;
    }
    return *tier == "low" ? kGreen : kGrey;
}

QColor levelColour(std::optional<std::size_t> rank, std::size_t levels)
{
    if (!rank || *rank >= levels) {
        return {};
    }
    if (levels == 1) {
        return kGrey;
    }
    if (*rank == 0) {
        return kGreen;
    }
    return *rank + 1 == levels ? kRed : kAmber;
}

QString trustStateLabel(services::TrustState state)
{
    switch (state) {
    case services::TrustState::Trusted:
        return Presentation::tr("Trusted");
    case services::TrustState::Untrusted:
        return Presentation::tr("Valid, not in your trust list: check the key id with the signer");
    case services::TrustState::LookAlike:
        return Presentation::tr("Look-alike signer: do not rely on it");
    case services::TrustState::Invalid:
        break;
    }
    return Presentation::tr("Invalid signature");
}

QString signatureRoleLabel(const std::string& role)
{
    const auto known = signing::signatureRoleFromString(role);
    if (!known) {
        return QString::fromStdString(role);
    }
    switch (*known) {
    case signing::SignatureRole::Assessor:
        return Presentation::tr("Assessor");
    case signing::SignatureRole::Approver:
        return Presentation::tr("Approver");
    }
    return QString::fromStdString(role);
}

namespace {

// A role inside a sentence ("signed by Alice (assessor)"): lower case in English.
QString roleInSentence(const std::string& role)
{
    const auto known = signing::signatureRoleFromString(role);
    if (known == signing::SignatureRole::Assessor) {
        return Presentation::tr("assessor", "signature role inside a sentence");
    }
    if (known == signing::SignatureRole::Approver) {
        return Presentation::tr("approver", "signature role inside a sentence");
    }
    return QString::fromStdString(role);
}

QString trustInSentence(services::TrustState state)
{
    switch (state) {
    case services::TrustState::Trusted:
        return Presentation::tr("trusted", "signature trust inside a sentence");
    case services::TrustState::Untrusted:
        return Presentation::tr("not in your trust list", "signature trust inside a sentence");
    case services::TrustState::LookAlike:
        return Presentation::tr("look-alike signer", "signature trust inside a sentence");
    case services::TrustState::Invalid:
        break;
    }
    return Presentation::tr("invalid signature", "signature trust inside a sentence");
}

// "Alice (assessor); Bob (approver)", or with `withTrust` "Alice (assessor, trusted) and
// Bob (approver, not in your trust list)".
QString signersText(const std::vector<services::SignerTrust>& signers, bool withTrust)
{
    QStringList parts;
    for (const auto& signer : signers) {
        const QString name = QString::fromStdString(signer.signerName);
        parts << (withTrust ? Presentation::tr("%1 (%2, %3)")
                                  .arg(name, roleInSentence(signer.signatureRole),
                                       trustInSentence(signer.state))
                            : Presentation::tr("%1 (%2)").arg(
                                  name, roleInSentence(signer.signatureRole)));
    }
    if (!withTrust || parts.size() < 2) {
        return parts.join(QStringLiteral("; "));
    }
    const QString last = parts.takeLast();
    return Presentation::tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString rolesText(const std::vector<services::SignerTrust>& signers)
{
    QStringList roles;
    for (const auto& signer : signers) {
        if (const QString role = roleInSentence(signer.signatureRole); !roles.contains(role)) {
            roles << role;
        }
    }
    if (roles.size() < 2) {
        return roles.join(QString());
    }
    const QString last = roles.takeLast();
    return Presentation::tr("%1 and %2").arg(roles.join(QStringLiteral(", ")), last);
}

QString sentenceOf(const std::string& reason)
{
    return QString::fromStdString(reason);
}

} // namespace

QString attestationText(signing::SignatureRole role)
{
    if (role == signing::SignatureRole::Approver) {
        return Presentation::tr("I have reviewed this assessment, its findings and the assessor's "
                                "sign-off, and I approve the workload on the conditions and with "
                                "the controls it states.");
    }
    return Presentation::tr("I have reviewed this assessment and its findings. To the best of my "
                            "knowledge the answers are accurate and complete, and the findings "
                            "and required controls are understood by those responsible for them.");
}

BannerText bannerText(const services::VerificationBanner& banner)
{
    using Kind = services::VerificationBanner::Kind;
    const auto& signers = banner.signers;
    switch (banner.kind) {
    case Kind::InvalidSignature:
        return {Presentation::tr("Invalid signature: do not rely on this sign-off"),
                Presentation::tr("%1's signature: %2.")
                    .arg(QString::fromStdString(signers.empty() ? std::string()
                                                                : signers.front().signerName),
                         sentenceOf(banner.reason))};
    case Kind::Inconsistent:
        return {Presentation::tr("Inconsistent contents: do not rely on this assessment"),
                sentenceOf(banner.reason) + QLatin1Char('.')};
    case Kind::DraftOverSigned: {
        const QString signedRevision = QString::number(banner.signedRevision);
        const QString draftRevision = QString::number(banner.draftRevision);
        QString detail = Presentation::tr("Revision %1 was signed by %2 and stays in force until "
                                          "draft revision %3 is signed. The changes shown here "
                                          "are not signed.")
                             .arg(signedRevision, signersText(signers, true), draftRevision);
        if (!banner.reason.empty()) {
            detail += QLatin1Char(' ') + Presentation::tr("Do not rely on revision %1: %2.")
                                             .arg(signedRevision, sentenceOf(banner.reason));
        }
        return {Presentation::tr("Signed rev. %1 (%2) · draft rev. %3 in progress")
                    .arg(signedRevision, rolesText(signers), draftRevision),
                detail};
    }
    case Kind::Unsigned:
        return {Presentation::tr("Unsigned draft"),
                Presentation::tr("Nobody has signed this assessment yet.")};
    case Kind::LookAlike:
        return {Presentation::tr("Look-alike signer: do not rely on this sign-off"),
                Presentation::tr("Signature %1 %2. Someone may be posing as a signer you trust.")
                    .arg(QString::number(signers.empty() ? 0 : signers.front().position),
                         sentenceOf(banner.reason))};
    case Kind::Untrusted:
        return {Presentation::tr("Signatures valid, but not every signer is in your trust list"),
                Presentation::tr(
                    "Signed by %1. Check the key ids with the signers before relying on it.")
                    .arg(signersText(signers, false))};
    case Kind::Verified:
        break;
    }
    return {
        Presentation::tr("Signed and verified"),
        Presentation::tr("Signed by %1; every key is trusted.").arg(signersText(signers, false))};
}

QString signerOpenError(const Error& error, const QString& identity)
{
    if (error.kind == ErrorKind::WrongPassphrase) {
        return Presentation::tr("Wrong passphrase for %1. Nothing was signed; type it again.")
            .arg(identity);
    }
    return QString::fromUtf8(error.message.data(), static_cast<qsizetype>(error.message.size()));
}

QString signedAtLabel(const std::string& utc)
{
    const auto time = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODateWithMs);
    if (!time.isValid()) {
        return QString::fromStdString(utc);
    }
    // UTC, as signed: the same words on the assessor's and the approver's machine. ISO
    // order reads the same in every locale.
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QColor verdictColour(const std::optional<std::string>& verdict)
{
    if (!verdict) {
        return {};
    }
    if (*verdict == "blocked") {
        return kRed;
    }
    if (*verdict == "conditional") {
        return kAmber;
    }
    return *verdict == "ready" ? kGreen : kGrey;
}

QColor severityColour(model::Severity severity)
{
    switch (severity) {
    case model::Severity::Blocker:
        return kRed;
    case model::Severity::Conflict:
        return kAmber;
    case model::Severity::WatchOut:
        return kBlue;
    case model::Severity::Info:
        return kGrey;
    }
    return {};
}

void styleAsBadge(QLabel& label, const QColor& colour)
{
    if (!colour.isValid()) {
        label.setStyleSheet(QString());
        return;
    }
    label.setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px;"
                                       " padding: 2px 8px; font-weight: bold; }")
                            .arg(colour.name()));
}

void showTierAndVerdict(QLabel& tier, QLabel& verdict, const rules::Evaluation& evaluation)
{
    tier.setText(tierLabel(evaluation.tier.level));
    styleAsBadge(tier, tierColour(evaluation.tier.level));
    const std::string spelled(model::spelling(evaluation.verdict));
    verdict.setText(verdictLabel(spelled));
    styleAsBadge(verdict, verdictColour(spelled));
}

} // namespace vouch::ui
