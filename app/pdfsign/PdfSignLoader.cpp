// SPDX-License-Identifier: Apache-2.0
// signPdf and verifyPdfSignatures as the program sees them: the first call loads the
// module that holds them (PdfSignModule.h) and every call forwards to it. dlopen
// rather than QLibrary: this folder is Qt-free; the module is looked for in the
// program's RUNPATH (model/ProgramModule.h), where the build and the install put it.
#include "model/ProgramModule.h"
#include "pdfsign/PdfSignModule.h"

#include <dlfcn.h>
#include <string>

namespace vouch::pdfsign {
namespace {

Result<const PdfSignModule*> load()
{
    // Never closed: signatures made through it may be verified again later in the run.
    std::string why;
    void* handle = model::openProgramModule(kPdfSignModuleFile, why);
    if (handle == nullptr) {
        return Error{std::string("PDF signatures: cannot load Vouch's module ") +
                     kPdfSignModuleFile + " (" + why + "); reinstall Vouch"};
    }
    auto entry = reinterpret_cast<VouchPdfSignModuleEntry>(dlsym(handle, kPdfSignModuleEntry));
    const PdfSignModule* module = entry != nullptr ? entry() : nullptr;
    if (module == nullptr) {
        return Error{std::string("PDF signatures: ") + kPdfSignModuleFile + " has no " +
                     kPdfSignModuleEntry + "; reinstall Vouch"};
    }
    if (std::string(module->version) != VOUCH_VERSION) {
        return Error{std::string("PDF signatures: ") + kPdfSignModuleFile + " is from Vouch " +
                     module->version + ", this is Vouch " + VOUCH_VERSION + "; reinstall Vouch"};
    }
    return module;
}

const Result<const PdfSignModule*>& loaded()
{
    static const Result<const PdfSignModule*> module = load();
    return module;
}

} // namespace

Result<std::string> signPdf(std::string_view pdf, const PdfSigningIdentity& identity,
                            const SignatureAppearance& appearance, const Timestamper* tsa)
{
    const auto& module = loaded();
    if (!module) {
        return module.error();
    }
    return (*module)->sign(pdf, identity, appearance, tsa);
}

PdfSignaturesReport verifyPdfSignatures(std::string_view pdf,
                                        const std::vector<std::string>& trustedPem)
{
    const auto& module = loaded();
    if (module) {
        return (*module)->verify(pdf, trustedPem);
    }
    // Without the module nothing can be checked: a file that has signatures is reported
    // with one that is invalid, never as a PDF without signatures.
    PdfSignaturesReport report;
    if (pdf.find("/ByteRange") != std::string_view::npos) {
        PdfSignatureCheck check;
        check.number = 1;
        check.problems.push_back(module.error().message);
        report.signatures.push_back(std::move(check));
        report.problems.push_back(module.error().message);
    }
    return report;
}

} // namespace vouch::pdfsign
