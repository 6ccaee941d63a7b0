// SPDX-License-Identifier: Apache-2.0
#include "signing/Base64.h"

#include <openssl/evp.h>

#include <climits>

namespace vouch::signing {

std::string toBase64(std::string_view bytes)
{
    if (bytes.empty()) {
        return {};
    }
    std::string encoded(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(encoded.data()),
                                       reinterpret_cast<const unsigned char*>(bytes.data()),
                                       static_cast<int>(bytes.size()));
    encoded.resize(static_cast<std::size_t>(length));
    return encoded;
}

std::optional<std::string> fromBase64(std::string_view text)
{
    if (text.empty()) {
        return std::string();
    }
    if (text.size() % 4 != 0 || text.size() > static_cast<std::size_t>(INT_MAX)) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                              (c >= '0' && c <= '9') || c == '+' || c == '/';
        const bool padding = c == '=' && i + 2 >= text.size();
        if (!alphabet && !padding) {
            return std::nullopt;
        }
    }
    std::string decoded(text.size() / 4 * 3, '\0');
    const int length = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(decoded.data()),
                                       reinterpret_cast<const unsigned char*>(text.data()),
                                       static_cast<int>(text.size()));
    if (length < 0) {
        return std::nullopt;
    }
    // EVP_DecodeBlock counts padding as zero bytes; drop them.
    std::size_t size = static_cast<std::size_t>(length);
    size -= (text.back() == '=') ? 1U : 0U;
    size -= (text.size() >= 2 && text[text.size() - 2] == '=') ? 1U : 0U;
    decoded.resize(size);
    // Reject non-canonical encodings (stray bits in the last character).
    if (toBase64(decoded) != text) {
        return std::nullopt;
    }
    return decoded;
}

} // namespace vouch::signing
