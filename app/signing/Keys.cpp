// SPDX-License-Identifier: Apache-2.0
#include "signing/Keys.h"

#include "model/Sha256.h"
#include "signing/Base64.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <optional>
#include <sstream>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace vouch::signing {
namespace {

constexpr std::size_t kMaxKeyFileBytes = 64 * 1024;

bool hasControlCharacters(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            return true;
        }
    }
    return false;
}

Result<void> checkIdentity(const SignerIdentity& identity)
{
    const auto blank = [](const std::string& text) {
        return text.find_first_not_of(" \t") == std::string::npos;
    };
    if (blank(identity.name) || blank(identity.role) || blank(identity.email)) {
        return Error{"a signer identity needs a name, a role and an e-mail address"};
    }
    if (hasControlCharacters(identity.name) || hasControlCharacters(identity.role) ||
        hasControlCharacters(identity.email)) {
        return Error{"name, role and e-mail must be single lines of text"};
    }
    if (identity.email.find('@') == std::string::npos) {
        return Error{"\"" + identity.email + "\" is not an e-mail address"};
    }
    return {};
}

std::string identityHeader(const SignerIdentity& identity, const std::string& keyId)
{
    return "Vouch signer key\nName: " + identity.name + "\nRole: " + identity.role +
           "\nE-mail: " + identity.email + "\nKey id: " + keyId + "\n";
}

// Creates a file that must not exist yet, with `mode`, and writes all of `bytes`.
Result<void> writeNewFile(const std::filesystem::path& path, std::string_view bytes, mode_t mode)
{
    // Written whole into a fresh temporary file in the same folder, flushed, then linked
    // to `path`: link() never replaces an existing file or link (unlike rename), so a
    // key appears complete or not at all, and nothing that was there is touched.
    std::string temporary = path.string() + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) {
        return Error{path.string() + ": cannot create (" + std::strerror(errno) + ")"};
    }
    std::size_t written = 0;
    bool ok = ::fchmod(fd, mode) == 0;
    while (ok && written < bytes.size()) {
        const auto result = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (result < 0 && errno == EINTR) {
            continue;
        }
        ok = result > 0;
        written += ok ? static_cast<std::size_t>(result) : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(temporary.c_str());
        return Error{path.string() + ": write failed"};
    }
    const int linked = ::link(temporary.c_str(), path.c_str());
    const int error = errno;
    ::unlink(temporary.c_str());
    if (linked != 0) {
        return Error{path.string() + ": " +
                     (error == EEXIST
                          ? std::string("already exists; not overwritten")
                          : "cannot create (" + std::string(std::strerror(error)) + ")")};
    }
    return {};
}

Result<std::string> readSmallFile(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        return Error{path.string() + ": cannot read (" + ec.message() + ")"};
    }
    if (size > kMaxKeyFileBytes) {
        return Error{path.string() + ": too large to be a key file"};
    }
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    return bytes.str();
}

SignerIdentity parseIdentity(std::string_view text)
{
    SignerIdentity identity;
    std::istringstream lines{std::string(text)};
    std::string line;
    while (std::getline(lines, line) && !line.starts_with("-----BEGIN")) {
        const auto field = [&](std::string_view prefix, std::string& target) {
            if (line.starts_with(prefix)) {
                target = line.substr(prefix.size());
            }
        };
        field("Name: ", identity.name);
        field("Role: ", identity.role);
        field("E-mail: ", identity.email);
    }
    return identity;
}

Result<PublicKey> publicKeyOf(const EVP_PKEY* key, const std::string& where)
{
    std::string raw(32, '\0');
    std::size_t length = raw.size();
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &length) !=
            1 ||
        length != 32) {
        return Error{where + ": not an Ed25519 key"};
    }
    BioHandle bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1) {
        return Error{where + ": cannot encode the public key (" + lastOpenSslError() + ")"};
    }
    return PublicKey{raw, model::sha256Hex(raw), bioContents(bio.get())};
}

int passphraseCallback(char* buffer, int size, int /*rwflag*/, void* userData)
{
    const auto* passphrase = static_cast<const std::string_view*>(userData);
    if (passphrase->size() > static_cast<std::size_t>(size)) {
        return -1;
    }
    std::memcpy(buffer, passphrase->data(), passphrase->size());
    return static_cast<int>(passphrase->size());
}

Result<std::string> encryptedPrivateKeyPem(EVP_PKEY* key, std::string_view passphrase)
{
    Pkcs8Handle info(EVP_PKEY2PKCS8(key));
    AlgorHandle pbe(PKCS5_pbe2_set_iv(EVP_aes_256_cbc(), kKeyDerivationIterations, nullptr, 0,
                                      nullptr, NID_hmacWithSHA256));
    if (!info || !pbe) {
        return Error{"cannot prepare the key encryption (" + lastOpenSslError() + ")"};
    }
    X509SigHandle encrypted(PKCS8_set0_pbe(passphrase.data(), static_cast<int>(passphrase.size()),
                                           info.get(), pbe.get()));
    if (!encrypted) {
        return Error{"cannot encrypt the private key (" + lastOpenSslError() + ")"};
    }
    static_cast<void>(pbe.release()); // now owned by `encrypted`
    BioHandle bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1) {
        return Error{"cannot write the private key (" + lastOpenSslError() + ")"};
    }
    return bioContents(bio.get());
}

} // namespace

