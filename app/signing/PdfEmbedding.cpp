// SPDX-License-Identifier: Apache-2.0
#include "signing/PdfEmbedding.h"

#include "signing/Base64.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>

namespace vouch::signing {
namespace {

constexpr std::string_view kOpen = "<vouch:package>";
constexpr std::string_view kClose = "</vouch:package>";

constexpr std::string_view kEof = "%%EOF";

std::size_t countOf(std::string_view text, std::string_view what)
{
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) {
        ++count;
    }
    return count;
}

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isPdfSpace(c) || c == '/' || c == '<' || c == '>' || c == '[' || c == ']' || c == '(' ||
           c == ')' || c == '%';
}

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), isPdfSpace);
}

Error damaged(const std::string& detail)
{
    return Error{"a damaged or truncated PDF (" + detail + "); not read"};
}

// Just enough of PDF to follow startxref -> xref table -> trailer /Root -> catalog
// /Metadata -> the metadata stream, as QPdfWriter writes them, checking every
// cross-reference entry on the way.
class PdfReader
{
public:
    explicit PdfReader(std::string_view body)
        : m_body(body)
    {}

    // The byte range of the catalog's metadata stream data.
    Result<std::pair<std::size_t, std::size_t>> catalogMetadata() const
    {
        const auto startxref = m_body.rfind("startxref");
        if (startxref == std::string_view::npos) {
            return damaged("no startxref");
        }
        auto at = startxref + 9;
        const auto xref = number(at);
        if (!xref || *xref >= m_body.size() || m_body.substr(*xref, 4) != "xref") {
            return damaged("startxref does not point at a cross-reference table");
        }
        std::map<std::uint64_t, std::size_t> offsets;
        at = *xref + 4;
        while (true) {
            skipSpace(at);
            if (m_body.substr(at, 7) == "trailer") {
                at += 7;
                break;
            }
            const auto first = number(at);
            const auto count = number(at);
            if (!first || !count || *count > m_body.size() / 20) {
                return damaged("an unreadable cross-reference table");
            }
            skipSpace(at);
            for (std::uint64_t i = 0; i < *count; ++i, at += 20) {
                if (at + 20 > m_body.size()) {
                    return damaged("the cross-reference table is cut short");
                }
                const auto entry = m_body.substr(at, 20);
                if (entry[17] == 'n') {
                    auto field = std::size_t{0};
                    const auto offset = number(entry, field);
                    if (!offset) {
                        return damaged("an unreadable cross-reference entry");
                    }
                    offsets[*first + i] = static_cast<std::size_t>(*offset);
                } else if (entry[17] != 'f') {
                    return damaged("an unreadable cross-reference entry");
                }
            }
        }
        for (const auto& [object, offset] : offsets) {
            if (!objectAt(object, offset)) {
                return damaged("object " + std::to_string(object) +
                               " is not where the cross-reference table says");
            }
        }
        const auto trailer = m_body.substr(at);
        const auto root = reference(trailer, "/Root");
        if (!root || !offsets.contains(*root)) {
            return damaged("the trailer names no document catalog");
        }
        const auto catalog = objectText(*offsets.find(*root));
        const auto metadata = reference(catalog, "/Metadata");
        if (!metadata || !offsets.contains(*metadata)) {
            return Error{"its Vouch package is not where Vouch puts it (the document catalog "
                         "names no XMP metadata stream); not read"};
        }
        const auto object = objectText(*offsets.find(*metadata));
        const auto dictionaryEnd = object.find("stream");
        if (dictionaryEnd == std::string_view::npos) {
            return damaged("the metadata is not a stream");
        }
        const auto dictionary = object.substr(0, dictionaryEnd);
        auto lengthAt = dictionary.find("/Length");
        if (dictionary.find("/Type /Metadata") == std::string_view::npos ||
            dictionary.find("/Subtype /XML") == std::string_view::npos ||
            lengthAt == std::string_view::npos ||
            dictionary.find("/Filter") != std::string_view::npos) {
            return Error{"its Vouch package is not where Vouch puts it (the catalog's metadata "
                         "is not an uncompressed XMP stream); not read"};
        }
        lengthAt += 7;
        const auto length = number(dictionary, lengthAt);
        std::size_t start =
            static_cast<std::size_t>(object.data() - m_body.data()) + dictionaryEnd + 6;
        if (m_body.substr(start, 2) == "\r\n") {
            start += 2;
        } else if (m_body.substr(start, 1) == "\n") {
            start += 1;
        } else {
            return damaged("a metadata stream without its line break");
        }
        if (!length || *length > m_body.size() - start) {
            return damaged("the metadata stream is cut short");
        }
        auto end = start + static_cast<std::size_t>(*length);
        auto after = end;
        skipSpace(after);
        if (m_body.substr(after, 9) != "endstream") {
            return damaged("the metadata stream's length is wrong");
        }
        return std::pair{start, end};
    }

private:
    std::string_view m_body;

