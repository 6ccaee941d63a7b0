// SPDX-License-Identifier: Apache-2.0
#include "pdfsign/PdfIdentity.h"

#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace vouch::pdfsign {

std::string openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) {
        return "unknown OpenSSL error";
    }
    std::array<char, 256> text{};
    ERR_error_string_n(code, text.data(), text.size());
    return text.data();
}

CertificateStack copyOf(const STACK_OF(X509) * stack)
{
    CertificateStack copy(sk_X509_new_null());
    for (int i = 0; stack != nullptr && i < sk_X509_num(stack); ++i) {
        X509* certificate = sk_X509_value(stack, i);
        if (X509_up_ref(certificate) == 1 && sk_X509_push(copy.get(), certificate) == 0) {
            X509_free(certificate);
        }
    }
    return copy;
}

std::string subjectOf(const X509* certificate)
{
    Bio bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), X509_get_subject_name(certificate), 0,
                       XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

std::string commonNameOf(const X509* certificate)
{
    const X509_NAME* name = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0) {
        return subjectOf(certificate);
    }
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) {
        return subjectOf(certificate);
    }
    std::string text(reinterpret_cast<const char*>(utf8), static_cast<std::size_t>(length));
    OPENSSL_free(utf8);
    return text;
}

std::string describeTime(const ASN1_TIME* time)
{
    std::tm parts{};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) {
        return "(no time)";
    }
    std::array<char, 32> text{};
    std::strftime(text.data(), text.size(), "%Y-%m-%d %H:%M:%S UTC", &parts);
    return text.data();
}

std::string PdfSigningIdentity::subject() const
{
    return subjectOf(certificate.get());
}

std::string PdfSigningIdentity::commonName() const
{
    return commonNameOf(certificate.get());
}

std::string PdfSigningIdentity::keyId() const
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (X509_pubkey_digest(certificate.get(), EVP_sha256(), digest.data(), &length) != 1) {
        return {};
    }
    std::string hex;
    for (unsigned int i = 0; i < 8 && i < length; ++i) {
        std::array<char, 3> pair{};
        std::snprintf(pair.data(), pair.size(), "%02x", digest[i]);
        hex += pair.data();
    }
    return hex;
}

namespace {

using Pkcs12 = std::unique_ptr<PKCS12, CryptoDeleter<PKCS12, PKCS12_free>>;

Result<void> checkValidity(const X509* certificate, const std::string& where, std::time_t now)
{
    const ASN1_TIME* notBefore = X509_get0_notBefore(certificate);
    const ASN1_TIME* notAfter = X509_get0_notAfter(certificate);
    const std::string dates =
        "valid from " + describeTime(notBefore) + " to " + describeTime(notAfter);
    if (X509_cmp_time(notBefore, &now) > 0) {
        return Error{where + ": the certificate is not yet valid (" + dates + "); not used"};
    }
    if (X509_cmp_time(notAfter, &now) < 0) {
        return Error{where + ": the certificate has expired (" + dates + "); not used"};
    }
    return {};
}

} // namespace

Result<PdfSigningIdentity> loadPkcs12(std::string_view bytes, std::string_view passphrase,
                                      const std::string& where, std::time_t now)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(bytes.data());
    Pkcs12 p12(d2i_PKCS12(nullptr, &cursor, static_cast<long>(bytes.size())));
    if (!p12) {
        ERR_clear_error();
        return Error{where + ": not a PKCS#12 file (.p12/.pfx)"};
    }
    const std::string pass(passphrase);
    if (PKCS12_mac_present(p12.get()) == 1 &&
        PKCS12_verify_mac(p12.get(), pass.c_str(), static_cast<int>(pass.size())) != 1) {
        ERR_clear_error();
        return Error{where + ": wrong passphrase for this PKCS#12 file",
                     ErrorKind::WrongPassphrase};
    }
    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
    STACK_OF(X509)* chain = nullptr;
    if (PKCS12_parse(p12.get(), pass.c_str(), &key, &certificate, &chain) != 1) {
        return Error{where + ": cannot read the PKCS#12 file (" + openSslError() + ")"};
    }
    PdfSigningIdentity identity{Certificate(certificate), PKey(key), CertificateStack(chain),
                                false};
    if (!identity.chain) {
        identity.chain.reset(sk_X509_new_null());
    }
    if (!identity.key) {
        return Error{where + ": holds no private key"};
    }
    if (!identity.certificate) {
        return Error{where + ": holds no certificate for its key"};
    }
    if (X509_check_private_key(identity.certificate.get(), identity.key.get()) != 1) {
        ERR_clear_error();
        return Error{where + ": its private key does not belong to its certificate"};
    }
    if (auto valid = checkValidity(identity.certificate.get(), where, now); !valid) {
        return valid.error();
    }
    identity.selfSigned =
        X509_check_issued(identity.certificate.get(), identity.certificate.get()) == X509_V_OK;
    return identity;
}

