// SPDX-License-Identifier: Apache-2.0
#include "pdfsign/PdfSigner.h"

#include "pdfsign/Cms.h"

#include <algorithm>
#include <podofo/podofo.h>
#include <vector>

namespace vouch::pdfsign {
namespace {

using namespace PoDoFo;

PdfString utf8(const std::string& text)
{
    return PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str()));
}

std::size_t derSize(X509* certificate)
{
    const int size = i2d_X509(certificate, nullptr);
    return size > 0 ? static_cast<std::size_t>(size) : 0;
}

// Room for the CMS: the certificates it carries plus the signed attributes, signature
// and structure, with margin; checked again once the CMS is made. A timestamp token
// carries the TSA's certificate (and often its chain) besides its own signature: its
// size is known only once the TSA answered, so it gets generous room, and a token that
// still does not fit makes signWithPodofo ask for the room it needs.
constexpr std::size_t kTimestampRoom = 16384;

std::size_t reservedSize(const PdfSigningIdentity& identity, const Timestamper* tsa)
{
    std::size_t certificates = derSize(identity.certificate.get());
    for (int i = 0; i < sk_X509_num(identity.chain.get()); ++i) {
        certificates += derSize(sk_X509_value(identity.chain.get(), i));
    }
    return std::max<std::size_t>(8192, certificates + 4096) + (tsa != nullptr ? kTimestampRoom : 0);
}

// What the block says about the TSA: its URL, shortened to fit the block.
std::string timestampLine(const Timestamper& tsa)
{
    constexpr std::size_t kMaxUrl = 48;
    const auto url = tsa.url.size() > kMaxUrl ? tsa.url.substr(0, kMaxUrl - 3) + "..." : tsa.url;
    return "Timestamp: RFC 3161 by " + url;
}

int signatureFieldCount(PdfMemDocument& document)
{
    int count = 0;
    for (PdfObject* object : document.GetObjects()) {
        if (object->IsDictionary() && object->GetDictionary().HasKey("FT") &&
            object->GetDictionary().GetKey("FT")->IsName() &&
            object->GetDictionary().GetKey("FT")->GetName() == PdfName("Sig")) {
            ++count;
        }
    }
    return count;
}

void drawBlock(PdfMemDocument& document, PdfXObject& block, const SignatureAppearance& look,
               const PdfSigningIdentity& identity, const Timestamper* tsa)
{
    PdfPainter painter;
    painter.SetPage(&block);
    painter.SetStrokingColor(0.2, 0.2, 0.2);
    painter.SetStrokeWidth(0.8);
    painter.Rectangle(0.5, 0.5, look.width - 1, look.height - 1);
    painter.Stroke();
    PdfFont* bold = document.CreateFont("Helvetica-Bold", false, false, false,
                                        PdfEncodingFactory::GlobalWinAnsiEncodingInstance(),
                                        PdfFontCache::eFontCreationFlags_AutoSelectBase14, false);
    PdfFont* regular = document.CreateFont(
        "Helvetica", false, false, false, PdfEncodingFactory::GlobalWinAnsiEncodingInstance(),
        PdfFontCache::eFontCreationFlags_AutoSelectBase14, false);
    if (bold == nullptr || regular == nullptr) {
        PODOFO_RAISE_ERROR_INFO(ePdfError_InvalidFontFile, "no Helvetica (a standard PDF font)");
    }
    painter.SetColor(0, 0, 0);
    bold->SetFontSize(9);
    painter.SetFont(bold);
    const double left = 6;
    double baseline = look.height - 13;
    painter.DrawText(left, baseline, utf8("Signed by " + look.name + " (" + look.role + ")"));
    regular->SetFontSize(7.5);
    painter.SetFont(regular);
    // The time drawn is the signer's computer's; only a timestamp (in the signature,
    // checked by PDF readers) vouches for it, and the block says which it has.
    std::vector<std::string> lines = {
        "Time: " + look.time + " (signer's clock)",
        "Key id: " + look.keyId,
        "Certificate: " + identity.commonName() +
            (identity.selfSigned ? " (self-signed by Vouch)" : ""),
    };
    if (tsa != nullptr) {
        lines.push_back(timestampLine(*tsa));
    }
    for (const auto& line : lines) {
        baseline -= 11;
        painter.DrawText(left, baseline, utf8(line));
    }
    painter.FinishPage();
}

