// SPDX-License-Identifier: Apache-2.0
// The module's one exported symbol (everything else in it is hidden): the program
// finds it with dlsym (PdfSignLoader.cpp).
#include "pdfsign/PdfSignModule.h"

extern "C" __attribute__((visibility("default"))) const vouch::pdfsign::PdfSignModule*
vouch_pdfsign_module()
{
    static const vouch::pdfsign::PdfSignModule module{VOUCH_VERSION, &vouch::pdfsign::signPdf,
                                                      &vouch::pdfsign::verifyPdfSignatures};
    return &module;
}
