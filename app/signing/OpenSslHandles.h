// SPDX-License-Identifier: Apache-2.0
// Owning handles for the OpenSSL objects the signing module uses: no raw free calls
// outside this header.
#pragma once

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <string>

namespace vouch::signing {

template <typename T, void (*Free)(T*)> struct OpenSslDeleter
{
    void operator()(T* handle) const { Free(handle); }
};

using PKeyHandle = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using MdContextHandle = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using X509SigHandle = std::unique_ptr<X509_SIG, OpenSslDeleter<X509_SIG, X509_SIG_free>>;
using Pkcs8Handle = std::unique_ptr<PKCS8_PRIV_KEY_INFO,
                                    OpenSslDeleter<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>>;
using AlgorHandle = std::unique_ptr<X509_ALGOR, OpenSslDeleter<X509_ALGOR, X509_ALGOR_free>>;

inline void freeBio(BIO* bio)
{
    BIO_free_all(bio);
}
using BioHandle = std::unique_ptr<BIO, OpenSslDeleter<BIO, freeBio>>;

// The contents of a memory BIO.
inline std::string bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

// The oldest error on OpenSSL's queue, for messages; the queue is cleared.
std::string lastOpenSslError();

} // namespace vouch::signing
