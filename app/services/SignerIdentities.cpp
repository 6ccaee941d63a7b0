// SPDX-License-Identifier: Apache-2.0
#include "services/SignerIdentities.h"

#include "model/TextChecks.h"
#include "services/LocalUser.h"
#include "services/SignerCertificate.h"

#include <QStandardPaths>
#include <QString>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>
#include <system_error>
#include <tuple>

namespace vouch::services {

PassphraseStrength assessPassphrase(std::string_view passphrase)
{
    if (passphrase.size() < signing::kMinimumPassphraseLength) {
        return {0, PassphraseAdvice::TooShort};
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    std::set<char> distinct;
    for (const char c : passphrase) {
        const auto byte = static_cast<unsigned char>(c);
        lower = lower || std::islower(byte) != 0;
        upper = upper || std::isupper(byte) != 0;
        digit = digit || std::isdigit(byte) != 0;
        other = other || std::isalnum(byte) == 0;
        distinct.insert(c);
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    if (distinct.size() < 6) {
        return {1, PassphraseAdvice::Repetitive};
    }
    if (passphrase.size() >= 20 || (passphrase.size() >= 14 && classes >= 3)) {
        return {4, PassphraseAdvice::Strong};
    }
    if (passphrase.size() >= 14 || classes >= 3) {
        return {3, PassphraseAdvice::Good};
    }
    return {2, PassphraseAdvice::Fair};
}

std::filesystem::path defaultKeyPath(const std::string& signerName)
{
    // By code point, not byte: an accented letter is one letter to keep.
    const auto name =
        QString::fromUtf8(signerName.data(), static_cast<qsizetype>(signerName.size()));
    QString file;
    for (const char32_t c : name.toUcs4()) {
        if (QChar::isLetterOrNumber(c)) {
            const char32_t lower = QChar::toLower(c);
            file += QString::fromUcs4(&lower, 1);
        } else if (!file.isEmpty() && !file.endsWith(QLatin1Char('-'))) {
            file += QLatin1Char('-');
        }
    }
    while (file.endsWith(QLatin1Char('-'))) {
        file.chop(1);
    }
    if (file.isEmpty()) {
        file = QStringLiteral("signer");
    }
    return defaultKeyFolder() / (file + QStringLiteral(".key")).toStdString();
}

std::filesystem::path defaultKeyFolder()
{
    const auto folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return std::filesystem::path(folder.toStdString()) / "keys";
}

std::vector<KnownSigner> knownSigners(const std::filesystem::path& folder)
{
    std::vector<KnownSigner> signers;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        if (entry.path().extension() != ".key" || !entry.is_regular_file(ec)) {
            continue;
        }
        // A key file without identity lines is still usable; it is listed by file name.
        auto identity = signing::loadIdentity(entry.path());
        // The public half tells, before any passphrase, which key this is.
        const auto publicKey = signing::loadPublicKey(signing::publicKeyPathFor(entry.path()));
        signers.push_back({entry.path(), identity ? *identity : signing::SignerIdentity{},
                           publicKey ? publicKey->keyId : std::string()});
    }
    std::sort(signers.begin(), signers.end(), [](const auto& a, const auto& b) {
        return std::tie(a.identity.name, a.keyPath) < std::tie(b.identity.name, b.keyPath);
    });
    return signers;
}

std::string authorOnThisMachine(const std::filesystem::path& keyFolder)
{
    const std::string account = currentActor();
    if (const char* explicitActor = std::getenv("VOUCH_ACTOR");
        explicitActor != nullptr && *explicitActor != '\0') {
        return account;
    }
    std::set<std::string> names;
    for (const auto& known : knownSigners(keyFolder)) {
        if (!known.identity.name.empty()) {
            names.insert(known.identity.name);
        }
    }
    return names.size() == 1 ? *names.begin() + " (" + account + ")" : account;
}

Result<void> checkSignerIdentity(const signing::SignerIdentity& identity, const std::string& where)
{
    const std::pair<const char*, const std::string*> fields[]{
        {"Name", &identity.name}, {"Role", &identity.role}, {"E-mail", &identity.email}};
    for (const auto& [label, value] : fields) {
        if (auto problem = model::plainTextProblem(*value)) {
            return Error{(where.empty() ? std::string() : where + ": ") + label + ": " + *problem};
        }
        if (auto problem = model::lengthProblem(*value, model::kMaxLineLength)) {
            std::string field = label;
            std::transform(field.begin(), field.end(), field.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            return Error{(where.empty() ? std::string() : where + ": ") + label +
                         ": the signer's " + field + " " + *problem};
        }
    }
    return {};
}

Result<signing::PublicKey> createSignerIdentity(const std::filesystem::path& keyPath,
                                                const signing::SignerIdentity& identity,
                                                std::string_view passphrase,
                                                CertificateSummary* certificate)
{
    if (auto plain = checkSignerIdentity(identity); !plain) {
        return plain.error();
    }
    std::error_code ec;
    if (keyPath.has_parent_path()) {
        std::filesystem::create_directories(keyPath.parent_path(), ec);
        if (ec) {
            return Error{keyPath.parent_path().string() + ": cannot create the folder (" +
                         ec.message() + ")"};
        }
    }
    // Checked before the key is written, so a refusal leaves nothing behind.
    for (const auto& path : {certificatePathFor(keyPath), bindingPathFor(keyPath)}) {
        if (std::filesystem::exists(path, ec)) {
            return Error{path.string() + ": already exists; not replaced"};
        }
    }
    auto key = signing::generateKeyFiles(keyPath, identity, passphrase);
    if (!key) {
        return key;
    }
    auto made = makeSelfSignedCertificate(keyPath, identity, *key, passphrase);
    if (!made) {
        return made.error();
    }
    if (certificate != nullptr) {
        *certificate = *made;
    }
    return key;
}

} // namespace vouch::services