std::string lastOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) {
        return "no detail";
    }
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return text;
}

std::filesystem::path publicKeyPathFor(const std::filesystem::path& privatePath)
{
    return privatePath.string() + ".pub";
}

Result<std::string> SigningKey::sign(std::string_view message) const
{
    MdContextHandle context(EVP_MD_CTX_new());
    std::string signature(64, '\0');
    std::size_t length = signature.size();
    if (!context ||
        EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.data()),
                       message.size()) != 1 ||
        length != 64) {
        return Error{"signing failed (" + lastOpenSslError() + ")"};
    }
    return signature;
}

Result<PublicKey> generateKeyFiles(const std::filesystem::path& privatePath,
                                   const SignerIdentity& identity, std::string_view passphrase)
{
    if (auto valid = checkIdentity(identity); !valid) {
        return valid.error();
    }
    if (passphrase.size() < kMinimumPassphraseLength) {
        return Error{"the passphrase must have at least " +
                     std::to_string(kMinimumPassphraseLength) + " characters"};
    }
    const auto publicPath = publicKeyPathFor(privatePath);
    std::error_code ec;
    for (const auto& path : {privatePath, publicPath}) {
        if (std::filesystem::exists(path, ec)) {
            return Error{path.string() + ": already exists; not overwritten"};
        }
    }
    PKeyHandle key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key) {
        return Error{"cannot generate an Ed25519 key (" + lastOpenSslError() + ")"};
    }
    auto publicKey = publicKeyOf(key.get(), privatePath.string());
    if (!publicKey) {
        return publicKey.error();
    }
    auto privatePem = encryptedPrivateKeyPem(key.get(), passphrase);
    if (!privatePem) {
        return privatePem.error();
    }
    const auto header = identityHeader(identity, publicKey->keyId);
    if (auto written = writeNewFile(privatePath, header + *privatePem, 0600); !written) {
        return written.error();
    }
    if (auto written = writeNewFile(publicPath, header + publicKey->pem, 0644); !written) {
        std::filesystem::remove(privatePath, ec);
        return written.error();
    }
    return publicKey;
}

namespace {

// Why an encrypted PKCS#8 key's protection is weaker than what keygen makes (PBES2 with
// at least kKeyDerivationIterations PBKDF2 iterations, or scrypt), or nothing. Read from
// the key's AlgorithmIdentifier, before any decryption.
std::optional<std::string> weakEncryption(const std::string& text)
{
    BioHandle bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
    X509SigHandle sig(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
    if (!sig) {
        ERR_clear_error();
        return std::nullopt; // decryption names a damaged file
    }
    const X509_ALGOR* algorithm = nullptr;
    X509_SIG_get0(sig.get(), &algorithm, nullptr);
    const int scheme = OBJ_obj2nid(algorithm->algorithm);
    if (scheme != NID_pbes2) {
        return std::string("not PBES2 but ") +
               (scheme == NID_undef ? "an unknown scheme" : OBJ_nid2sn(scheme));
    }
    using Pbe2Handle = std::unique_ptr<PBE2PARAM, OpenSslDeleter<PBE2PARAM, PBE2PARAM_free>>;
    Pbe2Handle pbe2(static_cast<PBE2PARAM*>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter)));
    if (!pbe2 || pbe2->keyfunc == nullptr) {
        ERR_clear_error();
        return "unreadable PBES2 parameters";
    }
    const int function = OBJ_obj2nid(pbe2->keyfunc->algorithm);
    if (function == NID_id_scrypt) {
        return std::nullopt;
    }
    if (function != NID_id_pbkdf2) {
        return "PBES2 with an unknown key derivation";
    }
    using Pbkdf2Handle =
        std::unique_ptr<PBKDF2PARAM, OpenSslDeleter<PBKDF2PARAM, PBKDF2PARAM_free>>;
    Pbkdf2Handle pbkdf2(static_cast<PBKDF2PARAM*>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter)));
    if (!pbkdf2 || pbkdf2->iter == nullptr) {
        ERR_clear_error();
        return "unreadable PBKDF2 parameters";
    }
    const long iterations = ASN1_INTEGER_get(pbkdf2->iter);
    if (iterations < kKeyDerivationIterations) {
        return std::to_string(iterations) +
               (iterations == 1 ? " PBKDF2 iteration" : " PBKDF2 iterations");
    }
    return std::nullopt;
}

Error weakKey(const std::string& where, const std::string& why)
{
    return Error{where + ": the key's protection is weaker than Vouch requires (" + why +
                 "); Vouch signs only with keys encrypted with PBES2 and at least " +
                 std::to_string(kKeyDerivationIterations) +
                 " PBKDF2 iterations, or scrypt, under a passphrase of at least " +
                 std::to_string(kMinimumPassphraseLength) +
                 " characters. Re-encrypt it: openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf "
                 "hmacWithSHA256 -iter " +
                 std::to_string(kKeyDerivationIterations) + " -in " + where +
                 " -out NEW.key (it asks for the old and a new passphrase), then copy the Name, "
                 "Role and E-mail lines from the top of " +
                 where + " to the top of NEW.key"};
}

} // namespace

