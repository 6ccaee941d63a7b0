// SPDX-License-Identifier: Apache-2.0
// Shared by the GUI tests.
#pragma once

#include <QLatin1Char>
#include <QString>
#include <QWidget>

namespace vouch::test {

// For people, not assertions: with VOUCH_SCREENSHOT_DIR set, GUI tests save what the
// user would see (scripts/screenshots.sh collects them).
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("VOUCH_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

} // namespace vouch::test
