// SPDX-License-Identifier: Apache-2.0
#include "pdfsign/Timestamp.h"

#include "pdfsign/CryptoHandles.h"
#include "pdfsign/PdfIdentity.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

#include <array>
#include <memory>

namespace vouch::pdfsign {
namespace {

using TsRequest = std::unique_ptr<TS_REQ, CryptoDeleter<TS_REQ, TS_REQ_free>>;
using TsResponse = std::unique_ptr<TS_RESP, CryptoDeleter<TS_RESP, TS_RESP_free>>;
using TsImprint =
    std::unique_ptr<TS_MSG_IMPRINT, CryptoDeleter<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>>;
using TsInfo = std::unique_ptr<TS_TST_INFO, CryptoDeleter<TS_TST_INFO, TS_TST_INFO_free>>;
using TsVerify = std::unique_ptr<TS_VERIFY_CTX, CryptoDeleter<TS_VERIFY_CTX, TS_VERIFY_CTX_free>>;
using Pkcs7 = std::unique_ptr<PKCS7, CryptoDeleter<PKCS7, PKCS7_free>>;
using Algorithm = std::unique_ptr<X509_ALGOR, CryptoDeleter<X509_ALGOR, X509_ALGOR_free>>;
using Integer = std::unique_ptr<ASN1_INTEGER, CryptoDeleter<ASN1_INTEGER, ASN1_INTEGER_free>>;
using BigNumber = std::unique_ptr<BIGNUM, CryptoDeleter<BIGNUM, BN_free>>;

// The stack PKCS7_get0_signers returns owns its list, not the certificates in it.
void freeStackOnly(STACK_OF(X509) * stack)
{
    sk_X509_free(stack);
}
using SignerStack = std::unique_ptr<STACK_OF(X509), CryptoDeleter<STACK_OF(X509), freeStackOnly>>;

// OpenSSL's oldest error with the detail it carries ("Verify error:..."); the queue is
// cleared.
std::string errorWithData()
{
    const char* data = nullptr;
    int flags = 0;
    const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags);
    if (code == 0) {
        ERR_clear_error();
        return "unknown OpenSSL error";
    }
    const char* reason = ERR_reason_error_string(code);
    std::string text = reason != nullptr ? reason : "OpenSSL error " + std::to_string(code);
    if (data != nullptr && (flags & ERR_TXT_STRING) != 0 && *data != '\0') {
        text += std::string(" (") + data + ")";
    }
    ERR_clear_error(); // after `data` is copied: it lives in the queue
    return text;
}

std::string sha256Of(std::string_view bytes)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) !=
        1) {
        return {};
    }
    return std::string(reinterpret_cast<const char*>(digest.data()), length);
}

std::string derOf(const PKCS7* token)
{
    const int length = i2d_PKCS7(token, nullptr);
    if (length <= 0) {
        return {};
    }
    std::string der(static_cast<std::size_t>(length), '\0');
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    return i2d_PKCS7(token, &cursor) == length ? der : std::string();
}

// Names of the PKIFailureInfo bits RFC 3161 defines, for the line a refusal gives.
std::string failureNames(const ASN1_BIT_STRING* bits)
{
    static constexpr std::array<std::pair<int, const char*>, 8> kNames{{
        {0, "badAlg: unrecognized or unsupported algorithm"},
        {2, "badRequest: transaction not permitted or supported"},
        {5, "badDataFormat: the data submitted has the wrong format"},
        {14, "timeNotAvailable: the TSA's time source is not available"},
        {15, "unacceptedPolicy: the requested policy is not supported"},
        {16, "unacceptedExtension: the requested extension is not supported"},
        {17, "addInfoNotAvailable: the additional information is not available"},
        {25, "systemFailure: the request cannot be handled due to system failure"},
    }};
    std::string names;
    for (const auto& [bit, name] : kNames) {
        if (bits != nullptr && ASN1_BIT_STRING_get_bit(bits, bit) == 1) {
            names += (names.empty() ? "" : "; ") + std::string(name);
        }
    }
    return names;
}

std::string statusName(long status)
{
    switch (status) {
    case 2:
        return "rejection";
    case 3:
        return "waiting";
    case 4:
        return "revocation warning";
    case 5:
        return "revocation notification";
    default:
        return "status " + std::to_string(status);
    }
}

std::string statusText(const TS_STATUS_INFO* info)
{
    std::string text;
    const STACK_OF(ASN1_UTF8STRING)* lines = TS_STATUS_INFO_get0_text(info);
    for (int i = 0; lines != nullptr && i < sk_ASN1_UTF8STRING_num(lines); ++i) {
        const ASN1_UTF8STRING* line = sk_ASN1_UTF8STRING_value(lines, i);
        text += (text.empty() ? "" : " ") +
                std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(line)),
                            static_cast<std::size_t>(ASN1_STRING_length(line)));
    }
    return text;
}

