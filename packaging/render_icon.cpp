// SPDX-License-Identifier: Apache-2.0
// Build tool, not installed: renders the scalable icon to one PNG per size, so the
// hicolor theme has bitmaps for the sizes desktops ask for (16 ... 256).
// Usage: vouch_render_icon ICON.svg OUT_DIR SIZE... -> OUT_DIR/<SIZE>.png
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fputs("usage: vouch_render_icon ICON.svg OUT_DIR SIZE...\n", stderr);
        return 2;
    }
    // Drawing an SVG (no text) into a QImage needs no QGuiApplication and no display.
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QDir outDir(QString::fromLocal8Bit(argv[2]));
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "vouch_render_icon: %s: not a valid SVG\n", argv[1]);
        return 1;
    }
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "vouch_render_icon: bad size '%s'\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter);
        }
        const QString out = outDir.filePath(QString::number(size) + QStringLiteral(".png"));
        if (!image.save(out, "PNG")) {
            std::fprintf(stderr, "vouch_render_icon: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
