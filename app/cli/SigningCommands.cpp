// SPDX-License-Identifier: Apache-2.0
#include "cli/SigningCommands.h"

#include "cli/LibraryAccess.h"
#include "cli/Passphrase.h"
#include "services/AssessmentService.h"
#include "services/PdfSignatureReview.h"
#include "services/ReportService.h"
#include "services/SignerCertificate.h"
#include "services/SignerIdentities.h"
#include "services/SigningService.h"
#include "services/TimestampAuthority.h"
#include "store/Database.h"

#include <ostream>
#include <system_error>

namespace vouch::cli {
namespace {

int usage(Console console, const char* text)
{
    console.err << text << '\n';
    return kBadInput;
}

// The trust list for verification: the library if there is one; none otherwise. A
// library file that is not there has no trust list; a PostgreSQL location is always
// opened, so a server that cannot be reached (or holds no library) is an error, not an
// empty trust list.
std::optional<services::Workspace> trustLibrary(const Arguments& arguments, Console console,
                                                bool& failed)
{
    std::error_code ec;
    const auto path = libraryPath(arguments);
    if (!store::isPostgresLocation(path.string()) && !std::filesystem::exists(path, ec)) {
        return std::nullopt;
    }
    std::optional<services::Workspace> workspace(std::in_place);
    if (auto opened = workspace->open(path, services::OpenIntent::ReadOnly); !opened) {
        console.err << opened.error().message << '\n';
        failed = true;
        return std::nullopt;
    }
    return workspace;
}

// A package file and the trust list to judge it by; nullopt (after printing why) if
// either cannot be read.
struct PackageToJudge
{
    signing::Package package;
    std::optional<services::Workspace> workspace;

