// SPDX-License-Identifier: Apache-2.0
#include "FuzzTargets.h"
#include "services/SigningService.h"
#include "signing/Package.h"
#include "store/Library.h"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace vouch::fuzz {
namespace {

// One scratch library per process, removed at exit: imports that verify are stored,
// so later inputs meet a library that already holds assessments.
class ScratchLibrary
{
public:
    ScratchLibrary()
        : m_folder(std::filesystem::temp_directory_path() /
                   ("vouch-fuzz-" + std::to_string(::getpid())))
    {
        std::filesystem::create_directories(m_folder);
        auto opened =
            store::Library::open(m_folder / "library.db", store::OpenIntent::CreateIfMissing);
        require(static_cast<bool>(opened), "the scratch library opens");
        m_library.emplace(std::move(*opened));
    }
    ~ScratchLibrary()
    {
        m_library.reset();
        std::error_code ignored;
        std::filesystem::remove_all(m_folder, ignored);
    }
    ScratchLibrary(const ScratchLibrary&) = delete;
    ScratchLibrary& operator=(const ScratchLibrary&) = delete;

    [[nodiscard]] const store::Library& library() const { return *m_library; }

private:
    std::filesystem::path m_folder;
    std::optional<store::Library> m_library;
};

} // namespace

// What `vouch verify` and `vouch import` do with a file from outside: read it (JSON or a
// PDF sign-off), check what it carries, verify every signature and the contents, and
// import what verifies.
void fuzzPackage(std::string_view bytes)
{
    static const ScratchLibrary scratch;
    auto package = signing::packageFromBytes(bytes, "fuzz.vouch");
    require(package.ok() == package.errors.empty(), "a package or errors, never both");
    if (!package.ok()) {
        return;
    }
    // What readPackage adds for files: contents no reader could open. Checked, then the
    // package goes on to verify and import anyway, which must cope with it too.
    static_cast<void>(signing::unreadableContents(*package.value, "fuzz.vouch"));
    const services::SigningService service(&scratch.library(), "fuzz");
    const auto report = service.verify(*package.value);
    require(report.consistent == report.problem.empty(), "consistent, or a problem named");
    const auto imported = service.importPackage(*package.value, "fuzz.vouch");
    if (imported) {
        require(!report.signatures.anyInvalid() && report.consistent,
                "only a package that verifies is imported");
    }
}

} // namespace vouch::fuzz
