// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vouch::model {

// One problem found in a file Vouch reads. `place` is a JSON pointer ("/sections/0/id")
// or, for text that is not JSON yet, "line L, column C"; empty for the file as a whole.
struct Diagnostic
{
    std::string file;
    std::string place;
    std::string message;

    // "FILE: PLACE: MESSAGE", the one-line form shown on stderr and in the window.
    [[nodiscard]] std::string toString() const;
};

// Collects diagnostics for one file so that readers can report every problem, not
// just the first.
class DiagnosticSink
{
public:
    explicit DiagnosticSink(std::string file)
        : m_file(std::move(file))
    {}

    void error(std::string place, std::string message);
    [[nodiscard]] bool empty() const { return m_diagnostics.empty(); }
    [[nodiscard]] std::size_t count() const { return m_diagnostics.size(); }
    [[nodiscard]] const std::string& file() const { return m_file; }
    [[nodiscard]] std::vector<Diagnostic> take() { return std::move(m_diagnostics); }

private:
    std::string m_file;
    std::vector<Diagnostic> m_diagnostics;
};

// The result of reading something that can fail in many places at once: a value,
// or the full list of problems. Never both.
template <typename T> struct Loaded
{
    std::optional<T> value;
    std::vector<Diagnostic> errors;

    [[nodiscard]] bool ok() const { return value.has_value(); }
};

template <typename T> Loaded<T> failed(std::vector<Diagnostic> errors)
{
    return Loaded<T>{std::nullopt, std::move(errors)};
}

template <typename T> Loaded<T> failed(Diagnostic error)
{
    return Loaded<T>{std::nullopt, {std::move(error)}};
}

} // namespace vouch::model
