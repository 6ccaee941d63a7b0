// SPDX-License-Identifier: Apache-2.0
#include "cli/LibraryAccess.h"

#include "services/PackageReview.h"

#include <cstdlib>
#include <ostream>

namespace vouch::cli {

std::filesystem::path libraryPath(const Arguments& arguments)
{
    if (const auto db = arguments.option("db")) {
        return *db;
    }
    return services::defaultLibraryPath();
}

std::optional<store::Library> openLibrary(const Arguments& arguments, store::OpenIntent intent,
                                          Console console)
{
    auto library = store::Library::open(libraryPath(arguments), intent);
    if (!library) {
        console.err << library.error().message << '\n';
        return std::nullopt;
    }
    if (library->isReadOnly() && intent != store::OpenIntent::ReadOnly) {
        console.err << library->path().string() << ": read-only; opened for reading only\n";
    }
    return std::move(*library);
}

int fail(const Error& error, Console console)
{
    console.err << error.message << '\n';
    return kBadInput;
}

} // namespace vouch::cli
