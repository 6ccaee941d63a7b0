// SPDX-License-Identifier: Apache-2.0
#include "services/OutputTarget.h"

#include "services/AtomicFile.h"

#include <array>
#include <fstream>
#include <string>

namespace vouch::services {
namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
// A PEM private key of any kind: "-----BEGIN [ENCRYPTED |EC |RSA ]PRIVATE KEY-----".
constexpr std::string_view kPrivateKeyMarker = "PRIVATE KEY-----";
constexpr std::size_t kKeyScanBytes = 64 * 1024;

std::string head(const std::filesystem::path& path, std::size_t bytes)
{
    std::ifstream stream(path, std::ios::binary);
    std::string text(bytes, '\0');
    stream.read(text.data(), static_cast<std::streamsize>(bytes));
    text.resize(static_cast<std::size_t>(stream.gcount()));
    return text;
}

bool isSqliteFile(const std::filesystem::path& path)
{
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec) &&
           head(path, kSqliteMagic.size()) == kSqliteMagic;
}

Error refused(const std::filesystem::path& path, const std::string& why)
{
    return Error{path.string() + ": " + why + "; nothing was written"};
}

} // namespace

Result<void> checkOutputTarget(const std::filesystem::path& path, ExistingOutput existing)
{
    if (path.empty()) {
        return Error{"no file named to write to"};
    }
    // The library's own companions, whether they exist at this moment or not.
    const std::string name = path.string();
    for (const std::string_view suffix : {"-wal", "-shm", "-journal"}) {
        if (name.ends_with(suffix) &&
            isSqliteFile(std::filesystem::path(name.substr(0, name.size() - suffix.size())))) {
            return refused(path, "belongs to the library " +
                                     name.substr(0, name.size() - suffix.size()) + " (its " +
                                     std::string(suffix.substr(1)) +
                                     " file); Vouch never writes over a library");
        }
    }
    std::error_code ec;
    const auto status = std::filesystem::symlink_status(path, ec);
    if (ec || status.type() == std::filesystem::file_type::not_found) {
        return {}; // a new file; the write names any problem with its folder
    }
    switch (status.type()) {
    case std::filesystem::file_type::symlink:
        return refused(path, "is a symbolic link; Vouch does not write through links (name the "
                             "file itself)");
    case std::filesystem::file_type::directory:
        return refused(path, "is a folder; name a file to write");
    case std::filesystem::file_type::regular:
        break;
    default:
        return refused(path, "is not a regular file");
    }
    if (isSqliteFile(path)) {
        return refused(path, "is a SQLite database (a Vouch library?); Vouch never writes over a "
                             "library, even when told to replace files");
    }
    if (head(path, kKeyScanBytes).find(kPrivateKeyMarker) != std::string::npos) {
        return refused(path, "holds a private key; Vouch never writes over a key, even when told "
                             "to replace files");
    }
    if (existing == ExistingOutput::Never) {
        return Error{path.string() + ": already exists; not overwritten"};
    }
    if (existing == ExistingOutput::Refuse) {
        return Error{path.string() + ": already exists; not overwritten (add --force to replace "
                                     "it)"};
    }
    return {};
}

Result<void> writeOutputFile(const std::filesystem::path& path, std::string_view bytes,
                             std::string_view what, ExistingOutput existing)
{
    if (auto allowed = checkOutputTarget(path, existing); !allowed) {
        return allowed;
    }
    return writeFileAtomically(path, bytes, what);
}

} // namespace vouch::services
