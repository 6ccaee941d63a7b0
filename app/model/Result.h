// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace vouch {

// One failure at a module edge, as one line a user can act on: what failed and where
// (the file, the assessment id), never a stack of internal detail.
enum class ErrorKind
{
    Failure,
    // A save built on a revision that is no longer the current one: someone else saved
    // in between. The caller still holds the user's edits and decides what to do.
    Conflict,
    // The passphrase does not open the key: the window says so in words at the field
    // instead of quoting the key file's path.
    WrongPassphrase,
    // The time-stamping authority did not give a usable timestamp (down, refused,
    // answered something else): a signature that asked for one is not made at all.
    TimestampAuthority,
};

struct Error
{
    std::string message;
    ErrorKind kind = ErrorKind::Failure;
};

// A value or an Error; the std::expected of C++23, reduced to what Vouch uses.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a value is success
        : m_state(std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_state(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & { return std::get<T>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<T>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_state)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    [[nodiscard]] const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace vouch
