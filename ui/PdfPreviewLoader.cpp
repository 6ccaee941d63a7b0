// SPDX-License-Identifier: Apache-2.0
#include "ui/PdfPreviewModule.h"

#include <dlfcn.h>

namespace vouch::ui {
namespace {

struct Loaded
{
    PdfPreviewFactory factory = nullptr;
    QString error;
};

// dlopen, not QLibrary: a library name without a path is searched in the RUNPATH of
// the object that calls dlopen, which must be the program (where the build and the
// install put the library's folder), not QtCore.
Loaded load()
{
    // Never closed: its dialogs may outlive any one call.
    void* handle = dlopen(kPdfPreviewLibrary, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* why = dlerror();
        return {nullptr, QObject::tr("The PDF preview cannot be shown: %1 could not be loaded "
                                     "(%2). Reinstall Vouch.")
                             .arg(QString::fromUtf8(kPdfPreviewLibrary),
                                  QString::fromUtf8(why != nullptr ? why : "not found"))};
    }
    auto factory = reinterpret_cast<PdfPreviewFactory>(dlsym(handle, kPdfPreviewEntry));
    if (factory == nullptr) {
        return {
            nullptr,
            QObject::tr("The PDF preview cannot be shown: %1 has no %2. Reinstall Vouch.")
                .arg(QString::fromUtf8(kPdfPreviewLibrary), QString::fromUtf8(kPdfPreviewEntry))};
    }
    return {factory, {}};
}

} // namespace

PdfPreviewFactory pdfPreviewFactory(QString& error)
{
    static const Loaded loaded = load();
    error = loaded.error;
    return loaded.factory;
}

} // namespace vouch::ui