    [[nodiscard]] const store::Library* trust() const
    {
        return workspace ? workspace->libraryOrNull() : nullptr;
    }
    [[nodiscard]] services::SigningService signing() const
    {
        return workspace ? workspace->signing() : services::Workspace().signing();
    }
};

// `signOff`, when given, holds the bytes to read the package from (a PDF-signed
// sign-off as Vouch wrote it, before its first PDF signature).
std::optional<PackageToJudge> readPackageToJudge(const std::string& path,
                                                 const Arguments& arguments, Console console,
                                                 const std::string* signOff = nullptr)
{
    auto package = signOff != nullptr ? services::readPackageBytes(*signOff, path)
                                      : services::readPackage(path);
    if (!package.ok()) {
        fail(package.errors, console);
        return std::nullopt;
    }
    bool failed = false;
    auto workspace = trustLibrary(arguments, console, failed);
    if (failed) {
        return std::nullopt;
    }
    return PackageToJudge{std::move(*package.value), std::move(workspace)};
}

void printVerification(const std::string& name, const services::PackageReport& report,
                       std::ostream& out)
{
    out << name << ": payload sha256 " << report.signatures.payloadSha256 << '\n';
    if (!report.signatures.isSigned()) {
        out << "signatures: none (unsigned)\n";
    }
    for (std::size_t i = 0; i < report.signatures.signatures.size(); ++i) {
        const auto& check = report.signatures.signatures[i];
        out << "signature " << (i + 1) << ": " << signing::spelling(check.state) << "  "
            << check.signerName << " (" << check.signatureRole << ")  signed " << check.signedAt
            << "  key " << check.keyId;
        if (!check.reason.empty()) {
            out << "  -- " << check.reason;
        } else if (i < report.trust.signers.size() &&
                   report.trust.signers[i].state == services::TrustState::LookAlike) {
            out << "  -- look-alike: " << report.trust.signers[i].reason;
        }
        out << '\n';
    }
    out << "contents: " << (report.consistent ? "consistent" : "INCONSISTENT: " + report.problem)
        << '\n';
}

// Where the trust list came from, for the line that says a key is not in it.
std::string trustListName(const Arguments& arguments, const store::Library* library)
{
    return library != nullptr
               ? library->path().string()
               : libraryPath(arguments).string() + " (no library there, so no key is trusted)";
}

// --revision N, when given; false (after saying why) when it is not a revision number.
bool revisionOption(const Arguments& arguments, const char* verb, std::optional<int>& revision,
                    Console console)
{
    const auto& given = arguments.option("revision");
    if (!given) {
        return true;
    }
    revision = nonNegativeInt(*given);
    if (!revision || *revision == 0) {
        console.err << verb << ": --revision expects a revision number (1, 2, ...), not \""
                    << *given << "\"\n";
        return false;
    }
    return true;
}

services::ExistingOutput existingOutput(const Arguments& arguments)
{
    return arguments.flag("force") ? services::ExistingOutput::Replace
                                   : services::ExistingOutput::Refuse;
}

} // namespace

int runKeygen(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed =
        Arguments::parse(args, {"name", "role", "email", "out", "passphrase-file"}, error);
    if (!parsed || !parsed->option("name") || !parsed->option("role") || !parsed->option("email") ||
        !parsed->option("out") || !parsed->positional().empty()) {
        console.err << "vouch keygen: "
                    << (parsed ? "usage: vouch keygen --name N --role R --email E --out KEY "
                                 "[--passphrase-file F]"
                               : error)
                    << '\n';
        return kBadInput;
    }
    const signing::SignerIdentity identity{*parsed->option("name"), *parsed->option("role"),
                                           *parsed->option("email")};
    // Before the passphrase is asked for: a refused name should not cost typing it twice.
    if (auto plain = services::checkSignerIdentity(identity, "vouch keygen"); !plain) {
        return fail(plain.error(), console);
    }
    // Before the passphrase is asked for, too: a key never replaces a file.
    const std::filesystem::path out = *parsed->option("out");
    for (const auto& path : {out, signing::publicKeyPathFor(out)}) {
        if (auto allowed = services::checkOutputTarget(path, services::ExistingOutput::Never);
            !allowed) {
            return fail(allowed.error(), console);
        }
    }
    auto passphrase = readPassphrase(*parsed, "Passphrase for the new key: ", true);
    if (!passphrase) {
        return fail(passphrase.error(), console);
    }
    services::CertificateSummary certificate;
    auto key = services::createSignerIdentity(out, identity, passphrase->view(), &certificate);
    if (!key) {
        return fail(key.error(), console);
    }
    console.out << "private key: " << out.string() << " (encrypted, mode 0600)\n"
                << "public key:  " << signing::publicKeyPathFor(out).string() << '\n'
                << "key id:      " << key->keyId << '\n'
                << "certificate: " << certificate.path << " (for PDF signatures; "
                << certificate.describe() << ")\n"
                << "binding:     " << services::bindingPathFor(out).string() << '\n';
    return kSuccess;
}

int runIdentity(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed =
        args.empty() || args.front() != "attach-certificate"
            ? std::optional<Arguments>()
            : Arguments::parse(args.subspan(1),
                               {"identity", "pkcs12", "passphrase-file", "pkcs12-passphrase-file"},
                               error);
    if (!parsed || !parsed->option("identity") || !parsed->option("pkcs12") ||
        !parsed->positional().empty()) {
        console.err << "vouch identity: "
                    << (error.empty() ? "usage: vouch identity attach-certificate --identity KEY "
                                        "--pkcs12 ORG.p12 [--passphrase-file F] "
                                        "[--pkcs12-passphrase-file F]"
                                      : error)
                    << '\n';
        return kBadInput;
    }
    const std::filesystem::path key = *parsed->option("identity");
    auto passphrase = readPassphrase(*parsed, "Passphrase for " + key.string() + ": ", false);
    if (!passphrase) {
        return fail(passphrase.error(), console);
    }
    auto pkcs12Passphrase =
        readPassphrase(*parsed, "Passphrase for " + *parsed->option("pkcs12") + ": ", false,
                       "pkcs12-passphrase-file");
    if (!pkcs12Passphrase) {
        return fail(pkcs12Passphrase.error(), console);
    }
    auto attached = services::attachCertificate(key, passphrase->view(), *parsed->option("pkcs12"),
                                                pkcs12Passphrase->view());
    if (!attached) {
        return fail(attached.error(), console);
    }
    console.out << "certificate: " << attached->path << " (" << attached->describe() << ")\n"
                << "binding:     " << services::bindingPathFor(key).string() << '\n';
    return kSuccess;
}

int runSign(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(
        args, {"key", "role", "passphrase-file", "attestation", "db", "tsa"}, error);
    if (!parsed || !parsed->option("key") || !parsed->option("role") ||
        parsed->positional().size() != 1) {
        console.err
            << "vouch sign: "
            << (parsed
                    ? "usage: vouch sign --key KEY --role assessor|approver [--passphrase-file F] "
                      "[--attestation TEXT] [--tsa URL] PACKAGE|ID [--db PATH]"
                    : error)
            << '\n';
        return kBadInput;
    }
    const auto role = signing::signatureRoleFromString(*parsed->option("role"));
    if (!role) {
        return usage(console, "vouch sign: --role: expected assessor or approver");
    }
    const auto tsa = parsed->option("tsa").value_or(std::string());
    if (!tsa.empty()) {
        if (auto problem = services::timestampUrlProblem(tsa)) {
            console.err << "vouch sign: --tsa: " << *problem << '\n';
            return kBadInput;
        }
    }
    auto passphrase =
        readPassphrase(*parsed, "Passphrase for " + *parsed->option("key") + ": ", false);
    if (!passphrase) {
        return fail(passphrase.error(), console);
    }
    const auto attestation =
        parsed->option("attestation").value_or(services::defaultAttestation(*role));
    const auto& target = parsed->positional().front();
    std::error_code ec;
    if (std::filesystem::is_regular_file(target, ec)) {
        if (!tsa.empty()) {
            return usage(console, "vouch sign: --tsa applies to a library assessment (its PDF "
                                  "sign-off is timestamped), not to a package file; nothing "
                                  "was signed");
        }
        auto key = signing::loadSigningKey(*parsed->option("key"), passphrase->view());
        if (!key) {
            return fail(key.error(), console);
        }
        const auto service = services::Workspace().signing();
        auto entry = service.signPackageFile(target, *key, *role, attestation);
        if (!entry) {
            return fail(entry.error(), console);
        }
        console.out << target << ": signed by " << entry->signerName << " as "
                    << entry->signatureRole << '\n';
        return kSuccess;
    }
    // A library assessment is also PDF-signed, with the identity's bound certificate
    // (made now for an identity from before certificates).
    auto signer = services::loadSigner(*parsed->option("key"), passphrase->view());
    if (!signer) {
        return fail(signer.error(), console);
    }
    auto workspace = openWorkspace(*parsed, services::OpenIntent::MustExist, console);
    if (!workspace) {
        return kBadInput;
    }
    // The CLI reads no settings file: the TSA is --tsa's, or none.
    auto service = workspace->signing();
    service.setTimestampAuthority(tsa);
    auto revision = service.signAssessmentWithPdf(target, *signer, *role, attestation);
    if (!revision) {
        return fail(revision.error(), console);
    }
    console.out << "assessment " << target << " revision " << revision->revision << ": signed by "
                << signer->key.identity().name << " as " << signing::spelling(*role) << '\n';
    if (!revision->pdfSha256.empty()) {
        console.out << "PDF sign-off: PDF signature " << revision->pdfSignatures << " by "
                    << signer->certificate->identity.commonName() << " ("
                    << signer->certificate->identity.subject() << "), sha256 "
                    << revision->pdfSha256 << '\n';
        if (!revision->timestamp.empty()) {
            console.out << "timestamp: " << revision->timestamp << " (RFC 3161, " << tsa << ")\n";
        } else {
            console.out << "time: the signer's clock (no time-stamping authority; --tsa URL "
                           "adds an RFC 3161 timestamp)\n";
        }
    } else {
        console.err << "vouch sign: " << revision->pdfNote << '\n';
    }
    return kSuccess;
}

int runVerify(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed =
        Arguments::parse(args, {"db"}, error, {"require-trusted", "allow-untrusted"});
    if (!parsed || parsed->positional().size() != 1) {
        return usage(console, "vouch verify: usage: vouch verify PACKAGE [--allow-untrusted] "
                              "[--db PATH]");
    }
    const bool allowUntrusted = parsed->flag("allow-untrusted");
    if (allowUntrusted && parsed->flag("require-trusted")) {
        return usage(console, "vouch verify: --allow-untrusted and --require-trusted contradict "
                              "each other (trusted signers are required unless --allow-untrusted)");
    }
    const auto& path = parsed->positional().front();
    // A PDF with PDF signatures: its package is read from the sign-off as Vouch wrote
    // it, and every PDF signature must be valid, the last covering the whole file.
    const auto pdf = services::reviewPdfSignatures(path);
    if (pdf && pdf->original.empty()) {
        console.err << path << ": " << pdf->problem << "; not accepted\n";
        return kCheckFailed;
    }
    const auto judged = readPackageToJudge(path, *parsed, console, pdf ? &pdf->original : nullptr);
    if (!judged) {
        return kBadInput;
    }
    const auto service = judged->signing();
    const auto report = service.verify(judged->package);
    printVerification(path, report, console.out);
    for (const auto& line : pdf ? pdf->report.lines() : std::vector<std::string>{}) {
        console.out << line << '\n';
    }
    services::PdfSignerBindings bindings;
    if (pdf) {
        auto trusted = service.trustedKeys();
        bindings = services::bindPdfSigners(pdf->report, judged->package,
                                            trusted ? *trusted : std::vector<store::TrustedKey>{});
        for (const auto& line : bindings.lines) {
            console.out << line << '\n';
        }
    }
    if (auto refusal = services::refusalOf(report, allowUntrusted)) {
        const auto* problem = report.trust.firstProblem(allowUntrusted);
        console.err << path << ": " << *refusal;
        if (report.consistent && problem != nullptr &&
            problem->state == services::TrustState::Untrusted) {
            console.err << " (trust list: " << trustListName(*parsed, judged->trust())
                        << "); not accepted (check the key id with the signer, then vouch trust "
                           "add their public key; or --allow-untrusted)";
        } else {
            console.err << "; not accepted";
        }
        console.err << '\n';
        return kCheckFailed;
    }
    if (!bindings.problems.empty()) {
        console.err << path << ": " << bindings.problems.front() << "; not accepted\n";
        return kCheckFailed;
    }
    if (pdf && !pdf->report.valid()) {
        console.err << path << ": a PDF signature is invalid or does not cover the whole file "
                    << "(see the PDF signature lines); not accepted\n";
        return kCheckFailed;
    }
    if (const int untrusted = report.trust.countWith(services::TrustState::Untrusted);
        untrusted > 0) {
        console.err << path << ": accepted with --allow-untrusted: " << untrusted
                    << " signature(s) valid but not trusted here\n";
    }
    return kSuccess;
}

int runSignPdf(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(
        args, {"identity", "role", "out", "passphrase-file", "tsa"}, error, {"force"});
    if (!parsed || parsed->positional().size() != 1 || !parsed->option("identity") ||
        !parsed->option("role") || !parsed->option("out")) {
        return usage(console, "vouch sign-pdf: usage: vouch sign-pdf PDF --identity FILE.p12 "
                              "--role assessor|approver --out FILE [--passphrase-file F] "
                              "[--tsa URL] [--force]");
    }
    const auto role = signing::signatureRoleFromString(*parsed->option("role"));
    if (!role) {
        return usage(console, "vouch sign-pdf: --role: expected assessor or approver");
    }
    const auto tsa = parsed->option("tsa").value_or(std::string());
    if (!tsa.empty()) {
        if (auto problem = services::timestampUrlProblem(tsa)) {
            console.err << "vouch sign-pdf: --tsa: " << *problem << '\n';
            return kBadInput;
        }
    }
    auto passphrase =
        readPassphrase(*parsed, "Passphrase for " + *parsed->option("identity") + ": ", false);
    if (!passphrase) {
        return fail(passphrase.error(), console);
    }
    const std::string out = *parsed->option("out");
    auto signedPdf = services::signPdfFile(
        parsed->positional().front(), *parsed->option("identity"), passphrase->view(),
        *role == signing::SignatureRole::Approver ? "Approver" : "Assessor", out,
        existingOutput(*parsed), tsa);
    if (!signedPdf) {
        return fail(signedPdf.error(), console);
    }
    console.out << out << '\n';
    for (const auto& line : signedPdf->lines()) {
        console.err << line << '\n';
    }
    return kSuccess;
}

int runExport(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"db", "out", "revision"}, error, {"force"});
    if (!parsed || !parsed->option("out") || parsed->positional().size() != 1) {
        return usage(console, "vouch export: usage: vouch export ID --out FILE [--revision N] "
                              "[--force] [--db PATH]");
    }
    std::optional<int> revision;
    if (!revisionOption(*parsed, "vouch export", revision, console)) {
        return kBadInput;
    }
    auto workspace = openWorkspace(*parsed, services::OpenIntent::MustExist, console);
    if (!workspace) {
        return kBadInput;
    }
    const auto service = workspace->signing();
    auto exported = service.exportPackage(parsed->positional().front(), *parsed->option("out"),
                                          existingOutput(*parsed), revision);
    if (!exported) {
        return fail(exported.error(), console);
    }
    console.out << *parsed->option("out") << '\n';
    console.err << *parsed->option("out") << ": " << exported->describe() << '\n';
    return kSuccess;
}

