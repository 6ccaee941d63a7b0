// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace vouch::ui {

// The language the window speaks. The setting "ui/language" (appSettings()) holds a
// choice: "system" (the default: the first of the system's UI languages that Vouch
// has, else English) or a language code from availableLanguages(). The command line
// never installs a translator: verbs, their errors and the engine's messages stay
// English.

inline constexpr const char* kSystemLanguage = "system";

// The language codes Vouch ships translations for, English first ("en", "de").
[[nodiscard]] QStringList availableLanguages();

// A language's name in that language ("English", "Deutsch"), for a language choice;
// for "system", "System language" in the current UI language.
[[nodiscard]] QString languageName(const QString& code);

// The language a choice stands for: a shipped code as it is; "system", an empty or an
// unknown choice by the first of `uiLanguages` (as QLocale::uiLanguages() spells them:
// "de-DE", "de", "en-US") whose language Vouch has; English when none matches.
[[nodiscard]] QString resolveLanguage(const QString& choice, const QStringList& uiLanguages);

// Installs the translators for Vouch's own strings (":/i18n/vouch_<code>.qm") and for
// Qt's (qtbase_<code>.qm from QLibraryInfo's translations folder, when present) on
// `app`, replacing those installed by an earlier call; returns the code used. Call it
// before the first window is created: widgets built earlier keep their language, so a
// changed choice applies after a restart.
QString installTranslations(QCoreApplication& app, const QString& choice);

// The language installTranslations() installed last ("en" before the first call).
[[nodiscard]] QString installedLanguage();

// The "ui/language" choice stored in the app settings ("system" when unset).
[[nodiscard]] QString languageChoice();

} // namespace vouch::ui
