// SPDX-License-Identifier: Apache-2.0
#include "services/PdfSignatureReview.h"

#include "services/TimestampAuthority.h"
#include "store/Clock.h"

#include <algorithm>
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

PdfSignerBindings bindPdfSigners(const pdfsign::PdfSignaturesReport& report,
                                 const signing::Package& package,
                                 const std::vector<store::TrustedKey>& trusted)
{
    PdfSignerBindings out;
    for (const auto& check : report.signatures) {
        const std::string head = "PDF signature " + std::to_string(check.number) + ": ";
        if (check.boundKeyId.empty()) {
            out.lines.push_back(head + "no Vouch key binding (not signed through a Vouch "
                                       "identity)");
            continue;
        }
        const auto role = check.reason == "Approver"   ? std::string("approver")
                          : check.reason == "Assessor" ? std::string("assessor")
                                                       : std::string();
        const auto entry = std::find_if(
            package.signatures.begin(), package.signatures.end(),
            [&](const signing::SignatureEntry& e) { return e.keyId == check.boundKeyId; });
        if (entry != package.signatures.end()) {
            const auto number = std::to_string(entry - package.signatures.begin() + 1);
            if (!entry->x509Certificate.empty() &&
                entry->x509Certificate != check.signerCertificateDer) {
                out.problems.push_back(head + "its certificate is not the one package signature " +
                                       number + " (" + entry->signerName + ") carries for key " +
                                       check.boundKeyId);
            } else if (!role.empty() && entry->signatureRole != role) {
                out.problems.push_back(head + "signed as " + role + " with key " +
                                       check.boundKeyId + ", which signed the package as " +
                                       entry->signatureRole);
            } else {
                out.lines.push_back(head + "same signer as package signature " + number + ": " +
                                    entry->signerName + " (" + entry->signatureRole + "), key " +
                                    check.boundKeyId);
            }
            continue;
        }
        const auto key =
            std::find_if(trusted.begin(), trusted.end(),
                         [&](const store::TrustedKey& k) { return k.keyId == check.boundKeyId; });
        out.lines.push_back(head + "bound to key " + check.boundKeyId +
                            " (signed after the sign-off was drawn, so not in its package); " +
                            (key != trusted.end() ? "trusted here as " + key->name
                                                  : std::string("not in the trust list")));
    }
    return out;
}

Result<pdfsign::PdfSignaturesReport>
signPdfFile(const std::filesystem::path& in, const std::filesystem::path& pkcs12,
            std::string_view passphrase, const std::string& role, const std::filesystem::path& out,
            ExistingOutput existing, const std::string& timestampUrl)
{
    std::optional<pdfsign::Timestamper> tsa;
    if (!timestampUrl.empty()) {
        if (auto problem = timestampUrlProblem(timestampUrl)) {
            return Error{*problem};
        }
        tsa = timestamperFor(timestampUrl);
    }
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
    auto signedPdf = pdfsign::signPdf(*bytes, *identity, look, tsa ? &*tsa : nullptr);
    if (!signedPdf) {
        return Error{in.string() + ": " + signedPdf.error().message +
                         (signedPdf.error().kind == ErrorKind::TimestampAuthority
                              ? "; nothing written"
                              : ""),
                     signedPdf.error().kind};
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
