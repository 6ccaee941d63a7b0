// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Questionnaire.h"
#include "ui/Translations.h"

#include <QMainWindow>

#include <filesystem>
#include <memory>
#include <optional>

class QLabel;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace vouch::ui {

// A window to read a questionnaire: its sections and questions, the help behind each
// question, and the sources it cites with their dates.
class QuestionnaireBrowser final : public QMainWindow
{
    Q_OBJECT

public:
    // Opens with the shipped questionnaire, if there is one.
    explicit QuestionnaireBrowser(QWidget* parent = nullptr);
    ~QuestionnaireBrowser() override;
    Q_DISABLE_COPY_MOVE(QuestionnaireBrowser)

    // Loads and shows a questionnaire; on failure shows the errors and keeps what was
    // shown before. Returns whether it loaded.
    bool openQuestionnaire(const QString& path);

private:
    void createActions();
    void showOutline();
    void showQuestion(const QTreeWidgetItem* item);
    void showErrors(const QString& path, const QStringList& errors);
    void chooseQuestionnaire();

    QTreeWidget* m_outline = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_status = nullptr;
    std::optional<model::Questionnaire> m_questionnaire;
};

// The questionnaire shipped with Vouch: next to the installed binary, or in the source
// tree for a development build. Empty when neither exists. In `language` (a language
// code or BCP 47 tag: "de", "de-DE") when a translation is shipped
// ("azure-openai.de.json"), else the original: by default the window's language, so a
// German window starts German assessments. A translation is the same questionnaire
// (same id, version, ids and rules; docs/questionnaire-format.md).
[[nodiscard]] QString shippedQuestionnairePath(const QString& language = installedLanguage());

} // namespace vouch::ui
