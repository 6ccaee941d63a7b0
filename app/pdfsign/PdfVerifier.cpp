// SPDX-License-Identifier: Apache-2.0
#include "pdfsign/PdfVerifier.h"

#include "model/Sha256.h"
#include "pdfsign/KeyBinding.h"
#include "pdfsign/PdfRevisionDiff.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <podofo/podofo.h>
#include <set>

namespace vouch::pdfsign {
namespace {

constexpr std::string_view kByteRange = "/ByteRange";

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// Every "/ByteRange [a b c d]" in the file, in file order, without repeats.
std::vector<std::array<std::uint64_t, 4>> byteRangesIn(std::string_view pdf)
{
    std::vector<std::array<std::uint64_t, 4>> ranges;
    for (auto at = pdf.find(kByteRange); at != std::string_view::npos;
         at = pdf.find(kByteRange, at + 1)) {
        std::size_t cursor = at + kByteRange.size();
        while (cursor < pdf.size() && isPdfSpace(pdf[cursor])) {
            ++cursor;
        }
        if (cursor >= pdf.size() || pdf[cursor] != '[') {
            continue;
        }
        ++cursor;
        std::array<std::uint64_t, 4> range{};
        bool ok = true;
        for (auto& value : range) {
            while (cursor < pdf.size() && isPdfSpace(pdf[cursor])) {
                ++cursor;
            }
            const auto* begin = pdf.data() + cursor;
            const auto [end, error] = std::from_chars(begin, pdf.data() + pdf.size(), value);
            if (error != std::errc() || end == begin) {
                ok = false;
                break;
            }
            cursor += static_cast<std::size_t>(end - begin);
        }
        if (ok && std::find(ranges.begin(), ranges.end(), range) == ranges.end()) {
            ranges.push_back(range);
        }
    }
    return ranges;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// The CMS bytes of the gap "<hex>", or a reason why the gap is not exactly that.
bool gapContents(std::string_view gap, std::string& der, std::string& problem)
{
    if (gap.size() < 2 || gap.front() != '<' || gap.back() != '>') {
        problem = "the gap in its byte range is not exactly its /Contents hex string";
        return false;
    }
    const auto hex = gap.substr(1, gap.size() - 2);
    if (hex.size() % 2 != 0) {
        problem = "its /Contents hex string has an odd length";
        return false;
    }
    der.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = hexValue(hex[i]);
        const int low = hexValue(hex[i + 1]);
        if (high < 0 || low < 0) {
            problem = "the gap in its byte range holds more than its /Contents hex string";
            return false;
        }
        der.push_back(static_cast<char>(high * 16 + low));
    }
    return true;
}

// /Reason and field name of the signature whose /ByteRange is `range`, read from the
// revision it signs; false if that revision holds no such signature dictionary.
bool describeFromRevision(std::string_view revision, const std::array<std::uint64_t, 4>& range,
                          PdfSignatureCheck& check)
{
    using namespace PoDoFo;
    PdfMemDocument document;
    document.LoadFromBuffer(revision.data(), static_cast<long>(revision.size()), false);
    for (PdfObject* object : document.GetObjects()) {
        if (!object->IsDictionary()) {
            continue;
        }
        const PdfObject* value = object->GetDictionary().GetKey("V");
        if (value == nullptr) {
            continue;
        }
        const PdfObject* signature =
            value->IsReference() ? document.GetObjects().GetObject(value->GetReference()) : value;
        if (signature == nullptr || !signature->IsDictionary()) {
            continue;
        }
        const PdfObject* byteRange = signature->GetDictionary().GetKey("ByteRange");
        if (byteRange == nullptr || !byteRange->IsArray() || byteRange->GetArray().size() != 4) {
            continue;
        }
        bool same = true;
        for (std::size_t i = 0; i < 4; ++i) {
            const PdfObject& number = byteRange->GetArray()[i];
            same = same && number.IsNumber() &&
                   static_cast<std::uint64_t>(number.GetNumber()) == range[i];
        }
        if (!same) {
            continue;
        }
        if (const PdfObject* name = object->GetDictionary().GetKey("T");
            name != nullptr && name->IsString()) {
            check.fieldName = name->GetString().GetStringUtf8();
        }
        if (const PdfObject* reason = signature->GetDictionary().GetKey("Reason");
            reason != nullptr && reason->IsString()) {
            check.reason = reason->GetString().GetStringUtf8();
        }
        if (const PdfObject* binding = signature->GetDictionary().GetKey("VouchBinding");
            binding != nullptr) {
            std::string raw;
            std::string bindingSignature;
            const auto text =
                binding->IsString() ? binding->GetString().GetStringUtf8() : std::string();
            const auto certificate = certificateFromDer(check.signerCertificateDer);
            if (!parseBindingText(text, raw, bindingSignature)) {
                check.problems.push_back("its Vouch key binding (/VouchBinding) is not readable");
            } else if (!checkBinding(certificate.get(), raw, bindingSignature)) {
                check.problems.push_back("its Vouch key binding does not verify under its "
                                         "certificate (the certificate is not the one bound to "
                                         "that signing key)");
            } else {
                check.boundKeyRaw = raw;
                check.boundKeyId = model::sha256Hex(raw);
            }
        }
        return true;
    }
    return false;
}

// False when the byte ranges themselves are broken (then there is no revision to compare).
bool checkOne(std::string_view pdf, const std::array<std::uint64_t, 4>& range,
              const std::vector<std::string>& trustedPem, PdfSignatureCheck& check)
{
    check.byteRange = range;
    const auto size = static_cast<std::uint64_t>(pdf.size());
    const auto [start, firstLength, second, secondLength] = range;
    check.revisionEnd = second + secondLength;
    if (start != 0 || firstLength == 0 || second <= firstLength || second > size ||
        secondLength > size - second) {
        check.problems.push_back("its byte range [" + std::to_string(start) + " " +
                                 std::to_string(firstLength) + " " + std::to_string(second) + " " +
                                 std::to_string(secondLength) +
                                 "] does not start at 0 or reaches outside the file");
        return false;
    }
    check.coversWholeFile = check.revisionEnd == size;
    std::string der;
    std::string problem;
    if (!gapContents(pdf.substr(firstLength, second - firstLength), der, problem)) {
        check.problems.push_back(problem);
        return false;
    }
    std::string signedBytes;
    signedBytes.reserve(firstLength + secondLength);
    signedBytes.append(pdf.substr(0, firstLength));
    signedBytes.append(pdf.substr(second, secondLength));
    auto cms = verifyCadesSignature(der, signedBytes, trustedPem);
    check.signer = cms.signer;
    check.signerName = cms.signerName;
    check.signerCertificateDer = cms.signerCertificateDer;
    check.signingTime = cms.signingTime;
    check.timestamp = cms.timestamp;
    check.chain = cms.chain;
    check.chainDetail = cms.chainDetail;
    if (!cms.valid) {
        check.problems.push_back(cms.problem);
    }
    try {
        if (!describeFromRevision(pdf.substr(0, check.revisionEnd), range, check)) {
            check.problems.push_back("the revision it signs holds no signature dictionary with "
                                     "its byte range");
        }
    } catch (const PoDoFo::PdfError&) {
        check.problems.push_back("the revision it signs (the first " +
                                 std::to_string(check.revisionEnd) +
                                 " bytes) is not a readable PDF");
        return false;
    }
    return true;
}

} // namespace

PdfSignaturesReport verifyPdfSignatures(std::string_view pdf,
                                        const std::vector<std::string>& trustedPem)
{
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
    PdfSignaturesReport report;
    auto ranges = byteRangesIn(pdf);
    std::stable_sort(ranges.begin(), ranges.end(),
                     [](const auto& a, const auto& b) { return a[2] + a[3] < b[2] + b[3]; });
    std::vector<bool> readable;
    for (const auto& range : ranges) {
        PdfSignatureCheck check;
        check.number = static_cast<int>(report.signatures.size()) + 1;
        readable.push_back(checkOne(pdf, range, trustedPem, check));
        report.signatures.push_back(std::move(check));
    }
    // Each update after a signature: from the revision it signs to the next signed
    // revision (or the end of the file, after the last).
    for (std::size_t i = 0; i < report.signatures.size(); ++i) {
        auto& check = report.signatures[i];
        if (!readable[i]) {
            continue;
        }
        const std::uint64_t next =
            i + 1 < report.signatures.size() ? report.signatures[i + 1].revisionEnd : pdf.size();
        if (next == check.revisionEnd || next > pdf.size()) {
            continue;
        }
        if (next < check.revisionEnd) {
            check.problems.push_back("two signatures sign the same revision");
            continue;
        }
        const auto changes =
            disallowedChanges(pdf.substr(0, check.revisionEnd), pdf.substr(0, next));
        for (const auto& change : changes) {
            check.problems.push_back("the update after it " + change);
        }
    }
    for (auto& check : report.signatures) {
        check.valid = check.problems.empty();
    }
    if (!report.signatures.empty() && !report.signatures.back().coversWholeFile) {
        const auto& last = report.signatures.back();
        report.problems.push_back(
            "the last signature (" + std::to_string(last.number) +
            ") does not cover the whole "
            "file: " +
            std::to_string(pdf.size() > last.revisionEnd ? pdf.size() - last.revisionEnd : 0) +
            " bytes after the revision it signs are not signed");
    }
    return report;
}

} // namespace vouch::pdfsign
