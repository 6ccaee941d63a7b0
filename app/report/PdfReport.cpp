// SPDX-License-Identifier: Apache-2.0
#include "report/PdfReport.h"

#include "report/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

namespace vouch::report {
namespace {

// Layout in points (the writer runs at 72 dpi): room above and below the text for the
// header and footer every page carries.
constexpr qreal kSideMargin = 48;
constexpr qreal kTopMargin = 62;
constexpr qreal kBottomMargin = 62;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString footerText(const ReportInput& input, int page, int pages)
{
    const QString revision =
        input.revision ? QObject::tr("revision %1").arg(*input.revision) : QObject::tr("package");
    return QObject::tr("Assessment %1 | %2 | payload SHA-256 %3… | page %4 of %5")
        .arg(text(input.payload.assessmentId), revision, text(input.payloadSha256.substr(0, 16)))
        .arg(page)
        .arg(pages);
}

void drawWatermark(QPainter& painter, const QSizeF& page)
{
    painter.save();
    painter.translate(page.width() / 2, page.height() / 2);
    painter.rotate(-45);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(54);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(0xd0, 0xd0, 0xd0));
    const QRectF box(-page.width(), -40, 2 * page.width(), 80);
    painter.drawText(box, Qt::AlignCenter, QObject::tr("UNSIGNED DRAFT"));
    painter.restore();
}

void drawHeaderAndFooter(QPainter& painter, const QSizeF& page, const ReportInput& input,
                         int number, int pages)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7);
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal width = page.width() - 2 * kSideMargin;
    const QFontMetricsF metrics(font, painter.device());
    // Drafts say so in the header too, where text extraction and screen readers find
    // it (the diagonal watermark is for the eye).
    const QString draft = input.signatures.empty() ? QObject::tr("UNSIGNED DRAFT") : QString();
    const qreal draftWidth = draft.isEmpty() ? 0 : metrics.horizontalAdvance(draft) + 12;
    painter.drawText(
        QRectF(kSideMargin, 26, width - draftWidth, 14), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(text(input.payload.meta.title), Qt::ElideRight, width - draftWidth));
    if (!draft.isEmpty()) {
        painter.save();
        painter.setPen(QColor(0xb7, 0x1c, 0x1c));
        painter.drawText(QRectF(kSideMargin, 26, width, 14), Qt::AlignRight | Qt::AlignVCenter,
                         draft);
        painter.restore();
    }
    painter.drawLine(QPointF(kSideMargin, 42), QPointF(page.width() - kSideMargin, 42));
    painter.drawLine(QPointF(kSideMargin, page.height() - 44),
                     QPointF(page.width() - kSideMargin, page.height() - 44));
    painter.drawText(QRectF(kSideMargin, page.height() - 40, width, 14),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(footerText(input, number, pages), Qt::ElideMiddle, width));
}

} // namespace

Result<void> writePdfReport(const ReportInput& input, const std::filesystem::path& path)
{
    // A temporary file beside `path`, renamed into place once the PDF is whole: an
    // interrupted export leaves the previous file (or none), never a part of a PDF.
    QSaveFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{path.string() + ": cannot write the PDF (" + file.errorString().toStdString() +
                     ")"};
    }
    QPdfWriter writer(&file);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(input.paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(text(input.payload.meta.title));
    writer.setCreator(QStringLiteral("Vouch"));
    writer.setDocumentXmpMetadata(QByteArray::fromStdString(input.xmpMetadata));

    QPainter painter;
    if (!painter.begin(&writer)) {
        return Error{path.string() + ": cannot write the PDF"};
    }
    const QSizeF page = writer.pageLayout().fullRectPoints().size();
    QTextDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    // No ligatures: text copied or extracted from the PDF must read "fi", not "ﬁ".
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    // Long unbroken tokens (hashes, pasted text) wrap anywhere rather than run off the page.
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
    document.setDocumentMargin(0);
    // Build first, lay out once: laying out while a 200-row table grows is quadratic.
    document.setUndoRedoEnabled(false);
    ReportDocument(input, document).build();
    document.documentLayout()->setPaintDevice(&writer);
    const QSizeF body(page.width() - 2 * kSideMargin, page.height() - kTopMargin - kBottomMargin);
    document.setPageSize(body);

    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0) {
            writer.newPage();
        }
        if (input.signatures.empty()) {
            drawWatermark(painter, page);
        }
        painter.save();
        painter.translate(kSideMargin, kTopMargin - index * body.height());
        const QRectF slice(0, index * body.height(), body.width(), body.height());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        drawHeaderAndFooter(painter, page, input, index + 1, pages);
    }
    if (!painter.end()) {
        file.cancelWriting();
        return Error{path.string() + ": writing the PDF failed"};
    }
    if (!file.commit()) {
        return Error{path.string() + ": cannot write the PDF (" + file.errorString().toStdString() +
                     ")"};
    }
    return {};
}

} // namespace vouch::report
