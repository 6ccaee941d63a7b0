// SPDX-License-Identifier: Apache-2.0
#include "cli/Arguments.h"

#include <charconv>

namespace vouch::cli {

std::optional<Arguments> Arguments::parse(std::span<const std::string> args,
                                          const std::set<std::string>& known, std::string& error,
                                          const std::set<std::string>& flags)
{
    Arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& arg = args[i];
        if (!arg.starts_with("--")) {
            parsed.m_positional.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> value;
        if (const auto equals = name.find('='); equals != std::string::npos) {
            value = name.substr(equals + 1);
            name.resize(equals);
        }
        if (flags.contains(name) && !value) {
            parsed.m_flags.insert(name);
            continue;
        }
        if (!known.contains(name)) {
            error = "unknown option --" + name;
            return std::nullopt;
        }
        if (!value) {
            if (i + 1 >= args.size()) {
                error = "option --" + name + " needs a value";
                return std::nullopt;
            }
            value = args[++i];
        }
        if (parsed.m_options.contains(name)) {
            error = "option --" + name + " given twice";
            return std::nullopt;
        }
        parsed.m_options.emplace(name, *value);
    }
    return parsed;
}

std::optional<std::string> Arguments::option(const std::string& name) const
{
    const auto it = m_options.find(name);
    if (it == m_options.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::optional<int> nonNegativeInt(const std::string& text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0) {
        return std::nullopt;
    }
    return value;
}

} // namespace vouch::cli
