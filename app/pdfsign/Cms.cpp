// SPDX-License-Identifier: Apache-2.0
#include "pdfsign/Cms.h"

#include "pdfsign/KeyBinding.h"

#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/pem.h>

namespace vouch::pdfsign {
namespace {

// The stack CMS_get0_signers returns owns its list, not the certificates in it.
void freeStackOnly(STACK_OF(X509) * stack)
{
    sk_X509_free(stack);
}
using SignerStack = std::unique_ptr<STACK_OF(X509), CryptoDeleter<STACK_OF(X509), freeStackOnly>>;
using EssCertificate =
    std::unique_ptr<ESS_SIGNING_CERT_V2,
                    CryptoDeleter<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free>>;

Bio memoryOf(std::string_view bytes)
{
    return Bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

std::string signingTimeOf(CMS_SignerInfo* signerInfo)
{
    const int index = CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_signingTime, -1);
    if (index < 0) {
        return {};
    }
    X509_ATTRIBUTE* attribute = CMS_signed_get_attr(signerInfo, index);
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (value == nullptr ||
        (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME)) {
        return {};
    }
    return describeTime(value->value.utctime);
}

std::string_view signatureValueOf(CMS_SignerInfo* signerInfo)
{
    const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(signerInfo);
    if (value == nullptr) {
        return {};
    }
    return {reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
            static_cast<std::size_t>(ASN1_STRING_length(value))};
}

// The DER of the signature timestamp token the SignerInfo carries; nullopt for none, ""
// for an attribute that is not one token.
std::optional<std::string> timestampTokenOf(CMS_SignerInfo* signerInfo)
{
    const int index = CMS_unsigned_get_attr_by_NID(signerInfo, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0) {
        return std::nullopt;
    }
    X509_ATTRIBUTE* attribute = CMS_unsigned_get_attr(signerInfo, index);
    const ASN1_TYPE* value =
        X509_ATTRIBUTE_count(attribute) == 1 ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    if (value == nullptr || value->type != V_ASN1_SEQUENCE || value->value.sequence == nullptr) {
        return std::string();
    }
    return std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value->value.sequence)),
                       static_cast<std::size_t>(ASN1_STRING_length(value->value.sequence)));
}

} // namespace

Result<std::string> makeCadesSignature(std::string_view signedBytes,
                                       const PdfSigningIdentity& identity, const Timestamper* tsa)
{
    constexpr unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    Cms cms(CMS_sign(nullptr, nullptr, identity.chain.get(), nullptr, flags));
    if (!cms) {
        return Error{"cannot start the CMS signature (" + openSslError() + ")"};
    }
    CMS_SignerInfo* signerInfo =
        CMS_add1_signer(cms.get(), identity.certificate.get(), identity.key.get(), EVP_sha256(),
                        CMS_PARTIAL | CMS_BINARY | CMS_NOSMIMECAP);
    if (signerInfo == nullptr) {
        return Error{"cannot add the signer to the CMS signature (" + openSslError() + ")"};
    }
    // ESS signing-certificate-v2 binds the signer's certificate into the signed
    // attributes (PAdES baseline requires it; a swapped certificate no longer verifies).
    EssCertificate essCertificate(
        OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), identity.certificate.get(), nullptr, 1));
    if (!essCertificate) {
        return Error{"cannot make the signing-certificate-v2 attribute (" + openSslError() + ")"};
    }
    const int length = i2d_ESS_SIGNING_CERT_V2(essCertificate.get(), nullptr);
    std::string der(static_cast<std::size_t>(length > 0 ? length : 0), '\0');
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    if (length <= 0 || i2d_ESS_SIGNING_CERT_V2(essCertificate.get(), &cursor) != length ||
        CMS_signed_add1_attr_by_NID(signerInfo, NID_id_smime_aa_signingCertificateV2,
                                    V_ASN1_SEQUENCE, der.data(), length) != 1) {
        return Error{"cannot add the signing-certificate-v2 attribute (" + openSslError() + ")"};
    }
    const Bio data = memoryOf(signedBytes);
    if (CMS_final(cms.get(), data.get(), nullptr, CMS_BINARY | CMS_DETACHED) != 1) {
        return Error{"cannot sign (" + openSslError() + ")"};
    }
    if (tsa != nullptr) {
        // PAdES B-T: the timestamp is over the signature value, so it comes after it and
        // goes into the unsigned attributes, which the signature does not cover.
        auto token = requestTimestamp(signatureValueOf(signerInfo), *tsa);
        if (!token) {
            return token.error();
        }
        if (CMS_unsigned_add1_attr_by_NID(signerInfo, NID_id_smime_aa_timeStampToken,
                                          V_ASN1_SEQUENCE, token->data(),
                                          static_cast<int>(token->size())) != 1) {
            return Error{"cannot add the timestamp to the CMS signature (" + openSslError() + ")"};
        }
    }
    const Bio out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1) {
        return Error{"cannot encode the CMS signature (" + openSslError() + ")"};
    }
    char* bytes = nullptr;
    const long size = BIO_get_mem_data(out.get(), &bytes);
    return std::string(bytes, static_cast<std::size_t>(size));
}

