// SPDX-License-Identifier: Apache-2.0
// Keys, signatures and packages at the signing module's level: what a signature
// covers, and that no change to a signed package goes unnoticed.
#include "TestSupport.h"
#include "model/CanonicalJson.h"
#include "model/Sha256.h"
#include "signing/Base64.h"
#include "signing/Keys.h"
#include "signing/MemoryProtection.h"
#include "signing/Package.h"
#include "signing/SecretText.h"
#include "signing/Signatures.h"

#include <QFile>
#include <QObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace vouch;
using namespace vouch::signing;
using nlohmann::json;

Q_DECLARE_METATYPE(vouch::signing::SignatureState)

namespace vouch::signing {
inline char* toString(SignatureState state)
{
    return qstrdup(spelling(state));
}
} // namespace vouch::signing

namespace {

const std::string kPassphrase = "correct horse battery staple";

bool noneTrusted(const std::string&)
{
    return false;
}

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<SigningKey> m_alice;
    std::optional<SigningKey> m_bob;
    Package m_signed; // payload signed by Alice (assessor) and Bob (approver)

    std::filesystem::path path(const QString& name) const
    {
        return m_dir.filePath(name).toStdString();
    }

    SigningKey makeKey(const QString& file, const SignerIdentity& identity)
    {
        if (!generateKeyFiles(path(file), identity, kPassphrase)) {
            qFatal("keygen failed");
        }
        auto key = loadSigningKey(path(file), kPassphrase);
        if (!key) {
            qFatal("%s", key.error().message.c_str());
        }
        return std::move(*key);
    }

    static Package unsignedPackage()
    {
        // A realistic size: the baseline answers as a canonical payload stand-in.
        const auto document = test::readJson(test::baselineAnswersPath());
        return Package{*model::canonicalJson(document).bytes,
                       *model::canonicalJson(json{{"q", 1}}).bytes,
                       {},
                       {}};
    }

    static std::vector<SignatureState>
    states(const Package& package,
           const std::function<bool(const std::string&)>& trusted = noneTrusted)
    {
        std::vector<SignatureState> result;
        for (const auto& check : verifyPackage(package, trusted).signatures) {
            result.push_back(check.state);
        }
        return result;
    }

    static std::string reason(const Package& package, std::size_t index)
    {
        return verifyPackage(package, noneTrusted).signatures.at(index).reason;
    }

private Q_SLOTS:
    void processMemoryIsKeptOutOfCoreDumps()
    {
        QVERIFY(vouch::signing::protectProcessMemory());
        rlimit core{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t{0});
#if !defined(__SANITIZE_ADDRESS__)
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
    }

    void secretTextKeepsOneCopyAndWipesIt()
    {
        using vouch::signing::SecretText;
        SecretText typed;
        const std::string_view passphrase =
            "correct horse battery staple, and then some more words";
        for (const char c : passphrase) {
            typed.append(c); // grows past its first buffer on the way
        }
        QCOMPARE(typed.view(), passphrase);
        typed.append('\r');
        typed.dropTrailingCarriageReturn();
        QCOMPARE(typed.view(), passphrase);

        SecretText moved(std::move(typed));
        QCOMPARE(moved.view(), passphrase);
        QVERIFY(typed.empty()); // NOLINT(bugprone-use-after-move): moved-from is defined empty
        QVERIFY(typed.view().empty());

        SecretText other("another one");
        other = std::move(moved);
        QCOMPARE(other.view(), passphrase);
        QVERIFY(moved.empty()); // NOLINT(bugprone-use-after-move)
        QVERIFY(other == SecretText(passphrase));

        char buffer[] = "decrypted key bytes";
        vouch::signing::wipeBytes(buffer, sizeof buffer);
        QVERIFY(std::all_of(std::begin(buffer), std::end(buffer), [](char c) { return c == 0; }));
    }

