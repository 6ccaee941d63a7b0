// SPDX-License-Identifier: Apache-2.0
#include "cli/LibraryAccess.h"

#include "services/AssessmentService.h"
#include "services/PackageReview.h"

#include <algorithm>
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

std::optional<services::Workspace> openWorkspace(const Arguments& arguments,
                                                 services::OpenIntent intent, Console console)
{
    std::optional<services::Workspace> workspace(std::in_place);
    if (auto opened = workspace->open(libraryPath(arguments), intent); !opened) {
        console.err << opened.error().message << '\n';
        return std::nullopt;
    }
    const auto& library = workspace->library();
    if (library.isReadOnly() && intent != services::OpenIntent::ReadOnly) {
        console.err << library.path().string() << ": read-only; opened for reading only\n";
    }
    return workspace;
}

int fail(const Error& error, Console console)
{
    std::string_view message = error.message;
    while (message.ends_with('\n')) {
        message.remove_suffix(1);
    }
    const auto firstBreak = message.find('\n');
    console.err << message.substr(0, firstBreak);
    if (firstBreak != std::string_view::npos) {
        const auto more = std::count(message.begin() + static_cast<std::ptrdiff_t>(firstBreak),
                                     message.end(), '\n');
        console.err << " (and " << more << (more == 1 ? " more problem)" : " more problems)");
    }
    console.err << '\n';
    return kBadInput;
}

int fail(const std::vector<model::Diagnostic>& diagnostics, Console console)
{
    return fail(services::joinedError(diagnostics), console);
}

} // namespace vouch::cli