    void skipSpace(std::size_t& at) const { skipSpace(m_body, at); }

    static void skipSpace(std::string_view text, std::size_t& at)
    {
        while (at < text.size() && isPdfSpace(text[at])) {
            ++at;
        }
    }

    std::optional<std::uint64_t> number(std::size_t& at) const { return number(m_body, at); }

    static std::optional<std::uint64_t> number(std::string_view text, std::size_t& at)
    {
        skipSpace(text, at);
        std::uint64_t value = 0;
        const auto begin = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9' && at - begin < 12) {
            value = value * 10 + static_cast<std::uint64_t>(text[at] - '0');
            ++at;
        }
        if (at == begin || (at < text.size() && !isDelimiter(text[at]))) {
            return std::nullopt;
        }
        return value;
    }

    // "N G obj" at `offset`.
    bool objectAt(std::uint64_t object, std::size_t offset) const
    {
        if (offset >= m_body.size()) {
            return false;
        }
        auto at = offset;
        const auto number = this->number(at);
        const auto generation = this->number(at);
        skipSpace(at);
        return number == object && generation && m_body.substr(at, 3) == "obj";
    }

    // The text of an object, from after "obj" to its "endobj" (or the end).
    std::string_view objectText(const std::pair<const std::uint64_t, std::size_t>& entry) const
    {
        auto text = m_body.substr(entry.second);
        const auto begin = text.find("obj") + 3;
        const auto end = text.find("endobj", begin);
        return text.substr(begin, end == std::string_view::npos ? end : end - begin);
    }

    // The object number of "KEY N G R" in `text`, where KEY is a whole name.
    static std::optional<std::uint64_t> reference(std::string_view text, std::string_view key)
    {
        for (auto at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
            auto next = at + key.size();
            if (next >= text.size() || !isPdfSpace(text[next])) {
                continue; // a longer name ("/MetadataX"), or no value
            }
            const auto object = number(text, next);
            const auto generation = number(text, next);
            skipSpace(text, next);
            if (object && generation && next < text.size() && text[next] == 'R') {
                return object;
            }
        }
        return std::nullopt;
    }
};

std::string xmlEscaped(const std::string& text)
{
    std::string escaped;
    for (const char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

} // namespace

std::string xmpPacketWithPackage(const std::string& packageJson, const std::string& title)
{
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
           "      xmlns:vouch=\"https://vouch.invalid/ns/package/1/\">\n"
           "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
           xmlEscaped(title) +
           "</rdf:li></rdf:Alt></dc:title>\n"
           "   <dc:format>application/pdf</dc:format>\n"
           "   " +
           std::string(kOpen) + toBase64(packageJson) + std::string(kClose) +
           "\n"
           "  </rdf:Description>\n"
           " </rdf:RDF>\n"
           "</x:xmpmeta>\n"
           "<?xpacket end=\"w\"?>";
}

Result<std::string> embeddedPackageJson(std::string_view pdf)
{
    const auto packages = countOf(pdf, kOpen);
    if (packages > 1) {
        return Error{"carries more than one Vouch package (" + std::to_string(packages) +
                     "); a PDF sign-off carries exactly one, so this file was changed after "
                     "Vouch wrote it"};
    }
    const auto eof = pdf.find(kEof);
    if (eof == std::string_view::npos) {
        return damaged("no %%EOF: the end of the file is missing");
    }
    if (!isBlank(pdf.substr(eof + kEof.size()))) {
        return Error{"has content after the end of the PDF (%%EOF): appended data or an "
                     "incremental update, which Vouch never writes; not read"};
    }
    if (packages == 0) {
        return Error{"a PDF without an embedded Vouch package"};
    }
    const PdfReader reader(pdf.substr(0, eof));
    auto metadata = reader.catalogMetadata();
    if (!metadata) {
        return metadata.error();
    }
    const auto open = pdf.find(kOpen);
    const auto close = pdf.find(kClose, open);
    if (close == std::string_view::npos || open < metadata->first ||
        close + kClose.size() > metadata->second) {
        return Error{"its Vouch package is not where Vouch puts it (the XMP metadata stream of "
                     "the document catalog); not read"};
    }
    const auto start = open + kOpen.size();
    auto json = fromBase64(pdf.substr(start, close - start));
    if (!json) {
        return damaged("the embedded package is not base64");
    }
    return std::move(*json);
}

std::optional<std::string> packageJsonFromPdf(std::string_view pdf)
{
    auto json = embeddedPackageJson(pdf);
    if (!json) {
        return std::nullopt;
    }
    return std::move(*json);
}

} // namespace vouch::signing
