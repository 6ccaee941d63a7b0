// SPDX-License-Identifier: Apache-2.0
#include "services/BulkTransfer.h"

#include "services/ReportService.h"
#include "services/SigningService.h"
#include "signing/Package.h"
#include "store/Library.h"

#include <algorithm>
#include <cctype>

namespace vouch::services {
namespace {

// A file name from a title: letters, digits, space, dash and underscore survive.
std::string safeName(const std::string& title)
{
    std::string name;
    for (const char c : title) {
        const auto byte = static_cast<unsigned char>(c);
        name +=
            (std::isalnum(byte) != 0 || c == ' ' || c == '-' || c == '_' || byte >= 0x80) ? c : '_';
    }
    name = name.substr(0, 80);
    return name.empty() ? "assessment" : name;
}

std::filesystem::path freePath(const std::filesystem::path& folder, const std::string& stem,
                               const std::string& extension)
{
    std::error_code ec;
    auto path = folder / (stem + extension);
    for (int n = 2; std::filesystem::exists(path, ec); ++n) {
        path = folder / (stem + " (" + std::to_string(n) + ")" + extension);
    }
    return path;
}

std::string firstLine(const std::string& message)
{
    return message.substr(0, message.find('\n'));
}

} // namespace

int BulkSummary::succeeded() const
{
    return static_cast<int>(
        std::count_if(outcomes.begin(), outcomes.end(), [](const auto& o) { return o.ok; }));
}

int BulkSummary::failed() const
{
    return static_cast<int>(outcomes.size()) - succeeded();
}

BulkSummary exportAssessments(const std::filesystem::path& libraryPath,
                              const std::vector<std::string>& assessmentIds,
                              const std::filesystem::path& folder, ExportFormat format,
                              report::Paper paper, const std::string& actor,
                              const BulkProgress& progress)
{
    BulkSummary summary;
    auto library = store::Library::open(libraryPath, store::OpenIntent::MustExist);
    if (!library) {
        summary.outcomes.push_back({libraryPath.string(), firstLine(library.error().message)});
        return summary;
    }
    const SigningService signing(&*library, actor);
    const int total = static_cast<int>(assessmentIds.size());
    for (int done = 0; done < total; ++done) {
        if (!progress(done, total)) {
            summary.cancelled = true;
            break;
        }
        const auto& id = assessmentIds[static_cast<std::size_t>(done)];
        auto record = library->assessment(id);
        const std::string title =
            record && *record ? (*record)->fields.title : std::string("assessment " + id);
        const auto path = freePath(folder, safeName(title) + " - " + id.substr(0, 8),
                                   format == ExportFormat::Pdf ? ".pdf" : ".vouch");
        const auto written = format == ExportFormat::Pdf
                                 ? exportAssessmentPdf(*library, id, path, paper, actor)
                                 : signing.exportPackage(id, path);
        summary.outcomes.push_back({title,
                                    written ? path.string() : firstLine(written.error().message),
                                    static_cast<bool>(written)});
    }
    if (!summary.cancelled) {
        progress(total, total);
    }
    return summary;
}

BulkSummary importPackages(const std::filesystem::path& libraryPath,
                           const std::vector<std::filesystem::path>& files,
                           const std::string& actor, const BulkProgress& progress)
{
    BulkSummary summary;
    auto library = store::Library::open(libraryPath, store::OpenIntent::CreateIfMissing);
    if (!library) {
        summary.outcomes.push_back({libraryPath.string(), firstLine(library.error().message)});
        return summary;
    }
    const SigningService signing(&*library, actor);
    const int total = static_cast<int>(files.size());
    for (int done = 0; done < total; ++done) {
        if (!progress(done, total)) {
            summary.cancelled = true;
            break;
        }
        const auto& file = files[static_cast<std::size_t>(done)];
        const std::string name = file.filename().string();
        auto package = readPackage(file);
        if (!package.ok()) {
            summary.outcomes.push_back(
                {name, firstLine(package.errors.front().toString()), false, file});
            continue;
        }
        auto imported = signing.importPackage(*package.value, file.string());
        if (!imported) {
            // Verified again only when refused: was it refused (and for its signatures
            // alone), or did the library fail?
            const auto report = signing.verify(*package.value);
            const bool receivable = report.consistent && refusalOf(report, false).has_value();
            summary.outcomes.push_back(
                {name, firstLine(imported.error().message), false, file, receivable});
            continue;
        }
        summary.outcomes.push_back({name, describe(imported->outcome), true, file});
    }
    if (!summary.cancelled) {
        progress(total, total);
    }
    return summary;
}

} // namespace vouch::services
