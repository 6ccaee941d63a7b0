// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Questionnaire.h"

#include <QString>

class QTextBrowser;

namespace vouch::ui {

// UTF-8 from the engine to Qt, and the same escaped for rich text: user and
// questionnaire text is always shown literally, never as markup.
[[nodiscard]] QString fromUtf8(const std::string& text);
[[nodiscard]] QString escaped(const std::string& text);

// Why typed text cannot be saved, shown at the field as it is typed: texts are plain
// text (model::plainTextProblem), and the engine refuses a save that holds markup or a
// control character. Empty when the text is fine.
[[nodiscard]] QString plainTextWarning(const QString& text);

[[nodiscard]] QString questionTypeLabel(model::QuestionType type);

// "Why this matters", the options' own help and the sources the question cites, each
// with its as-of date and confidence, as rich text with every questionnaire text
// escaped.
[[nodiscard]] QString questionHelpHtml(const model::Questionnaire& questionnaire,
                                       const model::Question& question);

// One source as "title (publisher), as of DATE, confidence C", linked when it has an
// address.
[[nodiscard]] QString sourceHtml(const model::Source& source);

// A help or finding panel is one tab stop: Tab moves on to the next control instead of
// stopping on every source link in it (links still open with the mouse; each source is
// named with its date in the text).
void makeOneTabStop(QTextBrowser& browser);

} // namespace vouch::ui
