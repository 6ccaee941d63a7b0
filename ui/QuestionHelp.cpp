// SPDX-License-Identifier: Apache-2.0
#include "ui/QuestionHelp.h"

#include "model/TextChecks.h"

#include <QCoreApplication>
#include <QTextBrowser>

namespace vouch::ui {
namespace {

// The translation context of the free functions below: lupdate files their strings
// under vouch::ui::QuestionHelp, the name this class gives QCoreApplication::translate().
struct QuestionHelp
{
    Q_DECLARE_TR_FUNCTIONS(vouch::ui::QuestionHelp)
};

} // namespace

QString fromUtf8(const std::string& text)
{
    return QString::fromStdString(text);
}

QString plainTextWarning(const QString& text)
{
    const auto utf8 = text.toStdString();
    if (model::findControlCharacter(utf8)) {
        return QCoreApplication::translate(
            "vouch::ui::PlainText",
            "Contains a control character. Texts in Vouch are plain text, so this cannot be "
            "saved.");
    }
    if (const auto markup = model::findMarkup(utf8)) {
        // Said as what it is and why it matters, with the typed word in other brackets
        // as a way out ("<patient>" -> "[patient]").
        QString tag = fromUtf8(*markup);
        QString instead = tag;
        instead.replace(QLatin1Char('<'), QLatin1Char('['))
            .replace(QLatin1Char('>'), QLatin1Char(']'));
        return QCoreApplication::translate(
                   "vouch::ui::PlainText",
                   "\"%1\" looks like an HTML tag. Vouch keeps texts free of tags because they "
                   "go into PDFs and packages that other programs read; write it without angle "
                   "brackets, e.g. %2.")
            .arg(tag, instead);
    }
    return {};
}

QString escaped(const std::string& text)
{
    return fromUtf8(text).toHtmlEscaped();
}

QString questionTypeLabel(model::QuestionType type)
{
    switch (type) {
    case model::QuestionType::Single:
        return QuestionHelp::tr("Choose one");
    case model::QuestionType::Multiple:
        return QuestionHelp::tr("Choose any");
    case model::QuestionType::YesNoUnknown:
        return QuestionHelp::tr("Yes / No / Unknown");
    case model::QuestionType::Text:
        return QuestionHelp::tr("Text");
    case model::QuestionType::Date:
        return QuestionHelp::tr("Date");
    case model::QuestionType::Matrix:
        return QuestionHelp::tr("Responsibility matrix");
    }
    return {};
}

QString sourceHtml(const model::Source& source)
{
    QString confidence;
    switch (source.confidence) {
    case model::Confidence::High:
        confidence = QuestionHelp::tr("high", "confidence");
        break;
    case model::Confidence::Medium:
        confidence = QuestionHelp::tr("medium", "confidence");
        break;
    case model::Confidence::Low:
        confidence = QuestionHelp::tr("low", "confidence");
        break;
    }
    const QString title = escaped(source.title);
    const QString linked =
        source.url.empty()
            ? title
            : QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(source.url), title);
    const QString dated =
        QuestionHelp::tr("as of %1, confidence %2").arg(escaped(source.asOf), confidence);
    return QStringLiteral("%1 — %2").arg(linked, dated);
}

void makeOneTabStop(QTextBrowser& browser)
{
    Qt::TextInteractionFlags flags = Qt::TextBrowserInteraction;
    flags.setFlag(Qt::LinksAccessibleByKeyboard, false);
    browser.setTextInteractionFlags(flags);
}

QString questionHelpHtml(const model::Questionnaire& questionnaire, const model::Question& question)
{
    QString html = QStringLiteral("<h4>%1</h4><p>%2</p>")
                       .arg(QuestionHelp::tr("Why this matters"), escaped(question.help.why));
    bool optionHelp = false;
    for (const auto& option : question.options) {
        optionHelp = optionHelp || !option.help.empty();
    }
    if (optionHelp) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(QuestionHelp::tr("Options"));
        for (const auto& option : question.options) {
            html += QStringLiteral("<li><b>%1</b>%2</li>")
                        .arg(escaped(option.label),
                             option.help.empty() ? QString()
                                                 : QStringLiteral(" — ") + escaped(option.help));
        }
        html += QStringLiteral("</ul>");
    }
    if (!question.help.sources.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(QuestionHelp::tr("Sources"));
        for (const auto& sourceId : question.help.sources) {
            if (const auto* source = questionnaire.source(sourceId)) {
                html += QStringLiteral("<li>%1</li>").arg(sourceHtml(*source));
            }
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace vouch::ui
