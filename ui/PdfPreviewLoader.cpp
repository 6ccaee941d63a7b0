// SPDX-License-Identifier: Apache-2.0
#include "model/ProgramModule.h"
#include "ui/PdfPreviewModule.h"

#include <dlfcn.h>

namespace vouch::ui {
namespace {

struct Loaded
{
    PdfPreviewFactory factory = nullptr;
    QString error;
};

// Not QLibrary: it would search QtCore's RUNPATH; the library is in the program's
// (model/ProgramModule.h), where the build and the install put it.
Loaded load()
{
    // Never closed: its dialogs may outlive any one call.
    std::string why;
    void* handle = model::openProgramModule(kPdfPreviewLibrary, why);
    if (handle == nullptr) {
        return {nullptr,
                QObject::tr("The PDF preview cannot be shown: %1 could not be loaded "
                            "(%2). Reinstall Vouch.")
                    .arg(QString::fromUtf8(kPdfPreviewLibrary), QString::fromStdString(why))};
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
