// SPDX-License-Identifier: Apache-2.0
// The one vouch binary: a verb runs headless (no display needed), otherwise the window.
#include "cli/Cli.h"
#include "services/PackageReview.h"
#include "services/Preferences.h"
#include "services/SignerIdentities.h"
#include "services/Workspace.h"
#include "signing/MemoryProtection.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/UserPrompts.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

// Qt's platform plugins warn on stderr when XDG_RUNTIME_DIR is unset (as in CI and
// cron jobs); a verb's stderr is for its own one-line errors, so give Qt a private one.
void useQuietRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        return;
    }
    const QByteArray folder =
        QDir::tempPath().toUtf8() + "/vouch-runtime-" + QByteArray::number(::getuid());
    ::mkdir(folder.constData(), 0700);
    qputenv("XDG_RUNTIME_DIR", folder);
}

// For the start-up rows of bench/run: with VOUCH_QUIT_WHEN_SHOWN=1
// the window quits right after its first paint, library table included.
class QuitOnFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

void quitWhenShownIfAsked(QWidget& window)
{
    if (qEnvironmentVariable("VOUCH_QUIT_WHEN_SHOWN") == QStringLiteral("1")) {
        window.installEventFilter(new QuitOnFirstPaint(&window));
    }
}

// The library the window opens: `--db LOCATION` or `--db=LOCATION` (not remembered);
// nullopt for the one in Settings; an error when --db has no value.
vouch::Result<std::optional<std::filesystem::path>>
libraryOption(const std::vector<std::string>& args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string value;
        if (args[i] == "--db") {
            value = i + 1 < args.size() ? args[i + 1] : std::string();
        } else if (args[i].starts_with("--db=")) {
            value = args[i].substr(5);
        } else {
            continue;
        }
        if (value.empty()) {
            return vouch::Error{
                "option --db needs a value (a library file or a PostgreSQL location)"};
        }
        return std::optional<std::filesystem::path>(value);
    }
    return std::optional<std::filesystem::path>();
}

int runWindow(int argc, char** argv, const std::optional<std::filesystem::path>& library)
{
    useQuietRuntimeDirectory();
    QApplication app(argc, argv);
    // Only the application name, as for the verbs: both then find the library (and the
    // keys) in the same app-data folder. Settings name their file themselves.
    QApplication::setApplicationName(QStringLiteral("Vouch"));
    QApplication::setApplicationVersion(QStringLiteral(VOUCH_VERSION));
    // Matches the window to its menu entry and icon (packaging/org.vouch.Vouch.desktop).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.vouch.Vouch"));
    // Before the first widget: widgets take their texts when they are built.
    vouch::ui::installTranslations(app, vouch::ui::languageChoice());
    const auto loaded = vouch::services::loadPreferences(*vouch::ui::appSettings());
    // The author of what the window saves: the signer identity in use where there is one.
    vouch::services::Workspace workspace(
        loaded.preferences,
        vouch::services::authorOnThisMachine(vouch::services::defaultKeyFolder()));
    // A library that cannot be opened still opens the window, which says why.
    static_cast<void>(
        workspace.open(library ? *library : vouch::services::libraryPathFrom(loaded.preferences),
                       vouch::services::OpenIntent::CreateIfMissing));
    vouch::ui::MainWindow window(workspace);
    quitWhenShownIfAsked(window);
    window.show();
    // A settings value that could not be used fell back to its default; say which.
    if (!loaded.problems.empty()) {
        QString text;
        for (const auto& problem : loaded.problems) {
            text += QString::fromStdString(problem) + QLatin1Char('\n');
        }
        vouch::ui::prompts::inform(&window, QMessageBox::Warning, QStringLiteral("Vouch"),
                                   text.trimmed());
    }
    // A package given on the command line (or by a double-click) opens for review.
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i].endsWith(QStringLiteral(".vouch")) &&
            arguments[i - 1] != QStringLiteral("--db")) {
            window.openPackage(arguments[i]);
        }
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    // Before any passphrase is read or key decrypted, window or command line alike.
    static_cast<void>(vouch::signing::protectProcessMemory());
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (vouch::cli::isCliInvocation(args)) {
        if (vouch::cli::needsGuiApplication(args)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
            }
            useQuietRuntimeDirectory();
            QGuiApplication app(argc, argv);
            QGuiApplication::setApplicationName(QStringLiteral("Vouch"));
            return vouch::cli::runCli(args, {std::cout, std::cerr}, VOUCH_VERSION);
        }
        // A core application gives verbs Qt's non-GUI services without a display.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Vouch"));
        return vouch::cli::runCli(args, {std::cout, std::cerr}, VOUCH_VERSION);
    }
    const auto library = libraryOption(args);
    if (!library) {
        std::cerr << "vouch: " << library.error().message << '\n';
        return 2;
    }
    return runWindow(argc, argv, *library);
}
