// SPDX-License-Identifier: Apache-2.0
#include "signing/Package.h"

#include "model/AssessmentPayload.h"
#include "model/JsonDocument.h"
#include "model/ObjectReader.h"
#include "model/QuestionnaireLoader.h"
#include "model/Sha256.h"
#include "model/TextChecks.h"
#include "signing/Base64.h"
#include "signing/PdfEmbedding.h"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace vouch::signing {
namespace {

using model::Need;
using model::ObjectReader;
using nlohmann::json;

// Packages carry evidence, base64-encoded, so they may be far larger than other JSON.
constexpr model::JsonLimits kPackageLimits{kMaxPackageBytes, 64};

} // namespace

json signatureToJson(const SignatureEntry& entry)
{
    json out = {
        {"signer",
         {{"name", entry.signerName}, {"role", entry.signerRole}, {"email", entry.signerEmail}}},
        {"key_id", entry.keyId},
        {"public_key", entry.publicKeyPem},
        {"signed_at", entry.signedAt},
        {"signature_role", entry.signatureRole},
        {"algorithm", entry.algorithm},
        {"attestation", entry.attestation},
        {"statement", toBase64(entry.statement)},
        {"signature", toBase64(entry.signature)}};
    if (!entry.x509Certificate.empty()) {
        out["x509_certificate"] = toBase64(entry.x509Certificate);
        out["x509_binding"] = toBase64(entry.x509Binding);
    }
    return out;
}

namespace {

// Reads a base64 member into bytes, reporting bad encodings at the member's pointer.
std::string decodedMember(ObjectReader& reader, std::string_view key, model::DiagnosticSink& sink)
{
    const auto text = reader.text(key, Need::Required);
    if (!text) {
        return {};
    }
    auto decoded = fromBase64(*text);
    if (!decoded) {
        sink.error(reader.pointerTo(key), "expected base64 (RFC 4648, padded, no line breaks)");
        return {};
    }
    return std::move(*decoded);
}

std::optional<SignatureEntry> readSignatureEntry(const json& value, const std::string& pointer,
                                                 model::DiagnosticSink& sink)
{
    ObjectReader reader(value, pointer, sink, "a signature");
    if (!reader.valid()) {
        return std::nullopt;
    }
    SignatureEntry entry;
    if (const auto* signer = reader.member("signer", Need::Required)) {
        ObjectReader signerReader(*signer, reader.pointerTo("signer"), sink, "a signer");
        entry.signerName = signerReader.text("name", Need::Required).value_or("");
        entry.signerRole = signerReader.text("role", Need::Required).value_or("");
        entry.signerEmail = signerReader.text("email", Need::Required).value_or("");
        signerReader.rejectUnknownKeys({"name", "role", "email"});
    }
    entry.keyId = reader.text("key_id", Need::Required).value_or("");
    entry.publicKeyPem = reader.text("public_key", Need::Required).value_or("");
    entry.signedAt = reader.text("signed_at", Need::Required).value_or("");
    entry.signatureRole = reader.text("signature_role", Need::Required).value_or("");
    entry.algorithm = reader.text("algorithm", Need::Required).value_or("");
    entry.attestation = reader.text("attestation", Need::Required).value_or("");
    entry.statement = decodedMember(reader, "statement", sink);
    entry.signature = decodedMember(reader, "signature", sink);
    if (reader.member("x509_certificate", Need::Optional) != nullptr) {
        entry.x509Certificate = decodedMember(reader, "x509_certificate", sink);
        entry.x509Binding = decodedMember(reader, "x509_binding", sink);
    }
    reader.rejectUnknownKeys({"signer", "key_id", "public_key", "signed_at", "signature_role",
                              "algorithm", "attestation", "statement", "signature",
                              "x509_certificate", "x509_binding"});
    return entry;
}

class PackageReader
{
public:
    explicit PackageReader(const std::string& displayName)
        : m_sink(displayName)
    {}

