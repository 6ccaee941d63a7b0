// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pdfsign/PdfSigner.h"
#include "pdfsign/PdfVerifier.h"

// PDF signing and verifying need PoDoFo, and loading and relocating PoDoFo (and the
// image libraries it pulls in) was about a quarter of the instructions of every start
// of Vouch, window or command line, whether or not it touched a PDF signature. So the
// PoDoFo half of this folder is a module, libvouch_pdfsign.so, that the program loads
// the first time it signs or verifies a PDF (PdfSignLoader.cpp); signPdf and
// verifyPdfSignatures keep their declarations, and callers do not know.
namespace vouch::pdfsign {

// What the module hands the program: its version, to refuse a module of another build,
// and its two entry points.
struct PdfSignModule
{
    const char* version;
    decltype(&signPdf) sign;
    decltype(&verifyPdfSignatures) verify;
};

inline constexpr const char* kPdfSignModuleFile = "libvouch_pdfsign.so";
inline constexpr const char* kPdfSignModuleEntry = "vouch_pdfsign_module";

} // namespace vouch::pdfsign

extern "C" {
using VouchPdfSignModuleEntry = const vouch::pdfsign::PdfSignModule* (*)();
}
