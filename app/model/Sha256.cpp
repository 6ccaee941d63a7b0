// SPDX-License-Identifier: Apache-2.0
#include "model/Sha256.h"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

namespace vouch::model {

std::string sha256Hex(std::string_view bytes)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) !=
        1) {
        // Only fails if OpenSSL itself is broken (no SHA-256 provider); nothing to recover.
        throw std::runtime_error("OpenSSL SHA-256 failed");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(length * 2U);
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4U];
        hex += kHex[digest[i] & 0x0FU];
    }
    return hex;
}

bool isSha256Hex(std::string_view text)
{
    if (text.size() != 64) {
        return false;
    }
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace vouch::model
