// SPDX-License-Identifier: Apache-2.0
#include "signing/PdfEmbedding.h"

#include "signing/Base64.h"

namespace vouch::signing {
namespace {

constexpr std::string_view kOpen = "<vouch:package>";
constexpr std::string_view kClose = "</vouch:package>";

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

std::optional<std::string> packageJsonFromPdf(std::string_view pdf)
{
    // The last packet wins, as with incremental updates of a PDF.
    const auto open = pdf.rfind(kOpen);
    if (open == std::string_view::npos) {
        return std::nullopt;
    }
    const auto start = open + kOpen.size();
    const auto close = pdf.find(kClose, start);
    if (close == std::string_view::npos) {
        return std::nullopt;
    }
    return fromBase64(pdf.substr(start, close - start));
}

} // namespace vouch::signing
