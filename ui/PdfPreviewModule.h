// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/PdfPreviewDialog.h"

// The PDF preview needs QtPdf and QtPrintSupport, whose loading and relocation was about
// a quarter of the instructions of every start of Vouch (callgrind: 9.1M of 37.9M for
// `vouch --version`). So the preview dialog is a library of its own,
// libvouch_pdfpreview.so, that the window loads the first time it shows a preview.
namespace vouch::ui {

inline constexpr const char* kPdfPreviewLibrary = "libvouch_pdfpreview.so";
inline constexpr const char* kPdfPreviewEntry = "vouch_create_pdf_preview";

// Makes the dialog, as its constructor does; owned by `parent` (Qt), or the caller.
using PdfPreviewFactory = PdfPreviewDialog* (*)(const PdfPreviewDialog::Saver& render,
                                                PdfPreviewDialog::Saver save,
                                                const QString& suggestedPath,
                                                PdfPreviewPrompts prompts, QWidget* parent);

// The library's factory, loaded on the first call; nullptr with `error` set when the
// library cannot be loaded (an incomplete installation).
[[nodiscard]] PdfPreviewFactory pdfPreviewFactory(QString& error);

} // namespace vouch::ui
