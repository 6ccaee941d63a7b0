// SPDX-License-Identifier: Apache-2.0
// The one vouch binary: a verb runs headless (no display needed), otherwise the window.
#include "cli/Cli.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <iostream>
#include <string>
#include <vector>

namespace {

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Vouch"));
    QApplication::setOrganizationName(QStringLiteral("Vouch"));
    QApplication::setApplicationVersion(QStringLiteral(VOUCH_VERSION));
    vouch::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (vouch::cli::isCliInvocation(args)) {
        // A core application gives verbs Qt's non-GUI services without a display.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Vouch"));
        return vouch::cli::runCli(args, {std::cout, std::cerr}, VOUCH_VERSION);
    }
    return runWindow(argc, argv);
}
