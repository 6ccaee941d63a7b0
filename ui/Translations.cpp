// SPDX-License-Identifier: Apache-2.0
#include "ui/Translations.h"

#include "ui/UserPrompts.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

Q_LOGGING_CATEGORY(lcTranslations, "vouch.ui.translations")

namespace vouch::ui {
namespace {

struct Translations
{
    Q_DECLARE_TR_FUNCTIONS(vouch::ui::Translations)
};

const QString kEnglish = QStringLiteral("en");
// Object names of the translators installTranslations() owns, so a second call finds
// and replaces them.
const QString kVouchTranslator = QStringLiteral("vouchTranslator");
const QString kQtTranslator = QStringLiteral("qtTranslator");

QString& installed()
{
    static QString language = kEnglish;
    return language;
}

void removeTranslator(QCoreApplication& app, const QString& name)
{
    if (auto* old = app.findChild<QTranslator*>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
}

// Qt's own catalogues are optional (Debian: qt6-translations-l10n); Vouch's are built in.
void install(QCoreApplication& app, const QString& name, const QString& file, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>(&app);
    translator->setObjectName(name);
    if (!translator->load(file, folder)) {
        if (name == kVouchTranslator) {
            qCWarning(lcTranslations) << "no translation" << file << "in" << folder;
        }
        return;
    }
    QCoreApplication::installTranslator(translator.release());
}

} // namespace

QStringList availableLanguages()
{
    return {kEnglish, QStringLiteral("de")};
}

QString languageName(const QString& code)
{
    if (code == QLatin1String(kSystemLanguage)) {
        return Translations::tr("System language");
    }
    if (code == kEnglish) {
        return QStringLiteral("English");
    }
    if (code == QStringLiteral("de")) {
        return QStringLiteral("Deutsch");
    }
    return QLocale(code).nativeLanguageName();
}

QString resolveLanguage(const QString& choice, const QStringList& uiLanguages)
{
    const QStringList available = availableLanguages();
    if (available.contains(choice)) {
        return choice;
    }
    for (const QString& uiLanguage : uiLanguages) {
        // "de-DE", "de_AT", "de": the language is what comes before the region.
        const QString language =
            uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(language)) {
            return language;
        }
    }
    return kEnglish;
}

QString installTranslations(QCoreApplication& app, const QString& choice)
{
    const QString language = resolveLanguage(choice, QLocale::system().uiLanguages());
    removeTranslator(app, kVouchTranslator);
    removeTranslator(app, kQtTranslator);
    // English has a catalogue too: it spells the plural forms ("1 finding").
    install(app, kVouchTranslator, QStringLiteral("vouch_") + language, QStringLiteral(":/i18n"));
    if (language != kEnglish) {
        install(app, kQtTranslator, QStringLiteral("qtbase_") + language,
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    installed() = language;
    return language;
}

QString installedLanguage()
{
    return installed();
}

QString languageChoice()
{
    return appSettings()
        ->value(QStringLiteral("ui/language"), QLatin1String(kSystemLanguage))
        .toString();
}

} // namespace vouch::ui