namespace {

// `import --as-received-copy`: stored knowingly whatever its signatures, as its own
// assessment; stdout names the copy, stderr how its signatures stand here.
int importReceivedCopy(const services::SigningService& service, const signing::Package& package,
                       const std::string& path, Console console)
{
    auto copy = service.importReceivedCopy(package, path);
    if (!copy) {
        return fail(copy.error(), console);
    }
    console.out << copy->copyId << ": "
                << (copy->created ? "imported as a received copy of assessment "
                                  : "already in the library as a received copy of assessment ")
                << copy->originalId << '\n';
    const auto state = copy->trust.overall();
    console.err << path << ": a received copy, never a revision of " << copy->originalId
                << "; its signatures: "
                << (copy->trust.isSigned() && state ? services::spelling(*state) : "none") << '\n';
    if (copy->missingEvidence > 0) {
        console.err << path << ": " << copy->missingEvidence
                    << " evidence file(s) are referenced by hash only\n";
    }
    return kSuccess;
}

} // namespace

int runImport(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"db"}, error, {"as-received-copy"});
    if (!parsed || parsed->positional().size() != 1) {
        return usage(console,
                     "vouch import: usage: vouch import FILE [--as-received-copy] [--db PATH]");
    }
    const auto& path = parsed->positional().front();
    // A PDF-signed sign-off: its package is read from the sign-off as Vouch wrote it,
    // once every PDF signature checks out (as `vouch verify` reads it).
    const auto pdf = services::reviewPdfSignatures(path);
    if (pdf && (pdf->original.empty() || !pdf->report.valid())) {
        console.err << path << ": "
                    << (pdf->original.empty() ? pdf->problem
                                              : std::string("a PDF signature is invalid or does "
                                                            "not cover the whole file"))
                    << "; not imported (vouch verify says more)\n";
        return kCheckFailed;
    }
    auto package =
        pdf ? services::readPackageBytes(pdf->original, path) : services::readPackage(path);
    if (!package.ok()) {
        return fail(package.errors, console);
    }
    auto workspace = openWorkspace(*parsed, services::OpenIntent::CreateIfMissing, console);
    if (!workspace) {
        return kBadInput;
    }
    const auto service = workspace->signing();
    if (parsed->flag("as-received-copy")) {
        return importReceivedCopy(service, *package.value, path, console);
    }
    auto imported = service.importPackage(*package.value, path);
    if (!imported) {
        return fail(imported.error(), console);
    }
    const auto& outcome = imported->outcome;
    console.out << imported->assessmentId << ": " << services::describe(outcome) << " (revision "
                << outcome.revision << ")\n";
    if (imported->besideUntrusted) {
        console.err << path << ": revision " << *imported->besideUntrusted
                    << " holds the same assessment with signatures not trusted here; this "
                       "trusted sign-off was stored on top of it as revision "
                    << outcome.revision << '\n';
    }
    if (imported->missingEvidence > 0) {
        console.err << path << ": " << imported->missingEvidence
                    << " evidence file(s) are referenced by hash only; attach them again or import "
                       "the .vouch "
                       "package\n";
    }
    return kSuccess;
}