Result<SigningKey> loadSigningKey(const std::filesystem::path& privatePath,
                                  std::string_view passphrase)
{
    const std::string where = privatePath.string();
    auto text = readSmallFile(privatePath);
    if (!text) {
        return text.error();
    }
    if (text->find("-----BEGIN ENCRYPTED PRIVATE KEY-----") == std::string::npos) {
        return Error{where + ": not a passphrase-protected private key (Vouch signs only with "
                             "encrypted PKCS#8 keys)"};
    }
    if (auto weak = weakEncryption(*text)) {
        return weakKey(where, *weak);
    }
    BioHandle bio(BIO_new_mem_buf(text->data(), static_cast<int>(text->size())));
    auto passphraseView = passphrase;
    PKeyHandle key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &passphraseView));
    if (!key) {
        ERR_clear_error();
        return Error{where + ": wrong passphrase, or the key file is damaged",
                     ErrorKind::WrongPassphrase};
    }
    if (passphrase.size() < kMinimumPassphraseLength) {
        return weakKey(where,
                       "a passphrase of " + std::to_string(passphrase.size()) + " characters");
    }
    if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
        return Error{where + ": not an Ed25519 key"};
    }
    auto publicKey = publicKeyOf(key.get(), where);
    if (!publicKey) {
        return publicKey.error();
    }
    auto identity = parseIdentity(*text);
    if (identity.name.empty()) {
        return Error{where + ": the key file has no \"Name:\" line (make keys with vouch keygen)"};
    }
    return SigningKey(std::move(key), std::move(identity), std::move(*publicKey));
}

namespace {

// The DER prefix of every Ed25519 SubjectPublicKeyInfo (RFC 8410): SEQUENCE, the
// algorithm id-Ed25519 (1.3.101.112) without parameters, BIT STRING of 32 bytes.
constexpr std::string_view kEd25519SpkiPrefix{"\x30\x2a\x30\x05\x06\x03\x2b\x65\x70\x03\x21\x00",
                                              12};
constexpr std::string_view kPemBegin = "-----BEGIN PUBLIC KEY-----\n";
constexpr std::string_view kPemEnd = "\n-----END PUBLIC KEY-----\n";

// The key of a public key PEM exactly as OpenSSL (and so Vouch) writes an Ed25519 key:
// one 60-character base64 line between the armour lines. Verifying a package meets
// every signer's key this way, and OpenSSL's generic decoder and encoder cost more
// than the signature check itself; a byte-exact match of the one canonical form
// proves the same key without them. Any other spelling returns nullopt and goes the
// general way.
std::optional<PublicKey> canonicalEd25519Pem(std::string_view pem)
{
    constexpr std::size_t kBodyLength = 60; // base64 of 44 bytes
    if (pem.size() != kPemBegin.size() + kBodyLength + kPemEnd.size() ||
        !pem.starts_with(kPemBegin) || !pem.ends_with(kPemEnd)) {
        return std::nullopt;
    }
    const auto der = fromBase64(pem.substr(kPemBegin.size(), kBodyLength));
    if (!der || der->size() != kEd25519SpkiPrefix.size() + 32 ||
        !std::string_view(*der).starts_with(kEd25519SpkiPrefix)) {
        return std::nullopt;
    }
    std::string raw = der->substr(kEd25519SpkiPrefix.size());
    auto keyId = model::sha256Hex(raw);
    return PublicKey{std::move(raw), std::move(keyId), std::string(pem)};
}

} // namespace

Result<PublicKey> publicKeyFromPem(std::string_view pem, const std::string& where)
{
    if (auto canonical = canonicalEd25519Pem(pem)) {
        return std::move(*canonical);
    }
    BioHandle bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    PKeyHandle key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        ERR_clear_error();
        return Error{where + ": not a PEM public key"};
    }
    if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
        return Error{where + ": not an Ed25519 key"};
    }
    return publicKeyOf(key.get(), where);
}

Result<PublicKey> loadPublicKey(const std::filesystem::path& path)
{
    auto text = readSmallFile(path);
    if (!text) {
        return text.error();
    }
    return publicKeyFromPem(*text, path.string());
}

Result<SignerIdentity> loadIdentity(const std::filesystem::path& path)
{
    auto text = readSmallFile(path);
    if (!text) {
        return text.error();
    }
    return parseIdentity(*text);
}

bool verifySignature(const PublicKey& publicKey, std::string_view message,
                     std::string_view signature)
{
    if (publicKey.raw.size() != 32 || signature.size() != 64) {
        return false;
    }
    PKeyHandle key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(publicKey.raw.data()),
        32));
    MdContextHandle context(EVP_MD_CTX_new());
    const bool valid =
        key && context &&
        EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                         64, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size()) == 1;
    ERR_clear_error();
    return valid;
}

} // namespace vouch::signing
