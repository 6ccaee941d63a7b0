// SPDX-License-Identifier: Apache-2.0
#include "services/AtomicFile.h"

#include <QSaveFile>
#include <QString>

#include <algorithm>
#include <string>

namespace vouch::services {
namespace {

Error failure(const std::filesystem::path& path, std::string_view what, const QString& reason)
{
    auto text = reason.toStdString();
    std::replace(text.begin(), text.end(), '\n', ' '); // one line, whatever Qt says
    return Error{path.string() + ": cannot write " + std::string(what) + " (" + text + ")"};
}

} // namespace

Result<void> writeFileAtomically(const std::filesystem::path& path, std::string_view bytes,
                                 std::string_view what)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        return Error{path.string() + ": cannot write " + std::string(what) + " (is a folder)"};
    }
    // QSaveFile writes to a temporary file beside `path` and renames it on commit();
    // it never falls back to writing `path` directly (directWriteFallback is off).
    QSaveFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(path, what, file.errorString());
    }
    const auto size = static_cast<qint64>(bytes.size());
    if (file.write(bytes.data(), size) != size) {
        const auto reason = file.errorString();
        file.cancelWriting();
        return failure(path, what, reason);
    }
    if (!file.commit()) {
        return failure(path, what, file.errorString());
    }
    return {};
}

} // namespace vouch::services
