// SPDX-License-Identifier: Apache-2.0
#include "cli/Passphrase.h"

#include <fcntl.h>
#include <fstream>
#include <termios.h>
#include <unistd.h>

namespace vouch::cli {
namespace {

// Reads one line from the controlling terminal with echo off.
Result<std::string> askTerminal(const std::string& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return Error{"no terminal to ask for the passphrase; use --passphrase-file FILE"};
    }
    static_cast<void>(::write(fd, prompt.data(), prompt.size()));
    termios saved{};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &silent);
    }
    std::string line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        line += c;
    }
    if (isTerminal) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    }
    static_cast<void>(::write(fd, "\n", 1));
    ::close(fd);
    return line;
}

} // namespace

Result<std::string> readPassphrase(const Arguments& arguments, const std::string& prompt,
                                   bool confirm)
{
    if (const auto file = arguments.option("passphrase-file")) {
        std::ifstream stream(*file, std::ios::binary);
        if (!stream) {
            return Error{*file + ": cannot read the passphrase file"};
        }
        std::string line;
        std::getline(stream, line);
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty()) {
            return Error{*file + ": the passphrase file is empty"};
        }
        return line;
    }
    auto first = askTerminal(prompt);
    if (!first || !confirm) {
        return first;
    }
    auto second = askTerminal("Repeat the passphrase: ");
    if (!second) {
        return second;
    }
    if (*first != *second) {
        return Error{"the two passphrases differ"};
    }
    return first;
}

} // namespace vouch::cli
