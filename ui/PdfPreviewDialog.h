// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QMessageBox>

#include <functional>
#include <memory>

class QPdfDocument;
class QPdfView;
class QPrinter;
class QTemporaryDir;

namespace vouch::ui {

// The questions the preview asks, lent by the window: its own prompts (UserPrompts.h)
// live in the program, and tests answer them there.
struct PdfPreviewPrompts
{
    std::function<QString(QWidget* parent, const QString& title, const QString& suggested,
                          const QString& filter)>
        saveFile;
    std::function<void(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                       const QString& text)>
        inform;
};

// Shows a PDF sign-off before it is saved (QtPdf's viewer), with Save and Print. The
// caller renders the preview file and says how to save: saving writes the real export
// (audited, to the chosen place), not a copy of the preview.
//
// It lives in its own library, libvouch_pdfpreview.so, with QtPdf and QtPrintSupport,
// which the window loads the first time it shows a preview (PdfPreviewModule.h).
class PdfPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<QString(const QString& path)>; // returns the error, or empty

    // `render` writes the preview into a private temporary folder (removed with the
    // dialog); `save` writes the real export where the user chooses.
    PdfPreviewDialog(const Saver& render, Saver save, const QString& suggestedPath,
                     PdfPreviewPrompts prompts, QWidget* parent = nullptr);
    ~PdfPreviewDialog() override;
    Q_DISABLE_COPY_MOVE(PdfPreviewDialog)

    // Why the preview could not be rendered; empty when it was.
    [[nodiscard]] QString renderError() const { return m_renderError; }
    [[nodiscard]] int pageCount() const;
    // Prints every page to `printer` (set up by the print dialog, or by a test).
    bool printTo(QPrinter& printer);
    // Saves through the saver; returns the error, empty on success.
    QString saveTo(const QString& path);
    [[nodiscard]] QString savedPath() const { return m_savedPath; }

private:
    void chooseAndSave();
    void choosePrinterAndPrint();

    std::unique_ptr<QTemporaryDir> m_previewFolder;
    QString m_renderError;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QString m_suggestedPath;
    Saver m_save;
    PdfPreviewPrompts m_prompts;
    QString m_savedPath;
};

} // namespace vouch::ui
