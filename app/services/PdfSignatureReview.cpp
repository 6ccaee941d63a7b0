// SPDX-License-Identifier: Apache-2.0
#include "services/PdfSignatureReview.h"

#include "store/Clock.h"

#include <fstream>
#include <iterator>

namespace vouch::services {
namespace {

constexpr std::string_view kEof = "%%EOF";
constexpr std::uintmax_t kMaxPdfBytes = 256ULL * 1024 * 1024;

Result<std::string> readPdf(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size > kMaxPdfBytes) {
        return Error{path.string() + ": cannot read (missing, not a file, or over 256 MiB)"};
    }
    std::ifstream stream(path, std::ios::binary);
    std::string bytes{std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
    if (!stream.eof() && stream.fail()) {
        return Error{path.string() + ": cannot read"};
    }
    return bytes;
}

// The sign-off before the first signature's update: up to the %%EOF (and its line
// end) that precedes the one ending the first signed revision.
void findOriginal(std::string_view pdf, PdfSignatureReview& review)
{
    const auto& first = review.report.signatures.front();
    if (first.revisionEnd > pdf.size() || first.revisionEnd < kEof.size()) {
        review.problem = "the first PDF signature's revision is not inside the file";
        return;
    }
    const auto revision = pdf.substr(0, first.revisionEnd);
    const auto last = revision.rfind(kEof);
    const auto previous = last == std::string_view::npos || last == 0
                              ? std::string_view::npos
                              : revision.rfind(kEof, last - 1);
    if (previous == std::string_view::npos) {
        review.problem = "the sign-off as Vouch wrote it is not found before the first PDF "
                         "signature";
        return;
    }
    auto end = previous + kEof.size();
    while (end < revision.size() && (revision[end] == '\r' || revision[end] == '\n')) {
        ++end;
    }
    if (first.byteRange[1] < end) {
        review.problem = "the first PDF signature does not cover the sign-off as Vouch wrote it";
        return;
    }
    review.original = std::string(pdf.substr(0, end));
}

} // namespace

std::optional<PdfSignatureReview> reviewPdfSignatures(const std::filesystem::path& path)
{
    auto bytes = readPdf(path);
    if (!bytes || bytes->compare(0, 5, "%PDF-") != 0) {
        return std::nullopt;
    }
    PdfSignatureReview review{pdfsign::verifyPdfSignatures(*bytes, {}), {}, {}};
    if (!review.report.hasSignatures()) {
        return std::nullopt;
    }
    findOriginal(*bytes, review);
    return review;
}

Result<pdfsign::PdfSignaturesReport>
signPdfFile(const std::filesystem::path& in, const std::filesystem::path& pkcs12,
            std::string_view passphrase, const std::string& role, const std::filesystem::path& out,
            ExistingOutput existing)
{
    auto bytes = readPdf(in);
    if (!bytes) {
        return bytes.error();
    }
    if (bytes->compare(0, 5, "%PDF-") != 0) {
        return Error{in.string() + ": not a PDF"};
    }
    const auto before = pdfsign::verifyPdfSignatures(*bytes, {});
    if (!before.valid()) {
        return Error{in.string() + ": " + before.lines().back() + "; not signing over it"};
    }
    if (auto target = checkOutputTarget(out, existing); !target) {
        return target.error();
    }
    auto identity = pdfsign::loadPkcs12File(pkcs12, passphrase);
    if (!identity) {
        return identity.error();
    }
    pdfsign::SignatureAppearance look;
    look.name = identity->commonName();
    look.role = role;
    look.time = store::utcTimestamp();
    look.keyId = identity->keyId();
    look.x = role == "Approver" ? 306 : 36;
    auto signedPdf = pdfsign::signPdf(*bytes, *identity, look);
    if (!signedPdf) {
        return Error{in.string() + ": " + signedPdf.error().message};
    }
    auto after = pdfsign::verifyPdfSignatures(*signedPdf, {});
    if (!after.valid()) {
        return Error{in.string() + ": the signed PDF does not verify (" + after.lines().back() +
                     "); nothing written"};
    }
    if (auto written = writeOutputFile(out, *signedPdf, "the signed PDF", existing); !written) {
        return written.error();
    }
    return after;
}

} // namespace vouch::services
