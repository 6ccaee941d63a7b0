// SPDX-License-Identifier: Apache-2.0
#include "ui/PdfPreviewDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <algorithm>

namespace vouch::ui {

PdfPreviewDialog::PdfPreviewDialog(const Saver& render, Saver save, const QString& suggestedPath,
                                   PdfPreviewPrompts prompts, QWidget* parent)
    : QDialog(parent)
    , m_previewFolder(std::make_unique<QTemporaryDir>())
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_suggestedPath(suggestedPath)
    , m_save(std::move(save))
    , m_prompts(std::move(prompts))
{
    setObjectName(QStringLiteral("pdfPreviewDialog"));
    setWindowTitle(tr("PDF Sign-off Preview"));
    resize(860, 760);
    const QString previewFile = m_previewFolder->filePath(QStringLiteral("preview.pdf"));
    m_renderError =
        m_previewFolder->isValid()
            ? render(previewFile)
            : tr("No temporary folder for the preview: %1").arg(m_previewFolder->errorString());
    if (m_renderError.isEmpty()) {
        m_document->load(previewFile);
    }
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* saveButton = buttons->addButton(tr("&Save..."), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("savePdfButton"));
    saveButton->setDefault(true);
    auto* print = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printPdfButton"));
    connect(saveButton, &QPushButton::clicked, this, &PdfPreviewDialog::chooseAndSave);
    connect(print, &QPushButton::clicked, this, &PdfPreviewDialog::choosePrinterAndPrint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

PdfPreviewDialog::~PdfPreviewDialog() = default;

int PdfPreviewDialog::pageCount() const
{
    return m_document->pageCount();
}

QString PdfPreviewDialog::saveTo(const QString& path)
{
    const QString error = m_save(path);
    if (error.isEmpty()) {
        m_savedPath = path;
    }
    return error;
}

void PdfPreviewDialog::chooseAndSave()
{
    const QString path = m_prompts.saveFile(this, tr("Save PDF Sign-off"), m_suggestedPath,
                                            tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString error = saveTo(path); !error.isEmpty()) {
        m_prompts.inform(this, QMessageBox::Warning, tr("Save PDF Sign-off"), error);
        return;
    }
    accept();
}

namespace {
constexpr qreal kMaxPrintDpi = 300.0;
} // namespace

bool PdfPreviewDialog::printTo(QPrinter& printer)
{
    QPainter painter;
    if (m_document->pageCount() == 0 || !painter.begin(&printer)) {
        return false;
    }
    const int first = std::max(1, printer.fromPage()) - 1;
    const int last = printer.toPage() > 0 ? std::min(printer.toPage(), m_document->pageCount())
                                          : m_document->pageCount();
    for (int page = first; page < last; ++page) {
        if (page > first) {
            printer.newPage();
        }
        // Fitted to the printable area, rendered at the printer's resolution up to
        // kMaxPrintDpi: a page rendered at 1200 dpi (QPrinter::HighResolution) is a
        // 550 MB image that takes seconds and looks no sharper on paper than 300 dpi.
        const QRect area = painter.viewport();
        QSizeF size = m_document->pagePointSize(page);
        size.scale(area.size(), Qt::KeepAspectRatio);
        const qreal scale = std::min(1.0, kMaxPrintDpi / std::max(1, printer.resolution()));
        const QImage image = m_document->render(page, (size * scale).toSize());
        painter.drawImage(QRectF(QPointF(0, 0), size), image);
    }
    return painter.end();
}

void PdfPreviewDialog::choosePrinterAndPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setMinMax(1, m_document->pageCount());
    if (dialog.exec() == QDialog::Accepted && !printTo(printer)) {
        m_prompts.inform(this, QMessageBox::Warning, tr("Print"),
                         tr("The printer refused the job."));
    }
}

} // namespace vouch::ui
