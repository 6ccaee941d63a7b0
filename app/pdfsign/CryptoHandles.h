// SPDX-License-Identifier: Apache-2.0
// Owning handles for the OpenSSL objects of PDF signing: no raw free calls outside
// this header.
#pragma once

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>
#include <string>

namespace vouch::pdfsign {

template <typename T, void (*Free)(T*)> struct CryptoDeleter
{
    void operator()(T* handle) const { Free(handle); }
};

inline void freeBio(BIO* bio)
{
    BIO_free_all(bio);
}
inline void freeCertificateStack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

using PKey = std::unique_ptr<EVP_PKEY, CryptoDeleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, CryptoDeleter<X509, X509_free>>;
using CertificateStack =
    std::unique_ptr<STACK_OF(X509), CryptoDeleter<STACK_OF(X509), freeCertificateStack>>;
using Bio = std::unique_ptr<BIO, CryptoDeleter<BIO, freeBio>>;
using Cms = std::unique_ptr<CMS_ContentInfo, CryptoDeleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using CertificateStore = std::unique_ptr<X509_STORE, CryptoDeleter<X509_STORE, X509_STORE_free>>;
using StoreContext =
    std::unique_ptr<X509_STORE_CTX, CryptoDeleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

// The oldest error on OpenSSL's queue, for messages; the queue is cleared.
std::string openSslError();

// Copies of every certificate in `stack` (owning); an empty stack for nullptr.
CertificateStack copyOf(const STACK_OF(X509) * stack);

} // namespace vouch::pdfsign