Result<PdfSigningIdentity> loadPkcs12File(const std::filesystem::path& path,
                                          std::string_view passphrase)
{
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return Error{path.string() + ": cannot read"};
    }
    const std::string bytes{std::istreambuf_iterator<char>(stream),
                            std::istreambuf_iterator<char>()};
    return loadPkcs12(bytes, passphrase, path.string());
}

namespace {

bool addExtension(X509* certificate, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (extension == nullptr) {
        return false;
    }
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

bool addName(X509_NAME* name, const char* field, const std::string& value)
{
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(value.c_str()), -1, -1,
                                      0) == 1;
}

} // namespace

Result<PdfSigningIdentity> makeSelfSignedIdentity(const std::string& name, const std::string& email,
                                                  int validDays)
{
    if (name.empty() || email.empty()) {
        return Error{"a self-signed certificate needs the signer's name and e-mail address"};
    }
    PKey key(EVP_EC_gen("P-256"));
    Certificate certificate(X509_new());
    if (!key || !certificate) {
        return Error{"cannot make an ECDSA P-256 key (" + openSslError() + ")"};
    }
    std::array<unsigned char, 16> serial{};
    RAND_bytes(serial.data(), static_cast<int>(serial.size()));
    serial[0] &= 0x7F;
    BIGNUM* number = BN_bin2bn(serial.data(), static_cast<int>(serial.size()), nullptr);
    ASN1_INTEGER* serialNumber = BN_to_ASN1_INTEGER(number, nullptr);
    BN_free(number);
    X509_NAME* subject = X509_NAME_new();
    // emailAddress is an IA5String (ASCII): an address with other letters (an
    // internationalised one, or a look-alike) is left out of the certificate.
    const bool asciiEmail = std::all_of(
        email.begin(), email.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    const bool named = addName(subject, "CN", name) && addName(subject, "O", "Vouch self-signed") &&
                       (!asciiEmail || addName(subject, "emailAddress", email));
    const bool ok =
        named && X509_set_version(certificate.get(), X509_VERSION_3) == 1 &&
        X509_set_serialNumber(certificate.get(), serialNumber) == 1 &&
        X509_set_subject_name(certificate.get(), subject) == 1 &&
        X509_set_issuer_name(certificate.get(), subject) == 1 &&
        X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -60) != nullptr &&
        X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 86400L * validDays) != nullptr &&
        X509_set_pubkey(certificate.get(), key.get()) == 1 &&
        addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(certificate.get(), NID_key_usage,
                     "critical,digitalSignature,nonRepudiation") &&
        addExtension(certificate.get(), NID_subject_key_identifier, "hash") &&
        X509_sign(certificate.get(), key.get(), EVP_sha256()) > 0;
    X509_NAME_free(subject);
    ASN1_INTEGER_free(serialNumber);
    if (!ok) {
        return Error{"cannot make the self-signed certificate (" + openSslError() + ")"};
    }
    return PdfSigningIdentity{std::move(certificate), std::move(key),
                              CertificateStack(sk_X509_new_null()), true};
}

} // namespace vouch::pdfsign
