// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace vouch::cli {

// `--name value` options and positional words of one verb. Deliberately tiny: verbs
// have a handful of options each, and QCommandLineParser has no notion of verbs.
class Arguments
{
public:
    // Parses `args`; options not in `known` (taking a value) or `flags` (taking none)
    // are an error.
    static std::optional<Arguments> parse(std::span<const std::string> args,
                                          const std::set<std::string>& known, std::string& error,
                                          const std::set<std::string>& flags = {});

    [[nodiscard]] std::optional<std::string> option(const std::string& name) const;
    [[nodiscard]] bool flag(const std::string& name) const { return m_flags.contains(name); }
    [[nodiscard]] const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::map<std::string, std::string> m_options;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

// A whole, non-negative decimal number (a revision, a page size), or nothing.
[[nodiscard]] std::optional<int> nonNegativeInt(const std::string& text);

} // namespace vouch::cli
