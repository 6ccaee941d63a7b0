// SPDX-License-Identifier: Apache-2.0
// Shared by the GUI tests.
#pragma once

#include "services/Workspace.h"

#include <QApplication>
#include <QColor>
#include <QLatin1Char>
#include <QPalette>
#include <QString>
#include <QWidget>

#include <filesystem>

namespace vouch::test {

// The workspace the window is given: the library at `path` (created if missing), or,
// when it cannot be opened, none and the reason, as at start-up.
inline services::Workspace workspaceAt(const std::filesystem::path& path)
{
    services::Workspace workspace;
    static_cast<void>(workspace.open(path, services::OpenIntent::CreateIfMissing));
    return workspace;
}

// For people, not assertions: with VOUCH_SCREENSHOT_DIR set, GUI tests save what the
// user would see (scripts/screenshots.sh collects them).
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("VOUCH_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

// With VOUCH_SCREENSHOT_DARK=1 the screenshots show a dark palette (Fusion style), to
// check that text and badges stay readable; Qt 6.4 has no dark mode switch of its own.
inline void useDarkPaletteIfAsked()
{
    if (qEnvironmentVariable("VOUCH_SCREENSHOT_DARK") != QStringLiteral("1")) {
        return;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(55, 55, 60));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    QApplication::setPalette(dark);
}

} // namespace vouch::test
