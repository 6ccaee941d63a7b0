// SPDX-License-Identifier: Apache-2.0
#include "pdfsign/KeyBinding.h"

#include <openssl/pkcs12.h>

#include <memory>

namespace vouch::pdfsign {
namespace {

using DigestContext = std::unique_ptr<EVP_MD_CTX, CryptoDeleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, CryptoDeleter<PKCS12, PKCS12_free>>;

std::string hex(std::string_view bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += kDigits[b >> 4];
        out += kDigits[b & 15];
    }
    return out;
}

bool unhex(std::string_view text, std::string& out)
{
    if (text.size() % 2 != 0 || text.empty()) {
        return false;
    }
    const auto digit = [](char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    out.clear();
    for (std::size_t i = 0; i < text.size(); i += 2) {
        const int high = digit(text[i]);
        const int low = digit(text[i + 1]);
        if (high < 0 || low < 0) {
            return false;
        }
        out.push_back(static_cast<char>(high * 16 + low));
    }
    return true;
}

} // namespace

std::string bindingText(std::string_view ed25519Raw, std::string_view signature)
{
    return "ed25519=" + hex(ed25519Raw) + ";binding=" + hex(signature);
}

bool parseBindingText(std::string_view text, std::string& ed25519Raw, std::string& signature)
{
    constexpr std::string_view kKey = "ed25519=";
    constexpr std::string_view kBinding = ";binding=";
    const auto middle = text.find(kBinding);
    if (text.substr(0, kKey.size()) != kKey || middle == std::string_view::npos) {
        return false;
    }
    return unhex(text.substr(kKey.size(), middle - kKey.size()), ed25519Raw) &&
           ed25519Raw.size() == 32 && unhex(text.substr(middle + kBinding.size()), signature);
}

std::string bindingMessage(std::string_view ed25519Raw)
{
    return "Vouch key binding 1\n" + std::string(ed25519Raw);
}

Result<std::string> signBinding(const PdfSigningIdentity& identity, std::string_view ed25519Raw)
{
    if (!identity.key) {
        return Error{"no certificate key to bind the signing key with"};
    }
    const auto message = bindingMessage(ed25519Raw);
    DigestContext context(EVP_MD_CTX_new());
    std::size_t size = 0;
    if (!context ||
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, identity.key.get()) !=
            1 ||
        EVP_DigestSign(context.get(), nullptr, &size,
                       reinterpret_cast<const unsigned char*>(message.data()),
                       message.size()) != 1) {
        return Error{"cannot bind the signing key to the certificate: " + openSslError()};
    }
    std::string signature(size, '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                       reinterpret_cast<const unsigned char*>(message.data()),
                       message.size()) != 1) {
        return Error{"cannot bind the signing key to the certificate: " + openSslError()};
    }
    signature.resize(size);
    return signature;
}

bool checkBinding(const X509* certificate, std::string_view ed25519Raw, std::string_view signature)
{
    if (certificate == nullptr || signature.empty()) {
        return false;
    }
    EVP_PKEY* key = X509_get0_pubkey(certificate);
    DigestContext context(EVP_MD_CTX_new());
    const auto message = bindingMessage(ed25519Raw);
    const bool valid =
        key != nullptr && context &&
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                         signature.size(), reinterpret_cast<const unsigned char*>(message.data()),
                         message.size()) == 1;
    static_cast<void>(openSslError()); // a failed check leaves its reason on the queue
    return valid;
}

std::string certificateDer(const X509* certificate)
{
    const int size = i2d_X509(certificate, nullptr);
    if (size <= 0) {
        return {};
    }
    std::string der(static_cast<std::size_t>(size), '\0');
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509(certificate, &out);
    return der;
}

Certificate certificateFromDer(std::string_view der)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.data());
    Certificate certificate(d2i_X509(nullptr, &in, static_cast<long>(der.size())));
    if (!certificate || in != reinterpret_cast<const unsigned char*>(der.data()) + der.size()) {
        static_cast<void>(openSslError());
        return nullptr;
    }
    return certificate;
}

Result<std::string> toPkcs12(const PdfSigningIdentity& identity, std::string_view passphrase,
                             const std::string& friendlyName, int iterations)
{
    const std::string pass(passphrase);
    // Key: PBES2 AES-256-CBC; certificates in clear (-1), as they are public anyway.
    Pkcs12 p12(PKCS12_create(pass.c_str(), friendlyName.c_str(), identity.key.get(),
                             identity.certificate.get(), identity.chain.get(), NID_aes_256_cbc, -1,
                             iterations, PKCS12_DEFAULT_ITER, 0));
    if (!p12) {
        return Error{"cannot write the certificate file: " + openSslError()};
    }
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || i2d_PKCS12_bio(bio.get(), p12.get()) != 1) {
        return Error{"cannot write the certificate file: " + openSslError()};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

} // namespace vouch::pdfsign
