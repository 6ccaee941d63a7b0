// SPDX-License-Identifier: Apache-2.0
#include "cli/Cli.h"

#include "cli/DraftCommand.h"
#include "cli/EvaluateCommand.h"
#include "cli/LibraryCommands.h"
#include "cli/LintCommand.h"
#include "cli/SigningCommands.h"

#include <exception>
#include <ostream>

namespace vouch::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: vouch                                   open the window\n"
    "       vouch questionnaire lint FILE           validate a questionnaire\n"
    "       vouch evaluate --questionnaire Q --answers A   print the evaluation JSON\n"
    "       vouch draft new --questionnaire Q --answers A [--title T --workload W\n"
    "                       --organisation O --business-owner B --assessor A --review-due D]\n"
    "       vouch draft update ID --answers A | vouch draft delete ID\n"
    "       vouch draft migrate ID --questionnaire Q [--base N]\n"
    "       vouch draft attach ID FILE --question Q [--item I]\n"
    "       vouch list [--json] [--text T --tier T --verdict V --status S --signer N\n"
    "                  --overdue] [--sort COLUMN --asc --limit N --offset N]\n"
    "       vouch show ID [--revision N] | vouch history ID [--json]\n"
    "       vouch audit --verify | vouch library init\n"
    "       vouch keygen --name N --role R --email E --out KEY [--passphrase-file F]\n"
    "       vouch identity attach-certificate --identity KEY --pkcs12 ORG.p12\n"
    "                       [--passphrase-file F] [--pkcs12-passphrase-file F]\n"
    "       vouch sign --key KEY --role assessor|approver [--passphrase-file F] PACKAGE|ID\n"
    "                       [--tsa URL]   (an RFC 3161 time-stamping authority)\n"
    "       vouch verify PACKAGE [--allow-untrusted]\n"
    "       vouch sign-pdf PDF --identity FILE.p12 --role assessor|approver --out FILE\n"
    "                       [--tsa URL]\n"
    "       vouch export ID --out FILE [--revision N] [--force]\n"
    "       vouch import FILE|PDF [--as-received-copy]\n"
    "       vouch export-pdf PACKAGE|ID --out FILE [--revision N] [--force] [--paper a4|letter]\n"
    "       vouch trust add PUBKEY | remove KEYID | list\n"
    "       (library verbs take --db PATH, postgresql://... or service=NAME;\n"
    "        default: the app-data folder)\n"
    "       vouch --version | --help\n";

int dispatch(std::span<const std::string> args, Console console, std::string_view version)
{
    const auto& verb = args.front();
    const auto rest = args.subspan(1);
    if (verb == "--version" || verb == "version") {
        console.out << "vouch " << version << '\n';
        return kSuccess;
    }
    if (verb == "--help" || verb == "help" || verb == "-h") {
        console.out << kUsage;
        return kSuccess;
    }
    if (verb == "questionnaire" && !rest.empty() && rest.front() == "lint") {
        return runLint(rest.subspan(1), console);
    }
    if (verb == "evaluate") {
        return runEvaluate(rest, console);
    }
    if (verb == "draft") {
        return runDraft(rest, console);
    }
    if (verb == "list") {
        return runList(rest, console);
    }
    if (verb == "show") {
        return runShow(rest, console);
    }
    if (verb == "history") {
        return runHistory(rest, console);
    }
    if (verb == "library") {
        return runLibrary(rest, console);
    }
    if (verb == "audit") {
        return runAudit(rest, console);
    }
    if (verb == "keygen") {
        return runKeygen(rest, console);
    }
    if (verb == "identity") {
        return runIdentity(rest, console);
    }
    if (verb == "sign") {
        return runSign(rest, console);
    }
    if (verb == "verify") {
        return runVerify(rest, console);
    }
    if (verb == "sign-pdf") {
        return runSignPdf(rest, console);
    }
    if (verb == "export") {
        return runExport(rest, console);
    }
    if (verb == "import") {
        return runImport(rest, console);
    }
    if (verb == "export-pdf") {
        return runExportPdf(rest, console);
    }
    if (verb == "trust") {
        return runTrust(rest, console);
    }
    console.err << "vouch: unknown command '" << verb << "' (see vouch --help)\n";
    return kBadInput;
}

} // namespace

bool needsGuiApplication(std::span<const std::string> args)
{
    // Drawing a PDF needs fonts, hence a QGuiApplication (on the offscreen platform).
    // `sign` draws the sign-off of a library assessment it PDF-signs.
    return !args.empty() && (args.front() == "export-pdf" || args.front() == "sign");
}

bool isCliInvocation(std::span<const std::string> args)
{
    // Qt's own single-dash options (-platform, -style, ...), a package to open and
    // `--db LOCATION` (the window on that library) go to the window; everything else is
    // a verb.
    if (args.empty() || args.front().ends_with(".vouch") || args.front() == "--db" ||
        args.front().starts_with("--db=")) {
        return false;
    }
    return !args.front().starts_with('-') || args.front().starts_with("--");
}

int runCli(std::span<const std::string> args, Console console, std::string_view version)
{
    try {
        return dispatch(args, console, version);
    } catch (const std::exception& exception) {
        // Library exceptions (nlohmann, std::filesystem) must not escape as a crash.
        console.err << "vouch: internal error: " << exception.what() << '\n';
        return kBadInput;
    }
}

} // namespace vouch::cli
