// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

namespace vouch::signing {

// A passphrase while it is needed, and no longer: the bytes are wiped with
// OPENSSL_cleanse when the text is destroyed, moved from or grows (the old buffer is
// wiped before it is freed), so no copy is left behind in freed memory. Not copyable,
// so every copy is explicit; view() lends the bytes to OpenSSL without copying.
class SecretText
{
public:
    SecretText() = default;
    explicit SecretText(std::string_view text);
    ~SecretText();
    SecretText(SecretText&& other) noexcept;
    SecretText& operator=(SecretText&& other) noexcept;
    SecretText(const SecretText&) = delete;
    SecretText& operator=(const SecretText&) = delete;

    void append(char c);
    // Drops a trailing '\r' (a passphrase file written on Windows).
    void dropTrailingCarriageReturn();

    [[nodiscard]] std::string_view view() const { return {m_bytes.get(), m_size}; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool operator==(const SecretText& other) const;

private:
    void reserve(std::size_t capacity);
    void wipe();

    std::unique_ptr<char[]> m_bytes;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

// Overwrites `bytes` with zeros in a way the compiler cannot optimise away.
void wipeBytes(void* bytes, std::size_t size);

} // namespace vouch::signing