CmsCheck verifyCadesSignature(std::string_view der, std::string_view signedBytes,
                              const std::vector<std::string>& trustedPem)
{
    CmsCheck check;
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.data());
    const Cms cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(der.size())));
    if (!cms) {
        ERR_clear_error();
        check.problem = "its /Contents is not a CMS signature";
        return check;
    }
    STACK_OF(CMS_SignerInfo)* signerInfos = CMS_get0_SignerInfos(cms.get());
    if (signerInfos == nullptr || sk_CMS_SignerInfo_num(signerInfos) != 1) {
        check.problem = "its CMS signature does not have exactly one signer";
        return check;
    }
    CMS_SignerInfo* signerInfo = sk_CMS_SignerInfo_value(signerInfos, 0);
    check.signingTime = signingTimeOf(signerInfo);
    check.hasSigningCertificateV2 =
        CMS_signed_get_attr_by_NID(signerInfo, NID_id_smime_aa_signingCertificateV2, -1) >= 0;
    if (const auto token = timestampTokenOf(signerInfo)) {
        check.timestamp = checkTimestampToken(*token, signatureValueOf(signerInfo), trustedPem);
    }
    const Bio data = memoryOf(signedBytes);
    if (CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                   CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) != 1) {
        check.problem =
            "the CMS signature does not match the signed bytes (" + openSslError() + ")";
    } else if (check.timestamp && !check.timestamp->valid) {
        check.problem = check.timestamp->problem;
    } else {
        check.valid = true;
    }
    const SignerStack signers(CMS_get0_signers(cms.get()));
    if (!signers || sk_X509_num(signers.get()) != 1) {
        check.valid = false;
        check.problem = "its CMS signature does not carry the signer's certificate";
        return check;
    }
    X509* signer = sk_X509_value(signers.get(), 0);
    check.signer = subjectOf(signer);
    check.signerName = commonNameOf(signer);
    check.signerCertificateDer = certificateDer(signer);

    const CertificateStore store(X509_STORE_new());
    for (const auto& pem : trustedPem) {
        const Bio bio = memoryOf(pem);
        while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            X509_STORE_add_cert(store.get(), certificate);
            X509_free(certificate);
        }
        ERR_clear_error();
    }
    const CertificateStack carried(CMS_get1_certs(cms.get()));
    const StoreContext context(X509_STORE_CTX_new());
    if (X509_STORE_CTX_init(context.get(), store.get(), signer, carried.get()) != 1) {
        check.chain = ChainState::Invalid;
        check.chainDetail = openSslError();
        return check;
    }
    if (X509_verify_cert(context.get()) == 1) {
        check.chain = ChainState::Trusted;
        return check;
    }
    const int error = X509_STORE_CTX_get_error(context.get());
    check.chainDetail = X509_verify_cert_error_string(error);
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        check.chain = ChainState::Expired;
        break;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        check.chain = ChainState::Untrusted;
        break;
    default:
        check.chain = ChainState::Invalid;
        break;
    }
    ERR_clear_error();
    return check;
}

} // namespace vouch::pdfsign