// One attempt with `reserved` bytes for the CMS; when the CMS made does not fit, `needed`
// says how many it takes (and `error` why).
std::string signWithPodofo(std::string_view pdf, const PdfSigningIdentity& identity,
                           SignatureAppearance look, const Timestamper* tsa, std::size_t reserved,
                           std::string& error, std::size_t& needed, bool& timestampFailed)
{
    if (tsa != nullptr) {
        look.height += 11; // room for the timestamp line
    }
    PdfMemDocument document;
    document.LoadFromBuffer(pdf.data(), static_cast<long>(pdf.size()), true);
    const int pages = document.GetPageCount();
    if (pages <= 0) {
        error = "the PDF has no page to put the signature on";
        return {};
    }
    const int pageIndex = look.page < 0 ? pages - 1 : look.page;
    if (pageIndex >= pages) {
        error = "the PDF has no page " + std::to_string(pageIndex + 1);
        return {};
    }
    PdfPage* page = document.GetPage(pageIndex);
    const int existing = signatureFieldCount(document);
    PdfAcroForm* form = document.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None);
    // SigFlags 3: the document has signatures, and is changed only by appending.
    form->GetObject()->GetDictionary().AddKey("SigFlags", PdfObject(static_cast<pdf_int64>(3)));

    const PdfRect rect(look.x, look.y, look.width, look.height);
    PdfAnnotation* widget = page->CreateAnnotation(ePdfAnnotation_Widget, rect);
    widget->SetFlags(ePdfAnnotationFlags_Print);
    PdfSignatureField field(widget, form, &document);
    PdfXObject block(PdfRect(0, 0, look.width, look.height), &document);
    drawBlock(document, block, look, identity, tsa);
    field.SetAppearanceStream(&block);
    field.SetFieldName(utf8("Vouch signature " + std::to_string(existing + 1)));
    field.SetSignatureReason(utf8(look.role));
    field.SetSignatureDate(PdfDate());
    field.SetSignatureCreator(PdfName("Vouch"));

    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    PdfSignOutputDevice signer(&device);
    signer.SetSignatureSize(reserved);
    field.SetSignature(*signer.GetSignatureBeacon());
    field.GetSignatureObject()->GetDictionary().AddKey("SubFilter", PdfName("ETSI.CAdES.detached"));
    field.GetSignatureObject()->GetDictionary().AddKey("Name", utf8(look.name));
    if (!look.binding.empty()) {
        field.GetSignatureObject()->GetDictionary().AddKey("VouchBinding", PdfString(look.binding));
    }
    document.WriteUpdate(&signer, true);
    if (!signer.HasSignaturePosition()) {
        error = "PoDoFo did not write the signature placeholder";
        return {};
    }
    signer.AdjustByteRange();
    signer.Seek(0);
    std::string signedBytes;
    std::vector<char> chunk(65536);
    while (const std::size_t read = signer.ReadForSignature(chunk.data(), chunk.size())) {
        signedBytes.append(chunk.data(), read);
    }
    auto cms = makeCadesSignature(signedBytes, identity, tsa);
    if (!cms) {
        error = cms.error().message;
        timestampFailed = cms.error().kind == ErrorKind::TimestampAuthority;
        return {};
    }
    if (cms->size() > signer.GetSignatureSize()) {
        needed = cms->size();
        error = "the CMS signature (" + std::to_string(cms->size()) +
                " bytes) does not fit the room reserved for it (" +
                std::to_string(signer.GetSignatureSize()) + ")";
        return {};
    }
    signer.SetSignature(PdfData(cms->data(), cms->size()));
    signer.Flush();
    return std::string(buffer.GetBuffer(), device.GetLength());
}

} // namespace

Result<std::string> signPdf(std::string_view pdf, const PdfSigningIdentity& identity,
                            const SignatureAppearance& appearance, const Timestamper* tsa)
{
    if (!identity.certificate || !identity.key) {
        return Error{"no certificate and key to sign the PDF with"};
    }
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    std::string error;
    try {
        std::size_t reserved = reservedSize(identity, tsa);
        std::size_t needed = 0;
        bool timestampFailed = false;
        std::string signedPdf = signWithPodofo(pdf, identity, appearance, tsa, reserved, error,
                                               needed, timestampFailed);
        if (needed > reserved) {
            // A timestamp larger than its room: once more with room for it (and a new
            // timestamp, since the bytes it covers change with the room).
            error.clear();
            reserved = needed + 4096;
            signedPdf = signWithPodofo(pdf, identity, appearance, tsa, reserved, error, needed,
                                       timestampFailed);
        }
        if (timestampFailed) {
            return Error{error, ErrorKind::TimestampAuthority};
        }
        if (!error.empty()) {
            return Error{"cannot sign the PDF: " + error};
        }
        return signedPdf;
    } catch (const PdfError& failure) {
        const char* name = PdfError::ErrorName(failure.GetError());
        return Error{std::string("cannot sign the PDF: PoDoFo: ") +
                     (name != nullptr ? name : "error") +
                     (failure.GetCallstack().empty() ||
                              failure.GetCallstack().front().GetInformation().empty()
                          ? std::string()
                          : " (" + failure.GetCallstack().front().GetInformation() + ")")};
    } catch (const std::exception& failure) {
        return Error{std::string("cannot sign the PDF: ") + failure.what()};
    }
}

} // namespace vouch::pdfsign
