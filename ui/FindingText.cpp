// SPDX-License-Identifier: Apache-2.0
#include "ui/FindingText.h"

#include "ui/Presentation.h"
#include "ui/QuestionHelp.h"

#include <QCoreApplication>
#include <QStringList>

namespace vouch::ui {
namespace {

// The translation context of the functions below (see ui/QuestionHelp.cpp).
struct FindingText
{
    Q_DECLARE_TR_FUNCTIONS(vouch::ui::FindingText)
};

QString answerLabel(const services::ExplainedAnswer& answer, std::size_t index)
{
    const auto& label = answer.labels[index];
    if (!answer.item.empty()) {
        const auto status = model::matrixStatusFromString(label);
        return status ? matrixStatusLabel(*status) : fromUtf8(label);
    }
    if (answer.type == model::QuestionType::YesNoUnknown) {
        if (label == "yes") {
            return FindingText::tr("Yes");
        }
        if (label == "no") {
            return FindingText::tr("No");
        }
        if (label == "unknown") {
            return FindingText::tr("Unknown");
        }
    }
    return fromUtf8(label);
}

// The question (or matrix item) and what was answered, both escaped for rich text.
QString answerHtml(const services::ExplainedAnswer& answer)
{
    QStringList labels;
    for (std::size_t i = 0; i < answer.labels.size(); ++i) {
        labels << answerLabel(answer, i);
    }
    const QString what =
        answer.item.empty() ? fromUtf8(answer.question) : fromUtf8(answer.itemTitle);
    const QString shown =
        labels.isEmpty() ? FindingText::tr("(not answered)") : labels.join(QStringLiteral("; "));
    return QStringLiteral("%1 — <i>%2</i>").arg(what.toHtmlEscaped(), shown.toHtmlEscaped());
}

QString sourceLine(const model::Source& source)
{
    QString line = fromUtf8(source.title);
    if (!source.publisher.empty()) {
        line += QStringLiteral(" (%1)").arg(fromUtf8(source.publisher));
    }
    if (!source.asOf.empty()) {
        line += QStringLiteral(", ") + FindingText::tr("as of %1").arg(fromUtf8(source.asOf));
    }
    return line;
}

} // namespace

QString findingHtml(const services::FindingExplanation& finding)
{
    const auto section = [](const QString& heading, const QString& body) {
        return QStringLiteral("<p><b>%1</b> %2</p>").arg(heading.toHtmlEscaped(), body);
    };
    QString html =
        QStringLiteral("<p><b>%1</b> — %2</p>")
            .arg(severityLabel(finding.severity).toHtmlEscaped(), escaped(finding.title));
    html += section(FindingText::tr("Why:"), escaped(finding.rationale));
    html += section(FindingText::tr("What to do:"), escaped(finding.recommendation));
    if (!finding.because.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(FindingText::tr("Raised by these answers:").toHtmlEscaped());
        for (const auto& answer : finding.because) {
            html += QStringLiteral("<li>%1</li>").arg(answerHtml(answer));
        }
        html += QStringLiteral("</ul>");
    }
    if (!finding.sources.empty()) {
        html +=
            QStringLiteral("<p><b>%1</b></p><ul>").arg(FindingText::tr("Sources:").toHtmlEscaped());
        for (const auto& source : finding.sources) {
            QString line = sourceLine(source).toHtmlEscaped();
            if (!source.url.empty()) {
                line = QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(source.url), line);
            }
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace vouch::ui