    model::Loaded<Package> read(const json& document)
    {
        ObjectReader top(document, "", m_sink, "a Vouch package");
        if (!top.valid()) {
            return model::failed<Package>(m_sink.take());
        }
        if (const auto* format = top.member("format", Need::Required)) {
            if (!format->is_string() || *format != kPackageFormat) {
                const bool newer =
                    format->is_string() &&
                    format->get_ref<const std::string&>().starts_with("vouch-package/");
                m_sink.error(top.pointerTo("format"),
                             (newer ? "made by a newer Vouch: format " : "unsupported format ") +
                                 format->dump() + " (this Vouch reads " +
                                 model::inQuotes(kPackageFormat) + ")");
                return model::failed<Package>(m_sink.take());
            }
        }
        m_package.payload = bytes(top, "payload");
        if (const auto stated = top.text("payload_sha256", Need::Required);
            stated && *stated != model::sha256Hex(m_package.payload)) {
            m_sink.error(top.pointerTo("payload_sha256"), "does not match the payload");
        }
        m_package.questionnaire = bytes(top, "questionnaire");
        readAttachments(top);
        readSignatures(top);
        top.rejectUnknownKeys(
            {"format", "payload", "payload_sha256", "questionnaire", "attachments", "signatures"});
        if (!m_sink.empty()) {
            return model::failed<Package>(m_sink.take());
        }
        return {std::move(m_package), {}};
    }

private:
    std::string bytes(ObjectReader& reader, std::string_view key)
    {
        return decodedMember(reader, key, m_sink);
    }

    void readAttachments(ObjectReader& top)
    {
        const auto* list = top.array("attachments", Need::Required, true);
        if (list == nullptr) {
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            ObjectReader reader((*list)[i], model::appendPointer(top.pointerTo("attachments"), i),
                                m_sink, "an attachment");
            if (!reader.valid()) {
                continue;
            }
            PackageAttachment attachment;
            attachment.sha256 = reader.text("sha256", Need::Required).value_or("");
            if (!model::isSha256Hex(attachment.sha256)) {
                m_sink.error(reader.pointerTo("sha256"), "expected 64 lowercase hex digits");
            }
            if (reader.member("data", Need::Optional) != nullptr) {
                attachment.data = bytes(reader, "data");
                if (model::sha256Hex(*attachment.data) != attachment.sha256) {
                    m_sink.error(reader.pointerTo("data"), "does not match its SHA-256");
                }
            }
            reader.rejectUnknownKeys({"sha256", "data"});
            m_package.attachments.push_back(std::move(attachment));
        }
    }

    void readSignatures(ObjectReader& top)
    {
        const auto* list = top.array("signatures", Need::Required, true);
        if (list == nullptr) {
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            auto entry = readSignatureEntry(
                (*list)[i], model::appendPointer(top.pointerTo("signatures"), i), m_sink);
            if (entry) {
                m_package.signatures.push_back(std::move(*entry));
            }
        }
    }

    model::DiagnosticSink m_sink;
    Package m_package;
};

} // namespace

json packageToJson(const Package& package)
{
    json attachments = json::array();
    for (const auto& attachment : package.attachments) {
        json entry = {{"sha256", attachment.sha256}};
        if (attachment.data) {
            entry["data"] = toBase64(*attachment.data);
        }
        attachments.push_back(std::move(entry));
    }
    json signatures = json::array();
    for (const auto& entry : package.signatures) {
        signatures.push_back(signatureToJson(entry));
    }
    return {{"format", kPackageFormat},
            {"payload", toBase64(package.payload)},
            {"payload_sha256", model::sha256Hex(package.payload)},
            {"questionnaire", toBase64(package.questionnaire)},
            {"attachments", std::move(attachments)},
            {"signatures", std::move(signatures)}};
}

model::Loaded<SignatureEntry> signatureFromJson(const json& value, const std::string& displayName)
{
    model::DiagnosticSink sink(displayName);
    auto entry = readSignatureEntry(value, "", sink);
    if (!entry || !sink.empty()) {
        return model::failed<SignatureEntry>(sink.take());
    }
    return {std::move(*entry), {}};
}

