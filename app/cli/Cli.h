// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

namespace vouch::cli {

// Exit codes of every verb (DESIGN.md): 0 success, 1 a check failed (lint errors,
// invalid signature), 2 bad input or usage.
enum ExitCode : int
{
    kSuccess = 0,
    kCheckFailed = 1,
    kBadInput = 2
};

// The streams a verb writes to; tests pass string streams.
struct Console
{
    std::ostream& out;
    std::ostream& err;
};

// True when the arguments (without the program name) ask for a verb rather than the
// window (`vouch`, `vouch FILE.vouch`, `vouch --db LOCATION [FILE.vouch]`).
[[nodiscard]] bool isCliInvocation(std::span<const std::string> args);

// True for verbs that draw (export-pdf, sign): they need a QGuiApplication, which main()
// starts on the offscreen platform so that no display is needed.
[[nodiscard]] bool needsGuiApplication(std::span<const std::string> args);

// Runs a verb headless and returns its exit code. Never throws.
[[nodiscard]] int runCli(std::span<const std::string> args, Console console,
                         std::string_view version);

} // namespace vouch::cli
