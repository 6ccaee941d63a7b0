// SPDX-License-Identifier: Apache-2.0
#include "signing/Base64.h"

#include <openssl/evp.h>

#include <array>
#include <climits>
#include <string_view>

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

namespace {

constexpr unsigned char kInvalid = 0xFF;
constexpr unsigned char kPadding = 0x40;

// The value of each base64 character, kPadding for '=', kInvalid for anything else.
constexpr std::array<unsigned char, 256> kValues = [] {
    std::array<unsigned char, 256> values{};
    values.fill(kInvalid);
    constexpr std::string_view alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::size_t i = 0; i < alphabet.size(); ++i) {
        values[static_cast<unsigned char>(alphabet[i])] = static_cast<unsigned char>(i);
    }
    values['='] = kPadding;
    return values;
}();

unsigned char valueOf(char c)
{
    return kValues[static_cast<unsigned char>(c)];
}

// Canonical base64 only (RFC 4648 section 3.5): the alphabet, '=' only as the last one or
// two characters, and no stray bits in the character before the padding. Checked here
// rather than by encoding the result again, which cost a package read a tenth of its time.
bool isCanonicalBase64(std::string_view text)
{
    const std::size_t size = text.size();
    for (std::size_t i = 0; i + 2 < size; ++i) {
        if (valueOf(text[i]) >= kPadding) {
            return false;
        }
    }
    const unsigned char secondLast = valueOf(text[size - 2]);
    const unsigned char last = valueOf(text[size - 1]);
    if (secondLast == kInvalid || last == kInvalid ||
        (secondLast == kPadding && last != kPadding)) {
        return false;
    }
    if (secondLast == kPadding) {
        return (valueOf(text[size - 3]) & 0x0FU) == 0;
    }
    if (last == kPadding) {
        return (secondLast & 0x03U) == 0;
    }
    return true;
}

} // namespace

std::optional<std::string> fromBase64(std::string_view text)
{
    if (text.empty()) {
        return std::string();
    }
    if (text.size() % 4 != 0 || text.size() > static_cast<std::size_t>(INT_MAX) ||
        !isCanonicalBase64(text)) {
        return std::nullopt;
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
    size -= (text[text.size() - 2] == '=') ? 1U : 0U;
    decoded.resize(size);
    return decoded;
}

} // namespace vouch::signing
