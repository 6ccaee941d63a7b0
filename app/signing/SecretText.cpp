// SPDX-License-Identifier: Apache-2.0
#include "signing/SecretText.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace vouch::signing {

void wipeBytes(void* bytes, std::size_t size)
{
    if (bytes != nullptr && size > 0) {
        OPENSSL_cleanse(bytes, size);
    }
}

SecretText::SecretText(std::string_view text)
{
    reserve(text.size());
    std::memcpy(m_bytes.get(), text.data(), text.size());
    m_size = text.size();
}

SecretText::~SecretText()
{
    wipe();
}

SecretText::SecretText(SecretText&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{}

SecretText& SecretText::operator=(SecretText&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecretText::append(char c)
{
    if (m_size == m_capacity) {
        reserve(std::max<std::size_t>(64, m_capacity * 2));
    }
    m_bytes[m_size++] = c;
}

void SecretText::dropTrailingCarriageReturn()
{
    if (m_size > 0 && m_bytes[m_size - 1] == '\r') {
        m_bytes[--m_size] = '\0';
    }
}

bool SecretText::operator==(const SecretText& other) const
{
    return view() == other.view();
}

void SecretText::reserve(std::size_t capacity)
{
    if (capacity <= m_capacity && m_bytes) {
        return;
    }
    auto grown = std::make_unique<char[]>(std::max<std::size_t>(capacity, 1));
    if (m_size > 0) {
        std::memcpy(grown.get(), m_bytes.get(), m_size);
    }
    wipeBytes(m_bytes.get(), m_capacity);
    m_bytes = std::move(grown);
    m_capacity = std::max<std::size_t>(capacity, 1);
}

void SecretText::wipe()
{
    wipeBytes(m_bytes.get(), m_capacity);
    m_bytes.reset();
    m_size = 0;
    m_capacity = 0;
}

} // namespace vouch::signing
