// SPDX-License-Identifier: Apache-2.0
#include "services/SignerCertificate.h"

#include "model/Sha256.h"
#include "pdfsign/KeyBinding.h"
#include "services/AtomicFile.h"

#include <fstream>
#include <iterator>
#include <sstream>

namespace vouch::services {
namespace {

constexpr std::string_view kBindingHeader = "Vouch key binding 1";

std::string issuerOf(const X509* certificate)
{
    pdfsign::Bio bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), X509_get_issuer_name(certificate), 0,
                       XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

CertificateSummary summaryOf(const std::filesystem::path& path,
                             const pdfsign::PdfSigningIdentity& identity)
{
    const X509* certificate = identity.certificate.get();
    return {path.string(), identity.subject(), issuerOf(certificate),
            "valid from " + pdfsign::describeTime(X509_get0_notBefore(certificate)) + " to " +
                pdfsign::describeTime(X509_get0_notAfter(certificate)),
            identity.selfSigned};
}

std::string hexOf(std::string_view bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (const char c : bytes) {
        out += kDigits[static_cast<unsigned char>(c) >> 4];
        out += kDigits[static_cast<unsigned char>(c) & 15];
    }
    return out;
}

Result<std::string> readAll(const std::filesystem::path& path)
{
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return Error{path.string() + ": cannot read"};
    }
    return std::string{std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

// KEY.binding: a header, the key id and certificate hash (for people), and the binding
// as "binding: HEX" (the only line a reader relies on).
std::string bindingFileText(const signing::PublicKey& publicKey,
                            const pdfsign::PdfSigningIdentity& identity, std::string_view binding)
{
    return std::string(kBindingHeader) + "\nEd25519 key id: " + publicKey.keyId +
           "\ncertificate sha256: " +
           model::sha256Hex(pdfsign::certificateDer(identity.certificate.get())) +
           "\nbinding: " + hexOf(binding) + "\n";
}

Result<std::string> bindingFromFile(const std::filesystem::path& path)
{
    auto text = readAll(path);
    if (!text) {
        return Error{path.string() + ": missing or unreadable (the certificate's key binding)"};
    }
    std::istringstream lines(*text);
    std::string line;
    std::string hex;
    bool header = false;
    while (std::getline(lines, line)) {
        header = header || line == kBindingHeader;
        if (line.rfind("binding: ", 0) == 0) {
            hex = line.substr(9);
        }
    }
    std::string raw;
    std::string binding;
    // parseBindingText checks the hex; the raw key part is a placeholder of 32 bytes.
    if (!header || !pdfsign::parseBindingText("ed25519=" + std::string(64, '0') + ";binding=" + hex,
                                              raw, binding)) {
        return Error{path.string() + ": not a Vouch key binding file"};
    }
    return binding;
}

Result<CertificateSummary> writeCertificateFiles(const std::filesystem::path& keyPath,
                                                 const pdfsign::PdfSigningIdentity& identity,
                                                 const signing::PublicKey& publicKey,
                                                 std::string_view passphrase,
                                                 const std::string& friendlyName)
{
    auto binding = pdfsign::signBinding(identity, publicKey.raw);
    if (!binding) {
        return binding.error();
    }
    auto p12 =
        pdfsign::toPkcs12(identity, passphrase, friendlyName, signing::kKeyDerivationIterations);
    if (!p12) {
        return Error{certificatePathFor(keyPath).string() + ": " + p12.error().message};
    }
    const auto p12Path = certificatePathFor(keyPath);
    if (auto written = writeFileAtomically(p12Path, *p12, "the certificate file"); !written) {
        return written.error();
    }
    std::error_code ec;
    std::filesystem::permissions(
        p12Path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
    if (auto written =
            writeFileAtomically(bindingPathFor(keyPath),
                                bindingFileText(publicKey, identity, *binding), "the key binding");
        !written) {
        return written.error();
    }
    return summaryOf(p12Path, identity);
}

} // namespace

std::string CertificateSummary::describe() const
{
    return subject + (selfSigned ? " (self-signed by Vouch)" : " (issued by " + issuer + ")") +
           ", " + validity;
}

std::filesystem::path certificatePathFor(const std::filesystem::path& keyPath)
{
    return std::filesystem::path(keyPath.string() + ".p12");
}

std::filesystem::path bindingPathFor(const std::filesystem::path& keyPath)
{
    return std::filesystem::path(keyPath.string() + ".binding");
}

Result<CertificateSummary> makeSelfSignedCertificate(const std::filesystem::path& keyPath,
                                                     const signing::SignerIdentity& who,
                                                     const signing::PublicKey& publicKey,
                                                     std::string_view passphrase)
{
    std::error_code ec;
    for (const auto& path : {certificatePathFor(keyPath), bindingPathFor(keyPath)}) {
        if (std::filesystem::exists(path, ec)) {
            return Error{path.string() + ": already exists; not replaced"};
        }
    }
    auto identity = pdfsign::makeSelfSignedIdentity(who.name, who.email);
    if (!identity) {
        return identity.error();
    }
    return writeCertificateFiles(keyPath, *identity, publicKey, passphrase, who.name);
}

Result<CertificateSummary> attachCertificate(const std::filesystem::path& keyPath,
                                             std::string_view passphrase,
                                             const std::filesystem::path& pkcs12,
                                             std::string_view pkcs12Passphrase, std::time_t now)
{
    auto key = signing::loadSigningKey(keyPath, passphrase);
    if (!key) {
        return key.error();
    }
    auto bytes = readAll(pkcs12);
    if (!bytes) {
        return bytes.error();
    }
    auto identity = pdfsign::loadPkcs12(*bytes, pkcs12Passphrase, pkcs12.string(), now);
    if (!identity) {
        return identity.error();
    }
    identity->selfSigned = false; // an organisation's certificate, whatever its issuer
    return writeCertificateFiles(keyPath, *identity, key->publicKey(), passphrase,
                                 key->identity().name);
}

Result<std::optional<BoundCertificate>> loadBoundCertificate(const std::filesystem::path& keyPath,
                                                             std::string_view passphrase,
                                                             const signing::PublicKey& publicKey)
{
    const auto p12Path = certificatePathFor(keyPath);
    std::error_code ec;
    if (!std::filesystem::exists(p12Path, ec)) {
        return std::optional<BoundCertificate>();
    }
    auto identity = pdfsign::loadPkcs12File(p12Path, passphrase);
    if (!identity) {
        return identity.error();
    }
    // Vouch's own certificate: issued to itself and saying "Vouch self-signed" (its key
    // usage has no keyCertSign, so OpenSSL's "issued by itself" check says no).
    const X509* certificate = identity->certificate.get();
    identity->selfSigned =
        X509_NAME_cmp(X509_get_subject_name(certificate), X509_get_issuer_name(certificate)) == 0 &&
        identity->subject().find("O=Vouch self-signed") != std::string::npos;
    auto binding = bindingFromFile(bindingPathFor(keyPath));
    if (!binding) {
        return binding.error();
    }
    if (!pdfsign::checkBinding(identity->certificate.get(), publicKey.raw, *binding)) {
        return Error{p12Path.string() + ": its certificate (" + identity->subject() +
                     ") is not bound to the signing key " + publicKey.keyId + " (" +
                     bindingPathFor(keyPath).string() +
                     " does not verify under it); nothing was signed"};
    }
    return std::optional<BoundCertificate>(BoundCertificate{std::move(*identity), *binding});
}

Result<Signer> loadSigner(const std::filesystem::path& keyPath, std::string_view passphrase)
{
    auto key = signing::loadSigningKey(keyPath, passphrase);
    if (!key) {
        return key.error();
    }
    auto certificate = loadBoundCertificate(keyPath, passphrase, key->publicKey());
    if (!certificate) {
        return certificate.error();
    }
    Signer signer{std::move(*key), std::move(*certificate), {}};
    if (!signer.certificate) {
        auto made = makeSelfSignedCertificate(keyPath, signer.key.identity(),
                                              signer.key.publicKey(), passphrase);
        if (!made) {
            signer.noCertificate = made.error().message;
            return signer;
        }
        auto loaded = loadBoundCertificate(keyPath, passphrase, signer.key.publicKey());
        if (!loaded || !*loaded) {
            signer.noCertificate = loaded ? certificatePathFor(keyPath).string() + ": not found"
                                          : loaded.error().message;
            return signer;
        }
        signer.certificate = std::move(*loaded);
    }
    return signer;
}

} // namespace vouch::services