int runTrust(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"db"}, error);
    const auto& words = parsed ? parsed->positional() : std::vector<std::string>{};
    const std::string verb = words.empty() ? std::string() : words.front();
    if (!parsed || !((verb == "add" || verb == "remove") ? words.size() == 2
                                                         : verb == "list" && words.size() == 1)) {
        return usage(
            console,
            "vouch trust: usage: vouch trust add PUBKEY | remove KEYID | list [--db PATH]");
    }
    // A key that cannot be trusted must not create (or open for writing) a library.
    if (verb == "add") {
        if (auto key = signing::loadPublicKey(words[1]); !key) {
            return fail(key.error(), console);
        }
        if (auto identity = signing::loadIdentity(words[1])) {
            if (auto plain = services::checkSignerIdentity(*identity, words[1]); !plain) {
                return fail(plain.error(), console);
            }
        }
    }
    auto workspace = openWorkspace(*parsed,
                                   verb == "list" ? services::OpenIntent::MustExist
                                                  : services::OpenIntent::CreateIfMissing,
                                   console);
    if (!workspace) {
        return kBadInput;
    }
    if (verb == "add") {
        const auto service = workspace->signing();
        auto key = service.trust(words[1]);
        if (!key) {
            return fail(key.error(), console);
        }
        console.out << "trusted key " << key->keyId << '\n';
        return kSuccess;
    }
    if (verb == "remove") {
        auto removed = workspace->signing().distrust(words[1]);
        if (!removed) {
            return fail(removed.error(), console);
        }
        if (!*removed) {
            console.err << workspace->library().path().string() << ": key " << words[1]
                        << " is not in the trust list\n";
            return kBadInput;
        }
        return kSuccess;
    }
    auto keys = workspace->signing().trustedKeys();
    if (!keys) {
        return fail(keys.error(), console);
    }
    for (const auto& key : *keys) {
        console.out << key.keyId << "  " << key.name << " <" << key.email << ">  since "
                    << key.addedAt << '\n';
    }
    return kSuccess;
}