    void initTestCase()
    {
        m_alice = makeKey(QStringLiteral("alice.key"),
                          {"Dr. Alice Example", "Assessor", "alice@example.org"});
        m_bob = makeKey(QStringLiteral("bob.key"), {"Bob Approver", "CISO", "bob@example.org"});
        m_signed = unsignedPackage();
        QVERIFY(addSignature(m_signed, *m_alice, SignatureRole::Assessor, "I reviewed it.",
                             "2026-11-22T09:00:00.000Z"));
        QVERIFY(addSignature(m_signed, *m_bob, SignatureRole::Approver, "I approve it.",
                             "2026-11-22T10:00:00.000Z"));
    }

    void base64IsStrict_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("one byte") << QStringLiteral("Zg==") << true;
        QTest::newRow("two bytes") << QStringLiteral("Zm8=") << true;
        QTest::newRow("three bytes") << QStringLiteral("Zm9v") << true;
        QTest::newRow("missing padding") << QStringLiteral("Zg") << false;
        QTest::newRow("truncated") << QStringLiteral("Zm9vY") << false;
        QTest::newRow("line break") << QStringLiteral("Zm9v\nYmFy") << false;
        QTest::newRow("url alphabet") << QStringLiteral("-_8=") << false;
        QTest::newRow("padding inside") << QStringLiteral("Zg==Zg==") << false;
        QTest::newRow("non-canonical last character") << QStringLiteral("Zh==") << false;
        QTest::newRow("stray bits before one padding") << QStringLiteral("Zm9=") << false;
        QTest::newRow("a character after padding") << QStringLiteral("Zg=a") << false;
        QTest::newRow("only padding") << QStringLiteral("====") << false;
        QTest::newRow("padding in the third place") << QStringLiteral("Zm=v") << false;
        QTest::newRow("NUL byte") << QString::fromLatin1("Zm9\0", 4) << false;
    }
    void base64IsStrict()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto decoded = fromBase64(text.toStdString());
        QCOMPARE(decoded.has_value(), valid);
        if (valid) {
            QCOMPARE(toBase64(*decoded), text.toStdString());
        }
    }

    // Every spelling of the same key reads as the same key (the exact OpenSSL layout is
    // read without OpenSSL's decoder, any other goes through it), and a look-alike of the
    // layout with another algorithm or a bad length is not an Ed25519 key.
    void publicKeySpellingsReadAlike()
    {
        const auto& canonical = m_alice->publicKey().pem;
        const auto expected = publicKeyFromPem(canonical, "canonical");
        QVERIFY(expected);
        QCOMPARE(expected->keyId, m_alice->publicKey().keyId);
        QCOMPARE(expected->pem, canonical);

        const std::string begin = "-----BEGIN PUBLIC KEY-----\n";
        const std::string end = "-----END PUBLIC KEY-----\n";
        const auto body = canonical.substr(begin.size(), 60);
        for (const std::string& other :
             {canonical.substr(0, canonical.size() - 1), // no final newline
              "Name: A\n" + canonical,                   // identity lines
              begin + body.substr(0, 30) + "\n" + body.substr(30) + "\n" + end}) { // wrapped
            const auto read = publicKeyFromPem(other, "other");
            QVERIFY2(read, other.c_str());
            QCOMPARE(read->raw, expected->raw);
            QCOMPARE(read->keyId, expected->keyId);
            QCOMPARE(read->pem, canonical);
        }

        auto der = *fromBase64(body);
        der[8] = '\x71'; // id-Ed448's last arc, with an Ed25519 key's length
        QVERIFY(!publicKeyFromPem(begin + toBase64(der) + "\n" + end, "ed448-like"));
        QVERIFY(!publicKeyFromPem(begin + toBase64(der.substr(0, 43) + "AB") + "\n" + end, "long"));
    }

    void keyFilesAreEncryptedAndPrivate()
    {
        const auto privatePath = path(QStringLiteral("alice.key"));
        const auto permissions = std::filesystem::status(privatePath).permissions();
        QCOMPARE(permissions & std::filesystem::perms::all,
                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        QFile file(QString::fromStdString(privatePath.string()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto text = file.readAll();
        QVERIFY(text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!text.contains("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(text.startsWith("Vouch signer key\nName: Dr. Alice Example\nRole: Assessor\n"));
        QVERIFY(text.contains(QByteArray::fromStdString("Key id: " + m_alice->publicKey().keyId)));
        const auto publicKey = loadPublicKey(publicKeyPathFor(privatePath));
        QVERIFY(publicKey);
        QCOMPARE(publicKey->keyId, model::sha256Hex(publicKey->raw));
        QCOMPARE(publicKey->keyId, m_alice->publicKey().keyId);
        QCOMPARE(loadIdentity(publicKeyPathFor(privatePath))->email,
                 std::string("alice@example.org"));
    }

    void keygenRefusesBadRequests()
    {
        const auto existing =
            generateKeyFiles(path(QStringLiteral("alice.key")), {"A", "B", "a@b.c"}, kPassphrase);
        QVERIFY(!existing);
        QVERIFY(existing.error().message.ends_with("alice.key: already exists; not overwritten"));
        const auto shortPassphrase =
            generateKeyFiles(path(QStringLiteral("c.key")), {"A", "B", "a@b.c"}, "short");
        QCOMPARE(shortPassphrase.error().message,
                 std::string("the passphrase must have at least 10 characters"));
        const auto noEmail = generateKeyFiles(path(QStringLiteral("c.key")),
                                              {"A", "B", "not an address"}, kPassphrase);
        QCOMPARE(noEmail.error().message,
                 std::string("\"not an address\" is not an e-mail address"));
        const auto twoLines = generateKeyFiles(path(QStringLiteral("c.key")),
                                               {"A\nRole: admin", "B", "a@b.c"}, kPassphrase);
        QCOMPARE(twoLines.error().message,
                 std::string("name, role and e-mail must be single lines of text"));
        QVERIFY(!std::filesystem::exists(path(QStringLiteral("c.key"))));
    }

    void wrongPassphraseIsAClearError()
    {
        const auto key = loadSigningKey(path(QStringLiteral("alice.key")), "not the passphrase");
        QVERIFY(!key);
        QCOMPARE(key.error().message, path(QStringLiteral("alice.key")).string() +
                                          ": wrong passphrase, or the key file is damaged");
        const auto missing = loadSigningKey(path(QStringLiteral("nobody.key")), kPassphrase);
        QVERIFY(!missing);
    }

    void unencryptedKeysAreRefused()
    {
        // An unencrypted PKCS#8 key, as `openssl genpkey -algorithm ed25519` writes it.
        const QString plain = m_dir.filePath(QStringLiteral("plain.key"));
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN PRIVATE "
                   "KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n"
                   "-----END PRIVATE KEY-----\n");
        file.close();
        const auto key = loadSigningKey(plain.toStdString(), kPassphrase);
        QVERIFY(!key);
        QVERIFY(key.error().message.find("not a passphrase-protected private key") !=
                std::string::npos);
    }

    void signedPackageVerifies()
    {
        QCOMPARE(states(m_signed),
                 (std::vector{SignatureState::ValidUntrusted, SignatureState::ValidUntrusted}));
        const auto aliceId = m_alice->publicKey().keyId;
        QCOMPARE(states(m_signed, [&](const std::string& id) { return id == aliceId; }),
                 (std::vector{SignatureState::Valid, SignatureState::ValidUntrusted}));
        // The approver's statement names the assessor's signature.
        const auto statement = json::parse(m_signed.signatures[1].statement);
        QCOMPARE(statement["previous_signatures"][0].get<std::string>(),
                 model::sha256Hex(m_signed.signatures[0].signature));
        QCOMPARE(statement["payload_sha256"].get<std::string>(),
                 model::sha256Hex(m_signed.payload));
        QCOMPARE(statement["attestation"].get<std::string>(), std::string("I approve it."));
        // The statement is stored in canonical form.
        QCOMPARE(*model::canonicalJson(statement).bytes, m_signed.signatures[1].statement);
    }

    void packageRoundTripsThroughJson()
    {
        const auto text = packageToJson(m_signed).dump();
        const auto read = packageFromJson(json::parse(text), "p.vouch");
        QVERIFY(read.ok());
        QCOMPARE(read.value->payload, m_signed.payload);
        QCOMPARE(states(*read.value), states(m_signed));
    }

    void approverNeedsAnAssessorFirst()
    {
        auto package = unsignedPackage();
        const auto signedFirst =
            addSignature(package, *m_bob, SignatureRole::Approver, "x", "2026-11-22T10:00:00.000Z");
        QVERIFY(!signedFirst);
        QVERIFY(package.signatures.empty());
    }

    // Every mutation of the payload bytes breaks every signature.
    void everyPayloadMutationIsInvalid()
    {
        const auto seed = static_cast<quint32>(QRandomGenerator::global()->generate());
        QRandomGenerator random(seed);
        const std::size_t size = m_signed.payload.size();
        const bool everyByte = size <= 4000;
        const std::size_t count = everyByte ? size : 2000;
        for (std::size_t i = 0; i < count; ++i) {
            auto mutated = m_signed;
            const std::size_t at = everyByte ? i : random.bounded(static_cast<quint32>(size));
            mutated.payload[at] = static_cast<char>(mutated.payload[at] ^ (1 << random.bounded(8)));
            for (const auto state : states(mutated)) {
                if (state != SignatureState::Invalid) {
                    QFAIL(qPrintable(
                        QStringLiteral("flipping payload byte %1 (seed %2) still verifies")
                            .arg(at)
                            .arg(seed)));
                }
            }
        }
    }

    // The same, on the package file's text: a change in the payload's base64 either
    // makes the package unreadable or leaves every signature invalid.
    void everyPackageTextMutationIsRejectedOrInvalid()
    {
        const auto text = packageToJson(m_signed).dump();
        const auto encoded = toBase64(m_signed.payload);
        const auto start = text.find(encoded);
        QVERIFY(start != std::string::npos);
        const auto seed = static_cast<quint32>(QRandomGenerator::global()->generate());
        QRandomGenerator random(seed);
        static constexpr char kAlphabet[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\"x";
        int rejected = 0;
        for (int i = 0; i < 2000; ++i) {
            auto mutated = text;
            const auto at = start + random.bounded(static_cast<quint32>(encoded.size()));
            const char replacement =
                kAlphabet[random.bounded(static_cast<quint32>(sizeof kAlphabet - 1))];
            if (mutated[at] == replacement) {
                continue;
            }
            mutated[at] = replacement;
            const auto document = json::parse(mutated, nullptr, false);
            const auto read = document.is_discarded() ? model::Loaded<Package>{}
                                                      : packageFromJson(document, "m.vouch");
            if (!read.ok()) {
                ++rejected;
                continue;
            }
            for (const auto state : states(*read.value)) {
                if (state != SignatureState::Invalid) {
                    QFAIL(qPrintable(QStringLiteral("mutation at %1 (seed %2) still verifies")
                                         .arg(at)
                                         .arg(seed)));
                }
            }
        }
        qInfo("2000 mutations of the payload text (seed %u): %d rejected as malformed, the rest "
              "invalid",
              seed, rejected);
    }

    void replayOntoAnEditedPayloadIsInvalid()
    {
        auto edited = m_signed;
        auto document = json::parse(edited.payload);
        document["answers"]["contract.baa"] = "executed";
        edited.payload = *model::canonicalJson(document).bytes;
        QCOMPARE(states(edited), (std::vector{SignatureState::Invalid, SignatureState::Invalid}));
        QCOMPARE(
            reason(edited, 0),
            std::string(
                "it was made for a different payload (the assessment was changed after signing)"));
    }

    void signaturesSwappedBetweenPackagesAreInvalid()
    {
        auto other = unsignedPackage();
        other.payload = *model::canonicalJson(json{{"another", "assessment"}}).bytes;
        QVERIFY(addSignature(other, *m_alice, SignatureRole::Assessor, "I reviewed it.",
                             "2026-11-22T09:00:00.000Z"));
        auto swapped = m_signed;
        swapped.signatures[0] = other.signatures[0];
        const auto result = states(swapped);
        QCOMPARE(result, (std::vector{SignatureState::Invalid, SignatureState::Invalid}));
        QCOMPARE(reason(swapped, 1),
                 std::string("the signatures before it were removed, reordered or replaced"));
    }

    void removingTheAssessorInvalidatesTheApprover()
    {
        auto removed = m_signed;
        removed.signatures.erase(removed.signatures.begin());
        QCOMPARE(states(removed), std::vector{SignatureState::Invalid});
        QCOMPARE(reason(removed, 0),
                 std::string("the signatures before it were removed, reordered or replaced"));
    }

    void wrongKeyIsInvalid()
    {
        auto wrongKey = m_signed;
        wrongKey.signatures[0].publicKeyPem = m_bob->publicKey().pem;
        QCOMPARE(reason(wrongKey, 0), std::string("the key id does not match the public key"));
        wrongKey.signatures[0].keyId = m_bob->publicKey().keyId;
        QCOMPARE(reason(wrongKey, 0),
                 std::string("the signature does not match what it claims to sign"));
    }

    void changedReadableFieldsAreInvalid()
    {
        auto renamed = m_signed;
        renamed.signatures[0].signerName = "Mallory";
        QCOMPARE(
            reason(renamed, 0),
            std::string("the package describes the signature differently from what was signed"));
        auto reattested = m_signed;
        reattested.signatures[1].attestation = "I did not look at it.";
        QCOMPARE(states(reattested)[1], SignatureState::Invalid);
    }

    void unknownAlgorithmAndRoleAreInvalid()
    {
        auto algorithm = m_signed;
        algorithm.signatures[0].algorithm = "RSA-PSS";
        QCOMPARE(reason(algorithm, 0), std::string("unknown signature algorithm \"RSA-PSS\""));
        auto role = m_signed;
        role.signatures[0].signatureRole = "witness";
        QCOMPARE(reason(role, 0), std::string("unknown signature role \"witness\""));
    }

    void malformedPackagesAreRejectedWithThePlace_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const json& patch, const char* place,
                            const char* message) {
            QTest::newRow(name) << QByteArray::fromStdString(patch.dump())
                                << QString::fromUtf8(place) << QString::fromUtf8(message);
        };
        row("newer format",
            json::array({{{"op", "replace"}, {"path", "/format"}, {"value", "vouch-package/2"}}}),
            "/format", "made by a newer Vouch");
        row("foreign format",
            json::array({{{"op", "replace"}, {"path", "/format"}, {"value", "zip"}}}), "/format",
            "unsupported format");
        row("truncated signature base64",
            json::array(
                {{{"op", "replace"}, {"path", "/signatures/0/signature"}, {"value", "AAAA"}}}),
            "", "");
        row("signature not base64",
            json::array({{{"op", "replace"},
                          {"path", "/signatures/0/signature"},
                          {"value", "not base64!"}}}),
            "/signatures/0/signature", "expected base64");
        row("payload hash that does not match",
            json::array({{{"op", "replace"},
                          {"path", "/payload_sha256"},
                          {"value", std::string(64, '0')}}}),
            "/payload_sha256", "does not match the payload");
        row("missing signer", json::array({{{"op", "remove"}, {"path", "/signatures/0/signer"}}}),
            "/signatures/0", "missing required key \"signer\"");
        row("unknown key", json::array({{{"op", "add"}, {"path", "/comment"}, {"value", "x"}}}),
            "/comment", "unknown key");
    }
    void malformedPackagesAreRejectedWithThePlace()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, place);
        QFETCH(QString, message);
        const auto document = packageToJson(m_signed).patch(json::parse(patch.toStdString()));
        const auto read = packageFromJson(document, "p.vouch");
        if (place.isEmpty()) {
            // Well-formed but wrong: a 3-byte signature cannot verify.
            QVERIFY(read.ok());
            QCOMPARE(states(*read.value)[0], SignatureState::Invalid);
            return;
        }
        QVERIFY(!read.ok());
        const auto& error = read.errors.front();
        QCOMPARE(QString::fromStdString(error.place), place);
        QVERIFY2(error.message.find(message.toStdString()) != std::string::npos,
                 error.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "TestSigning.moc"