// The certificate that signed the token, from those it carries; null when it carries none.
X509* tokenSigner(PKCS7* token)
{
    if (PKCS7_type_is_signed(token) == 0 || token->d.sign == nullptr) {
        return nullptr;
    }
    const SignerStack signers(PKCS7_get0_signers(token, nullptr, 0));
    ERR_clear_error();
    if (!signers || sk_X509_num(signers.get()) != 1) {
        return nullptr;
    }
    return sk_X509_value(signers.get(), 0);
}

// TS_RESP_verify_signature against `store`, at the token's own time (the TSA's
// certificate must have been valid when it stamped). Empty when it verifies.
std::string signatureProblem(PKCS7* token, X509_STORE* store, const ASN1_GENERALIZEDTIME* when)
{
    X509_VERIFY_PARAM* param = X509_STORE_get0_param(store);
    std::tm parts{};
    if (when != nullptr && ASN1_TIME_to_tm(when, &parts) == 1) {
        X509_VERIFY_PARAM_set_time(param, timegm(&parts));
    }
    if (TS_RESP_verify_signature(token, nullptr, store, nullptr) == 1) {
        return {};
    }
    return errorWithData();
}

// Checks a token against the imprint of `signatureValue` (with the token's own digest
// algorithm), its version, and, when `nonce` is given, the nonce. Empty when it matches.
std::string contentProblem(PKCS7* token, std::string_view signatureValue, TS_REQ* request)
{
    TsVerify context(request != nullptr ? TS_REQ_to_TS_VERIFY_CTX(request, nullptr)
                                        : TS_VERIFY_CTX_new());
    if (!context) {
        return errorWithData();
    }
    if (request != nullptr) {
        // Version, imprint and nonce of the request; the signature is checked apart
        // (signatureProblem), with a store of its own.
        TS_VERIFY_CTX_set_flags(context.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
    } else {
        // The token's own algorithm digests the value (TS_VFY_DATA).
        BIO* data = BIO_new(BIO_s_mem());
        if (data == nullptr ||
            BIO_write(data, signatureValue.data(), static_cast<int>(signatureValue.size())) !=
                static_cast<int>(signatureValue.size())) {
            BIO_free(data);
            return errorWithData();
        }
        TS_VERIFY_CTX_set_data(context.get(), data); // owned by the context from here
        TS_VERIFY_CTX_set_flags(context.get(), TS_VFY_VERSION | TS_VFY_DATA);
    }
    if (TS_RESP_verify_token(context.get(), token) == 1) {
        return {};
    }
    return errorWithData();
}

CertificateStore storeOf(const std::vector<std::string>& pems)
{
    CertificateStore store(X509_STORE_new());
    for (const auto& pem : pems) {
        const Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
        while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            X509_STORE_add_cert(store.get(), certificate);
            X509_free(certificate);
        }
        ERR_clear_error();
    }
    return store;
}

// A store that trusts only `certificate` itself: the token's signature and the
// certificate's purpose are checked without a root to anchor it.
CertificateStore storeOfOnly(X509* certificate)
{
    CertificateStore store(X509_STORE_new());
    X509_STORE_add_cert(store.get(), certificate);
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    return store;
}

} // namespace

