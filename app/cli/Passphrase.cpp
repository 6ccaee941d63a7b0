// SPDX-License-Identifier: Apache-2.0
#include "cli/Passphrase.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace vouch::cli {
namespace {

// Longer than any passphrase anyone types; a longer first line is not a passphrase file.
constexpr std::size_t kMaxPassphraseBytes = 4096;

// One line, read a byte at a time straight into wiped memory: a stdio or iostream
// buffer would keep a copy of the passphrase in freed memory.
enum class LineRead
{
    Complete,
    TooLong
};
LineRead readLine(int fd, signing::SecretText& line)
{
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        if (line.size() == kMaxPassphraseBytes) {
            signing::wipeBytes(&c, 1);
            return LineRead::TooLong;
        }
        line.append(c);
    }
    signing::wipeBytes(&c, 1);
    return LineRead::Complete;
}

// Reads one line from the controlling terminal with echo off.
Result<signing::SecretText> askTerminal(const std::string& prompt)
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
    signing::SecretText line;
    const auto read = readLine(fd, line);
    if (isTerminal) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    }
    static_cast<void>(::write(fd, "\n", 1));
    ::close(fd);
    if (read == LineRead::TooLong) {
        return Error{"the passphrase is longer than " + std::to_string(kMaxPassphraseBytes) +
                     " bytes"};
    }
    return line;
}

Result<signing::SecretText> readPassphraseFile(const std::string& file)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return Error{file + ": cannot read the passphrase file"};
    }
    signing::SecretText line;
    const auto read = readLine(fd, line);
    ::close(fd);
    if (read == LineRead::TooLong) {
        return Error{file + ": the first line is longer than " +
                     std::to_string(kMaxPassphraseBytes) + " bytes; not a passphrase file"};
    }
    line.dropTrailingCarriageReturn();
    if (line.empty()) {
        return Error{file + ": the passphrase file is empty"};
    }
    return line;
}

} // namespace

Result<signing::SecretText> readPassphrase(const Arguments& arguments, const std::string& prompt,
                                           bool confirm)
{
    return readPassphrase(arguments, prompt, confirm, "passphrase-file");
}

Result<signing::SecretText> readPassphrase(const Arguments& arguments, const std::string& prompt,
                                           bool confirm, const std::string& fileOption)
{
    if (const auto file = arguments.option(fileOption)) {
        return readPassphraseFile(*file);
    }
    auto first = askTerminal(prompt);
    if (!first || !confirm) {
        return first;
    }
    auto second = askTerminal("Repeat the passphrase: ");
    if (!second) {
        return second;
    }
    if (!(*first == *second)) {
        return Error{"the two passphrases differ"};
    }
    return first;
}

} // namespace vouch::cli
