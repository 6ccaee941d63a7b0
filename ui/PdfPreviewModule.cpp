// SPDX-License-Identifier: Apache-2.0
// The library's entry point, found by name (PdfPreviewLoader.cpp).
#include "ui/PdfPreviewModule.h"

extern "C" __attribute__((visibility("default"))) vouch::ui::PdfPreviewDialog*
vouch_create_pdf_preview(const vouch::ui::PdfPreviewDialog::Saver& render,
                         vouch::ui::PdfPreviewDialog::Saver save, const QString& suggestedPath,
                         vouch::ui::PdfPreviewPrompts prompts, QWidget* parent)
{
    return new vouch::ui::PdfPreviewDialog(render, std::move(save), suggestedPath,
                                           std::move(prompts), parent);
}