Result<std::string> requestTimestamp(std::string_view signatureValue, const Timestamper& tsa)
{
    const std::string where = "time-stamping authority " + tsa.url + ": ";
    if (!tsa.exchange) {
        return Error{where + "no way to reach it", ErrorKind::TimestampAuthority};
    }
    const auto digest = sha256Of(signatureValue);
    TsRequest request(TS_REQ_new());
    TsImprint imprint(TS_MSG_IMPRINT_new());
    Algorithm algorithm(X509_ALGOR_new());
    BigNumber random(BN_new());
    if (digest.empty() || !request || !imprint || !algorithm || !random ||
        X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) != 1 ||
        TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) != 1 ||
        TS_MSG_IMPRINT_set_msg(imprint.get(),
                               reinterpret_cast<unsigned char*>(const_cast<char*>(digest.data())),
                               static_cast<int>(digest.size())) != 1 ||
        TS_REQ_set_version(request.get(), 1) != 1 ||
        TS_REQ_set_msg_imprint(request.get(), imprint.get()) != 1 ||
        BN_rand(random.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1) {
        return Error{where + "cannot make the request (" + errorWithData() + ")",
                     ErrorKind::TimestampAuthority};
    }
    const Integer nonce(BN_to_ASN1_INTEGER(random.get(), nullptr));
    if (!nonce || TS_REQ_set_nonce(request.get(), nonce.get()) != 1 ||
        TS_REQ_set_cert_req(request.get(), 1) != 1) {
        return Error{where + "cannot make the request (" + errorWithData() + ")",
                     ErrorKind::TimestampAuthority};
    }
    const int length = i2d_TS_REQ(request.get(), nullptr);
    std::string der(static_cast<std::size_t>(length > 0 ? length : 0), '\0');
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (length <= 0 || i2d_TS_REQ(request.get(), &out) != length) {
        return Error{where + "cannot encode the request (" + errorWithData() + ")",
                     ErrorKind::TimestampAuthority};
    }

    auto answer = tsa.exchange(der);
    if (!answer) {
        return Error{where + answer.error().message, ErrorKind::TimestampAuthority};
    }
    const auto* cursor = reinterpret_cast<const unsigned char*>(answer->data());
    const TsResponse response(d2i_TS_RESP(nullptr, &cursor, static_cast<long>(answer->size())));
    if (!response ||
        cursor != reinterpret_cast<const unsigned char*>(answer->data() + answer->size())) {
        ERR_clear_error();
        return Error{where + "answered something that is not a time-stamp response (" +
                         std::to_string(answer->size()) + " bytes)",
                     ErrorKind::TimestampAuthority};
    }
    const TS_STATUS_INFO* status = TS_RESP_get_status_info(response.get());
    const long code = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status));
    if (code != 0 && code != 1) { // granted, granted with modifications
        const auto text = statusText(status);
        const auto failures = failureNames(TS_STATUS_INFO_get0_failure_info(status));
        return Error{where + "refused the request (" + statusName(code) +
                         (failures.empty() ? "" : ": " + failures) +
                         (text.empty() ? "" : "; it says \"" + text + "\"") + ")",
                     ErrorKind::TimestampAuthority};
    }
    PKCS7* token = TS_RESP_get_token(response.get());
    if (token == nullptr) {
        return Error{where + "granted the request but sent no token",
                     ErrorKind::TimestampAuthority};
    }
    if (auto problem = contentProblem(token, signatureValue, request.get()); !problem.empty()) {
        return Error{where + "its token does not answer this request (" + problem + ")",
                     ErrorKind::TimestampAuthority};
    }
    X509* signer = tokenSigner(token);
    if (signer == nullptr) {
        return Error{where + "its token does not carry the TSA's certificate",
                     ErrorKind::TimestampAuthority};
    }
    const TsInfo info(PKCS7_to_TS_TST_INFO(token));
    const auto store = storeOfOnly(signer);
    if (auto problem =
            signatureProblem(token, store.get(), info ? TS_TST_INFO_get_time(info.get()) : nullptr);
        !problem.empty()) {
        return Error{where + "its token's signature does not verify (" + problem + ")",
                     ErrorKind::TimestampAuthority};
    }
    auto tokenDer = derOf(token);
    if (tokenDer.empty()) {
        return Error{where + "cannot encode its token (" + errorWithData() + ")",
                     ErrorKind::TimestampAuthority};
    }
    return tokenDer;
}

TimestampCheck checkTimestampToken(std::string_view tokenDer, std::string_view signatureValue,
                                   const std::vector<std::string>& trustedPem)
{
    TimestampCheck check;
    const auto* cursor = reinterpret_cast<const unsigned char*>(tokenDer.data());
    const Pkcs7 token(d2i_PKCS7(nullptr, &cursor, static_cast<long>(tokenDer.size())));
    const TsInfo info(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    if (!token || !info) {
        ERR_clear_error();
        check.problem = "its timestamp is not an RFC 3161 time-stamp token";
        return check;
    }
    const ASN1_GENERALIZEDTIME* when = TS_TST_INFO_get_time(info.get());
    check.time = describeTime(when);
    X509* signer = tokenSigner(token.get());
    if (signer == nullptr) {
        check.problem = "its timestamp does not carry the certificate of the authority that "
                        "signed it";
        return check;
    }
    check.authority = subjectOf(signer);
    check.authorityName = commonNameOf(signer);
    if (auto problem = contentProblem(token.get(), signatureValue, nullptr); !problem.empty()) {
        check.problem = "its timestamp is not over its signature value (" + problem + ")";
        return check;
    }
    const auto own = storeOfOnly(signer);
    if (auto problem = signatureProblem(token.get(), own.get(), when); !problem.empty()) {
        check.problem = "its timestamp's signature does not verify (" + problem + ")";
        return check;
    }
    check.valid = true;
    if (trustedPem.empty()) {
        check.trustDetail = "no trusted root to check it against";
        return check;
    }
    const auto trusted = storeOf(trustedPem);
    if (auto problem = signatureProblem(token.get(), trusted.get(), when); problem.empty()) {
        check.trusted = true;
    } else {
        check.trustDetail = problem;
    }
    return check;
}

} // namespace vouch::pdfsign