int runExportPdf(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed =
        Arguments::parse(args, {"db", "out", "paper", "revision"}, error, {"force"});
    if (!parsed || !parsed->option("out") || parsed->positional().size() != 1) {
        return usage(console, "vouch export-pdf: usage: vouch export-pdf PACKAGE|ID --out FILE "
                              "[--revision N] [--force] [--paper a4|letter] [--db PATH]");
    }
    std::optional<int> revision;
    if (!revisionOption(*parsed, "vouch export-pdf", revision, console)) {
        return kBadInput;
    }
    const auto paperName = parsed->option("paper").value_or("a4");
    if (paperName != "a4" && paperName != "letter") {
        return usage(console, "vouch export-pdf: --paper: expected a4 or letter");
    }
    const auto paper = paperName == "letter" ? report::Paper::Letter : report::Paper::A4;
    const auto& target = parsed->positional().front();
    const std::filesystem::path out = *parsed->option("out");
    std::error_code ec;
    if (std::filesystem::is_regular_file(target, ec)) {
        if (revision) {
            return usage(console, "vouch export-pdf: --revision applies to a library assessment "
                                  "ID, not to a package file (it holds one revision)");
        }
        const auto judged = readPackageToJudge(target, *parsed, console);
        if (!judged) {
            return kBadInput;
        }
        if (auto written = services::exportPdf(judged->package, std::nullopt, out, judged->trust(),
                                               paper, existingOutput(*parsed));
            !written) {
            return fail(written.error(), console);
        }
    } else {
        auto workspace = openWorkspace(*parsed, services::OpenIntent::MustExist, console);
        if (!workspace) {
            return kBadInput;
        }
        auto written =
            services::exportAssessmentPdf(workspace->library(), target, out, paper,
                                          workspace->actor(), existingOutput(*parsed), revision);
        if (!written) {
            return fail(written.error(), console);
        }
        console.out << out.string() << '\n';
        console.err << out.string() << ": " << written->describe() << '\n';
        return kSuccess;
    }
    console.out << out.string() << '\n';
    return kSuccess;
}

} // namespace vouch::cli