model::Loaded<Package> packageFromJson(const json& document, const std::string& displayName)
{
    return PackageReader(displayName).read(document);
}

std::vector<model::Diagnostic> unreadableContents(const Package& package,
                                                  const std::string& displayName)
{
    model::DiagnosticSink sink(displayName);
    const auto relocated = [&](const char* member, const model::Diagnostic& inner) {
        sink.error(std::string("/") + member,
                   std::string("in the decoded ") + member + ", " +
                       (inner.place.empty() ? std::string() : inner.place + ": ") + inner.message);
    };
    auto snapshot =
        model::sharedQuestionnaireSnapshot(package.questionnaire, "questionnaire", kPackageLimits);
    if (!snapshot.ok()) {
        relocated("questionnaire", snapshot.errors.front());
        return sink.take();
    }
    auto document = model::parseJsonText(package.payload, "payload", kPackageLimits);
    if (!document.ok()) {
        relocated("payload", document.errors.front());
        return sink.take();
    }
    auto payload =
        model::payloadFromJson(*document.value, (*snapshot.value)->questionnaire, "payload");
    if (!payload.ok()) {
        relocated("payload", payload.errors.front());
        return sink.take();
    }
    const auto& refs = payload.value->attachments;
    for (std::size_t i = 0; i < refs.size(); ++i) {
        const auto carried = std::find_if(
            package.attachments.begin(), package.attachments.end(),
            [&](const PackageAttachment& a) { return a.sha256 == refs[i].sha256 && a.data; });
        if (carried != package.attachments.end() &&
            static_cast<std::int64_t>(carried->data->size()) != refs[i].size) {
            relocated("payload", model::Diagnostic{{},
                                                   "/attachments/" + std::to_string(i) + "/size",
                                                   "declares " + std::to_string(refs[i].size) +
                                                       " bytes, but the evidence in the package "
                                                       "has " +
                                                       std::to_string(carried->data->size())});
        }
    }
    return sink.take();
}

Package withoutEvidenceBytes(Package package)
{
    for (auto& attachment : package.attachments) {
        attachment.data.reset();
    }
    return package;
}

model::Loaded<Package> packageFromBytes(std::string_view bytes, const std::string& displayName)
{
    if (bytes.starts_with("%PDF-")) {
        // A PDF sign-off carries its package in the XMP metadata.
        auto embedded = embeddedPackageJson(bytes);
        if (!embedded) {
            return model::failed<Package>(
                model::Diagnostic{displayName, {}, embedded.error().message});
        }
        const auto where = displayName + " (embedded package)";
        auto document = model::parseJsonText(*embedded, where, kPackageLimits);
        if (!document.ok()) {
            return model::failed<Package>(std::move(document.errors));
        }
        return packageFromJson(*document.value, where);
    }
    auto document = model::parseJsonText(bytes, displayName, kPackageLimits);
    if (!document.ok()) {
        return model::failed<Package>(std::move(document.errors));
    }
    return packageFromJson(*document.value, displayName);
}

model::Loaded<Package> readPackageFile(const std::filesystem::path& path)
{
    const std::string name = path.string();
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size <= kMaxPackageBytes && size >= 5) {
        std::ifstream stream(path, std::ios::binary);
        std::string head(5, '\0');
        stream.read(head.data(), 5);
        if (head == "%PDF-") {
            stream.seekg(0);
            std::string bytes(static_cast<std::size_t>(size), '\0');
            stream.read(bytes.data(), static_cast<std::streamsize>(size));
            return packageFromBytes(bytes, name);
        }
    }
    // JSON goes through readJsonFile, which names folders, missing and oversized files.
    auto document = model::readJsonFile(path, kPackageLimits);
    if (!document.ok()) {
        return model::failed<Package>(std::move(document.errors));
    }
    return packageFromJson(*document.value, name);
}

} // namespace vouch::signing
