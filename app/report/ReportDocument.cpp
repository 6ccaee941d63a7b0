// SPDX-License-Identifier: Apache-2.0
#include "report/ReportDocument.h"

#include <QColor>
#include <QDate>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace vouch::report {
namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString str(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? text(it->get<std::string>()) : QString();
}

QColor tierColour(const QString& tier)
{
    if (tier == QStringLiteral("high")) {
        return QColor(0xb7, 0x1c, 0x1c);
    }
    if (tier == QStringLiteral("medium")) {
        return QColor(0x8a, 0x53, 0x00);
    }
    if (tier == QStringLiteral("low")) {
        return QColor(0x1b, 0x5e, 0x20);
    }
    return QColor(0x45, 0x5a, 0x64);
}

QColor verdictColour(const QString& verdict)
{
    if (verdict == QStringLiteral("blocked")) {
        return QColor(0xb7, 0x1c, 0x1c);
    }
    if (verdict == QStringLiteral("conditional")) {
        return QColor(0x8a, 0x53, 0x00);
    }
    if (verdict == QStringLiteral("ready")) {
        return QColor(0x1b, 0x5e, 0x20);
    }
    return QColor(0x45, 0x5a, 0x64);
}

QString severityTitle(const std::string& severity)
{
    if (severity == "blocker") {
        return QObject::tr("Blockers");
    }
    if (severity == "conflict") {
        return QObject::tr("Conflicts");
    }
    if (severity == "watch_out") {
        return QObject::tr("Watch-outs");
    }
    return QObject::tr("For information");
}

QString statusText(const std::optional<model::MatrixStatus>& status)
{
    if (!status) {
        return QObject::tr("not assessed");
    }
    switch (*status) {
    case model::MatrixStatus::InPlace:
        return QObject::tr("in place");
    case model::MatrixStatus::Planned:
        return QObject::tr("planned");
    case model::MatrixStatus::Gap:
        return QObject::tr("gap");
    case model::MatrixStatus::NotApplicable:
        return QObject::tr("not applicable");
    }
    return {};
}

QTextCharFormat bold()
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat muted()
{
    QTextCharFormat format;
    format.setForeground(QColor(0x55, 0x55, 0x55));
    return format;
}

} // namespace

QString groupedHash(const std::string& hex, int groupsPerLine)
{
    QString grouped;
    for (std::size_t i = 0; i < hex.size(); i += 8) {
        const auto group = static_cast<int>(i / 8);
        if (i > 0) {
            grouped += (groupsPerLine > 0 && group % groupsPerLine == 0) ? QLatin1Char('\n')
                                                                         : QLatin1Char(' ');
        }
        grouped += text(hex.substr(i, 8));
    }
    return grouped;
}

QStringList ReportDocument::sectionTitles()
{
    return {QObject::tr("Executive summary"), QObject::tr("Findings"),
            QObject::tr("Required controls"), QObject::tr("Shared-responsibility matrix"),
            QObject::tr("Answers"),           QObject::tr("Sources"),
            QObject::tr("Sign-off"),          QObject::tr("About this report")};
}

ReportDocument::ReportDocument(const ReportInput& input, QTextDocument& document)
    : m_input(input)
    , m_evaluation(input.payload.evaluation)
    , m_document(document)
{}

void ReportDocument::build()
{
    QTextCursor cursor(&m_document);
    m_cursor = &cursor;
    titleBlock();
    executiveSummary();
    findings();
    actionPlan();
    requiredControls();
    responsibilityMatrix();
    answers();
    sources();
    signOff();
    disclaimer();
    m_cursor = nullptr;
}

void ReportDocument::heading(const QString& title, int level)
{
    QTextBlockFormat block;
    block.setTopMargin(level == 1 ? 16 : 10);
    block.setBottomMargin(4);
    block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setFontPointSize(level == 1 ? 14 : 11);
    format.setForeground(QColor(0x1a, 0x23, 0x7e));
    m_cursor->insertBlock(block, format);
    m_cursor->insertText(title, format);
}

void ReportDocument::paragraph(const QString& content, const QTextCharFormat& format)
{
    QTextBlockFormat block;
    block.setBottomMargin(3);
    QTextCharFormat base;
    base.merge(format);
    m_cursor->insertBlock(block, base);
    m_cursor->insertText(content, base);
}

QTextTable* ReportDocument::table(int rows, int columns, const QStringList& headers)
{
    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(0xbb, 0xbb, 0xbb));
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(headers.isEmpty() ? 0 : 1);
    const int headerRows = headers.isEmpty() ? 0 : 1;
    auto* created = m_cursor->insertTable(rows + headerRows, columns, format);
    QTextCharFormat header = bold();
    header.setBackground(QColor(0xe8, 0xea, 0xf6));
    for (int column = 0; column < headers.size(); ++column) {
        cell(created, 0, column, headers[column], header);
        auto cellFormat = created->cellAt(0, column).format();
        cellFormat.setBackground(QColor(0xe8, 0xea, 0xf6));
        created->cellAt(0, column).setFormat(cellFormat);
    }
    return created;
}

void ReportDocument::cell(QTextTable* target, int row, int column, const QString& content,
                          const QTextCharFormat& format)
{
    auto position = target->cellAt(row, column).firstCursorPosition();
    position.insertText(content, format);
}

void ReportDocument::userTextCell(QTextTable* target, int row, int column, const QString& content)
{
    constexpr qsizetype kLongText = 600;
    if (content.size() <= kLongText) {
        cell(target, row, column, content);
        return;
    }
    m_notes << content;
    cell(target, row, column,
         QObject::tr("(%1 characters: see note %2 below the table)")
             .arg(content.size())
             .arg(++m_noteCount),
         muted());
}

void ReportDocument::flushNotes()
{
    m_cursor->movePosition(QTextCursor::End);
    const int first = m_noteCount - static_cast<int>(m_notes.size()) + 1;
    for (qsizetype i = 0; i < m_notes.size(); ++i) {
        paragraph(QObject::tr("Note %1:").arg(first + static_cast<int>(i)), bold());
        paragraph(m_notes[i]);
    }
    m_notes.clear();
}

void ReportDocument::badgeCell(QTextTable* target, int row, int column, const QString& content,
                               const QColor& colour)
{
    auto tableCell = target->cellAt(row, column);
    auto format = tableCell.format();
    format.setBackground(colour);
    tableCell.setFormat(format);
    QTextCharFormat badge = bold();
    badge.setForeground(Qt::white);
    cell(target, row, column, content.toUpper(), badge);
}

QString ReportDocument::questionText(const std::string& questionId) const
{
    const auto* question = m_input.questionnaire->question(questionId);
    return question != nullptr ? text(question->text) : text(questionId);
}

QString ReportDocument::answerText(const model::Question& question,
                                   const model::AnswerValue& value) const
{
    const auto labelOf = [&](const std::string& option) {
        if (question.type == model::QuestionType::YesNoUnknown) {
            return option == "yes"  ? QObject::tr("Yes")
                   : option == "no" ? QObject::tr("No")
                                    : QObject::tr("Unknown");
        }
        const auto* found = question.option(option);
        return found != nullptr ? text(found->label) : text(option);
    };
    if (const auto* single = std::get_if<std::string>(&value)) {
        return (question.type == model::QuestionType::Text ||
                question.type == model::QuestionType::Date)
                   ? text(*single)
                   : labelOf(*single);
    }
    if (const auto* selection = std::get_if<std::vector<std::string>>(&value)) {
        QStringList labels;
        for (const auto& option : *selection) {
            labels << labelOf(option);
        }
        return labels.join(QStringLiteral("; "));
    }
    return QObject::tr("see the shared-responsibility matrix");
}

QString ReportDocument::valueText(const std::string& questionId, const nlohmann::json& value) const
{
    const auto* question = m_input.questionnaire->question(questionId);
    if (question == nullptr || question->type == model::QuestionType::Matrix) {
        return value.is_string() ? text(value.get<std::string>()) : text(value.dump());
    }
    if (value.is_array()) {
        return answerText(*question, model::AnswerValue{value.get<std::vector<std::string>>()});
    }
    return value.is_string() ? answerText(*question, model::AnswerValue{value.get<std::string>()})
                             : text(value.dump());
}

// A source as an officer cites it: title, publisher and date. Never the internal id,
// which means nothing outside the questionnaire file.
QString ReportDocument::sourceLine(const nlohmann::json& cited) const
{
    const auto* source = m_input.questionnaire->source(cited.value("id", ""));
    if (source == nullptr) {
        return QObject::tr("%1 (as of %2)").arg(str(cited, "title"), str(cited, "as_of"));
    }
    if (source->publisher.empty()) {
        return QObject::tr("%1 (as of %2)").arg(text(source->title), text(source->asOf));
    }
    return QObject::tr("%1, %2 (as of %3)")
        .arg(text(source->title), text(source->publisher), text(source->asOf));
}

void ReportDocument::titleBlock()
{
    const auto& meta = m_input.payload.meta;
    QTextBlockFormat block;
    QTextCharFormat title;
    title.setFontWeight(QFont::Bold);
    title.setFontPointSize(20);
    m_cursor->setBlockFormat(block);
    m_cursor->insertText(text(meta.title), title);
    paragraph(QObject::tr("AI workload readiness assessment: %1 %2")
                  .arg(text(m_input.payload.questionnaire.id),
                       text(m_input.payload.questionnaire.version)),
              muted());

    auto* details = table(8, 2);
    const QStringList labels{QObject::tr("Workload"),       QObject::tr("Organisation"),
                             QObject::tr("Business owner"), QObject::tr("Assessor"),
                             QObject::tr("Date"),           QObject::tr("Status"),
                             QObject::tr("Risk tier"),      QObject::tr("Verdict")};
    const QStringList values{text(meta.workload),
                             text(meta.organisation),
                             text(meta.businessOwner),
                             text(meta.assessor),
                             dateLine(),
                             statusValue(),
                             QString(),
                             QString()};
    for (int row = 0; row < labels.size(); ++row) {
        cell(details, row, 0, labels[row], bold());
        if (row < 6) {
            cell(details, row, 1, values[row].isEmpty() ? QObject::tr("(not given)") : values[row]);
        }
    }
    const auto tier = str(m_evaluation, "tier");
    const auto verdict = str(m_evaluation, "verdict");
    badgeCell(details, 6, 1, tier.isEmpty() ? QObject::tr("undetermined") : tier, tierColour(tier));
    badgeCell(details, 7, 1, verdict, verdictColour(verdict));
    m_cursor->movePosition(QTextCursor::End);
}

// The report's date, and the date the evaluation was computed as of where it records one
// (legal duties and re-verify dates are judged at that date).
QString ReportDocument::dateLine() const
{
    const auto& evaluation = m_input.payload.evaluation;
    if (!evaluation.contains("as_of") || !evaluation["as_of"].is_string()) {
        return text(m_input.assessmentDate);
    }
    return QObject::tr("%1 (evaluated as of %2)")
        .arg(text(m_input.assessmentDate), str(evaluation, "as_of"));
}

// Duties not yet in force at the evaluation date and sources past their re-verify date:
// both change what the verdict will be later, so the summary names them.
void ReportDocument::datedDutiesAndFacts()
{
    QStringList pending;
    for (const auto& finding : m_evaluation.value("findings", nlohmann::json::array())) {
        if (finding.value("in_force", true) == false) {
            pending << QObject::tr("%1 (applies from %2)")
                           .arg(str(finding, "title"), str(finding, "applies_from"));
        }
    }
    if (!pending.isEmpty()) {
        paragraph(QObject::tr("Not yet in force at the evaluation date, so shown as watch-outs: ") +
                  pending.join(QStringLiteral("; ")) + QStringLiteral("."));
    }
    // Only the count on the first page: the Sources section marks each of them, and a
    // list of dozens of titles here pushed the decision off page 1.
    const auto due = m_evaluation.value("sources_to_reverify", nlohmann::json::array()).size();
    if (due > 0) {
        paragraph(QObject::tr("%n source(s) of the questionnaire were past their re-verify date "
                              "at the evaluation date: check their facts again before relying on "
                              "them (marked \"past its re-verify date\" under Sources).",
                              nullptr, static_cast<int>(due)),
                  muted());
    }
}

void ReportDocument::executiveSummary()
{
    heading(sectionTitles()[0]);
    const auto& meta = m_input.payload.meta;
    paragraph(QObject::tr("This report assesses %1 for %2 against the questionnaire \"%3\" (%4).")
                  .arg(meta.workload.empty() ? text(meta.title) : text(meta.workload),
                       meta.organisation.empty() ? QObject::tr("the organisation")
                                                 : text(meta.organisation),
                       text(m_input.questionnaire->title),
                       text(m_input.payload.questionnaire.version)));

    const auto& explanation = m_evaluation.value("tier_explanation", nlohmann::json::object());
    const auto tier = str(m_evaluation, "tier");
    if (tier.isEmpty()) {
        paragraph(QObject::tr(
            "The risk tier is not yet determined: the use-case question is unanswered."));
    } else {
        QString why;
        const auto base = explanation.value("base", nlohmann::json());
        if (base.is_object()) {
            why = QObject::tr("the answer to \"%1\" is \"%2\", which maps to %3")
                      .arg(questionText(base.value("question", "")),
                           valueText(base.value("question", ""),
                                     base.value("value", nlohmann::json())),
                           str(base, "level"));
        }
        for (const auto& raise : explanation.value("raises", nlohmann::json::array())) {
            why += QObject::tr("; raised: %1").arg(str(raise, "reason"));
        }
        paragraph(QObject::tr("The risk tier is %1 because %2.").arg(tier.toUpper(), why));
    }

    const auto verdict = str(m_evaluation, "verdict");
    QStringList blockers;
    for (const auto& finding : m_evaluation.value("findings", nlohmann::json::array())) {
        if (finding.value("severity", "") == "blocker") {
            blockers << str(finding, "title");
        }
    }
    const auto counts = m_evaluation.value("counts", nlohmann::json::object());
    QString verdictLine = QObject::tr("The verdict is %1.").arg(verdict.toUpper());
    if (!blockers.isEmpty()) {
        verdictLine += QStringLiteral(" ") +
                       QObject::tr("It is decided by %n blocker(s): ", nullptr,
                                   static_cast<int>(blockers.size())) +
                       blockers.join(QStringLiteral("; ")) + QStringLiteral(".");
    }
    const auto unanswered = m_evaluation.value("unanswered", nlohmann::json::array());
    if (!unanswered.empty()) {
        verdictLine +=
            QStringLiteral(" ") + QObject::tr("%n required question(s) are unanswered.", nullptr,
                                              static_cast<int>(unanswered.size()));
    }
    verdictLine +=
        QStringLiteral(" ") +
        QObject::tr("Findings: %1 blocker, %2 conflict, %3 watch-out, %4 for information.")
            .arg(counts.value("blocker", 0))
            .arg(counts.value("conflict", 0))
            .arg(counts.value("watch_out", 0))
            .arg(counts.value("info", 0));
    paragraph(verdictLine);
    datedDutiesAndFacts();
    if (!m_input.contentsConsistent) {
        paragraph(QObject::tr("Warning: the stored evaluation does not follow from the stored "
                              "answers; do not rely on "
                              "this report."),
                  bold());
    }
}

void ReportDocument::findings()
{
    heading(sectionTitles()[1]);
    const auto all = m_evaluation.value("findings", nlohmann::json::array());
    if (all.empty()) {
        paragraph(QObject::tr("No findings."));
        return;
    }
    for (const auto* severity : {"blocker", "conflict", "watch_out", "info"}) {
        bool first = true;
        for (const auto& finding : all) {
            if (finding.value("severity", "") != severity) {
                continue;
            }
            if (first) {
                heading(severityTitle(severity), 2);
                first = false;
            }
            QTextCharFormat titleFormat = bold();
            paragraph(str(finding, "title") + QStringLiteral("  [") + str(finding, "id") +
                          QStringLiteral("]"),
                      titleFormat);
            paragraph(QObject::tr("Why: ") + str(finding, "rationale"));
            paragraph(QObject::tr("What to do: ") + str(finding, "recommendation"));
            QStringList because;
            for (const auto& answer : finding.value("because", nlohmann::json::array())) {
                const auto question = answer.value("question", "");
                QString item = str(answer, "item");
                because << (item.isEmpty() ? questionText(question) : item) +
                               QStringLiteral(" = ") +
                               valueText(question, answer.value("value", nlohmann::json()));
            }
            if (!because.isEmpty()) {
                paragraph(QObject::tr("Because: ") + because.join(QStringLiteral("; ")), muted());
            }
            QStringList sourceLines;
            for (const auto& source : finding.value("sources", nlohmann::json::array())) {
                sourceLines << sourceLine(source);
            }
            paragraph(QObject::tr("Sources: ") + sourceLines.join(QStringLiteral("; ")), muted());
        }
    }
}

QString ReportDocument::actionPlanTitle()
{
    return QObject::tr("Action plan");
}

void ReportDocument::actionPlan()
{
    const auto& actions = m_input.payload.answers.actions;
    if (actions.empty()) {
        return;
    }
    heading(actionPlanTitle());
    paragraph(
        QObject::tr(
            "Remediation actions recorded for the findings, with owner, due date and status. "
            "Actions "
            "that are not done and past their due date at the assessment date are marked overdue."),
        muted());
    const auto findingsJson = m_evaluation.value("findings", nlohmann::json::array());
    const auto assessed = QDate::fromString(text(m_input.assessmentDate), Qt::ISODate);
    auto* plan = table(static_cast<int>(actions.size()), 5,
                       {QObject::tr("Finding"), QObject::tr("Action"), QObject::tr("Owner"),
                        QObject::tr("Due"), QObject::tr("Status")});
    int row = 1;
    for (const auto& action : actions) {
        const auto finding =
            std::find_if(findingsJson.begin(), findingsJson.end(), [&](const nlohmann::json& f) {
                return f.value("id", "") == action.finding;
            });
        cell(plan, row, 0,
             finding != findingsJson.end()
                 ? str(*finding, "title")
                 : text(action.finding) + QStringLiteral(" ") + QObject::tr("(no longer raised)"));
        userTextCell(plan, row, 1, text(action.what));
        cell(plan, row, 2, text(action.owner));
        const auto due = QDate::fromString(text(action.due), Qt::ISODate);
        const bool overdue =
            action.status != model::ActionStatus::Done && assessed.isValid() && due < assessed;
        QTextCharFormat dueFormat;
        if (overdue) {
            dueFormat = bold();
            dueFormat.setForeground(QColor(0xb7, 0x1c, 0x1c));
        }
        cell(plan, row, 3,
             text(action.due) +
                 (overdue ? QStringLiteral(" ") + QObject::tr("(overdue)") : QString()),
             dueFormat);
        cell(plan, row, 4,
             QString::fromUtf8(model::spelling(action.status))
                 .replace(QLatin1Char('_'), QLatin1Char(' ')));
        ++row;
    }
    flushNotes();
}

void ReportDocument::requiredControls()
{
    heading(sectionTitles()[2]);
    const auto controls = m_evaluation.value("required_controls", nlohmann::json::array());
    if (controls.empty()) {
        paragraph(QObject::tr("None: the tier is not determined yet."));
        return;
    }
    auto* list =
        table(static_cast<int>(controls.size()), 3,
              {QObject::tr("Control"), QObject::tr("Owner"), QObject::tr("What it requires")});
    int row = 1;
    for (const auto& control : controls) {
        cell(list, row, 0, str(control, "title"), bold());
        cell(list, row, 1, str(control, "owner"));
        cell(list, row, 2, str(control, "description"));
        ++row;
    }
    m_cursor->movePosition(QTextCursor::End);
}

void ReportDocument::responsibilityMatrix()
{
    heading(sectionTitles()[3]);
    const auto rows = m_evaluation.value("responsibility", nlohmann::json::array());
    if (rows.empty()) {
        paragraph(QObject::tr("The questionnaire has no shared-responsibility matrix."));
        return;
    }
    auto* matrix = table(static_cast<int>(rows.size()), 5,
                         {QObject::tr("Item"), QObject::tr("Owner"), QObject::tr("Status"),
                          QObject::tr("Evidence"), QObject::tr("Attachments")});
    int row = 1;
    for (const auto& entry : rows) {
        cell(matrix, row, 0, str(entry, "title"));
        cell(matrix, row, 1, str(entry, "owner"));
        const auto status = entry.value("status", nlohmann::json());
        cell(matrix, row, 2,
             status.is_string()
                 ? statusText(model::matrixStatusFromString(status.get<std::string>()))
                 : statusText(std::nullopt));
        userTextCell(matrix, row, 3, str(entry, "evidence"));
        QStringList attached;
        for (const auto& ref : m_input.payload.attachments) {
            if (ref.question == entry.value("question", "") &&
                ref.item == entry.value("item", "")) {
                attached << text(ref.name) + QStringLiteral("\n") + groupedHash(ref.sha256, 2);
            }
        }
        cell(matrix, row, 4, attached.join(QStringLiteral("\n")));
        ++row;
    }
    flushNotes();
}

void ReportDocument::answers()
{
    heading(sectionTitles()[4]);
    const auto unanswered = m_evaluation.value("unanswered", nlohmann::json::array());
    const auto ignored = m_evaluation.value("ignored_answers", nlohmann::json::array());
    const auto listed = [](const nlohmann::json& list, const std::string& id) {
        return std::find(list.begin(), list.end(), id) != list.end();
    };
    for (const auto& section : m_input.questionnaire->sections) {
        QList<const model::Question*> shown;
        for (const auto& question : section.questions) {
            // Hidden questions are left out: the ones answered but hidden are listed
            // as ignored, the others are simply not asked.
            const auto* value = m_input.payload.answers.find(question.id);
            const bool hidden = listed(ignored, question.id) ||
                                (value == nullptr && !listed(unanswered, question.id) &&
                                 question.visibleIf.has_value());
            if (!hidden) {
                shown << &question;
            }
        }
        if (shown.isEmpty()) {
            continue;
        }
        heading(text(section.title), 2);
        auto* answered = table(static_cast<int>(shown.size()), 2,
                               {QObject::tr("Question"), QObject::tr("Answer")});
        int row = 1;
        for (const auto* question : shown) {
            cell(answered, row, 0, text(question->text));
            const auto* value = m_input.payload.answers.find(question->id);
            if (value == nullptr) {
                QTextCharFormat missing = bold();
                missing.setForeground(QColor(0xb7, 0x1c, 0x1c));
                cell(answered, row, 1,
                     question->required ? QObject::tr("UNANSWERED (required)")
                                        : QObject::tr("not answered"),
                     missing);
            } else {
                userTextCell(answered, row, 1, answerText(*question, *value));
            }
            ++row;
        }
        flushNotes();
    }
}

void ReportDocument::sources()
{
    heading(sectionTitles()[5]);
    paragraph(
        QObject::tr("Everything this report says about the vendor and the law comes from these "
                    "sources. A source \"past its re-verify date\" at the evaluation date, or "
                    "\"older than 12 months\" where it names no such date, must be checked again "
                    "before its facts are relied on."),
        muted());
    const auto assessed = QDate::fromString(text(evaluationDate()), Qt::ISODate);
    auto* list = table(static_cast<int>(m_input.questionnaire->sources.size()), 5,
                       {QObject::tr("Source"), QObject::tr("As of"), QObject::tr("Re-verify by"),
                        QObject::tr("Confidence"), QObject::tr("Status")});
    int row = 1;
    for (const auto& source : m_input.questionnaire->sources) {
        cell(list, row, 0,
             text(source.title) +
                 (source.publisher.empty() ? QString()
                                           : QStringLiteral("\n") + text(source.publisher)) +
                 (source.url.empty() ? QString() : QStringLiteral("\n") + text(source.url)));
        cell(list, row, 1, text(source.asOf));
        cell(list, row, 2, text(source.reverifyBy));
        cell(list, row, 3, QString::fromUtf8(model::spelling(source.confidence)));
        const auto status = sourceStatus(source, assessed);
        QTextCharFormat flag;
        if (!status.isEmpty()) {
            flag = bold();
            flag.setForeground(QColor(0x8a, 0x53, 0x00));
        }
        cell(list, row, 4, status.isEmpty() ? QObject::tr("current") : status, flag);
        ++row;
    }
    m_cursor->movePosition(QTextCursor::End);
}

// Empty while the source is current at `assessed`; otherwise why it must be checked again.
QString ReportDocument::sourceStatus(const model::Source& source, const QDate& assessed)
{
    if (!assessed.isValid()) {
        return {};
    }
    const auto reverifyBy = QDate::fromString(text(source.reverifyBy), Qt::ISODate);
    if (reverifyBy.isValid()) {
        return reverifyBy < assessed ? QObject::tr("past its re-verify date") : QString();
    }
    const auto asOf = QDate::fromString(text(source.asOf), Qt::ISODate);
    return asOf.isValid() && asOf.addMonths(12) < assessed ? QObject::tr("older than 12 months")
                                                           : QString();
}

// The date the evaluation was computed as of (recorded in the payload since 1.1.0), else
// the assessment date of the report.
std::string ReportDocument::evaluationDate() const
{
    const auto& evaluation = m_input.payload.evaluation;
    if (evaluation.contains("as_of") && evaluation["as_of"].is_string()) {
        return evaluation["as_of"].get<std::string>();
    }
    return m_input.assessmentDate;
}

QString ReportDocument::statusValue() const
{
    // Who signed and when, from the signatures themselves (not the typed Assessor field).
    if (!m_input.signatures.empty()) {
        QStringList signers;
        for (const auto& signature : m_input.signatures) {
            signers << QObject::tr("%1 (%2), %3 UTC")
                           .arg(text(signature.name), text(signature.signatureRole),
                                text(signature.signedAt.substr(0, 16))
                                    .replace(QLatin1Char('T'), QLatin1Char(' ')));
        }
        return QObject::tr("Signed by %1").arg(signers.join(QStringLiteral("; ")));
    }
    if (const auto& inForce = m_input.signedInForce) {
        return QObject::tr("Draft (unsigned); signed revision %1 is in force, signed by %2")
            .arg(inForce->revision)
            .arg(text(inForce->signers));
    }
    return QObject::tr("Draft (unsigned)");
}

void ReportDocument::signOff()
{
    heading(sectionTitles()[6]);
    if (m_input.signatures.empty() && m_input.signedInForce) {
        paragraph(QObject::tr("UNSIGNED DRAFT: this revision is not signed. It is not a "
                              "sign-off. The decision in force is revision %1, signed by %2.")
                      .arg(m_input.signedInForce->revision)
                      .arg(text(m_input.signedInForce->signers)),
                  bold());
    } else if (m_input.signatures.empty()) {
        paragraph(
            QObject::tr("UNSIGNED DRAFT: nobody has signed this assessment. It is not a sign-off."),
            bold());
    }
    for (const auto& signature : m_input.signatures) {
        auto* block = table(7, 2);
        const QStringList labels{QObject::tr("Signer"),
                                 QObject::tr("Role"),
                                 QObject::tr("E-mail"),
                                 QObject::tr("Signed as"),
                                 QObject::tr("Signed at (UTC)"),
                                 QObject::tr("Key id"),
                                 QObject::tr("Verification at export")};
        const QStringList values{text(signature.name),     text(signature.role),
                                 text(signature.email),    text(signature.signatureRole),
                                 text(signature.signedAt), groupedHash(signature.keyId, 4),
                                 text(signature.state)};
        for (int row = 0; row < labels.size(); ++row) {
            cell(block, row, 0, labels[row], bold());
            cell(block, row, 1, values[row]);
        }
        m_cursor->movePosition(QTextCursor::End);
        paragraph(QObject::tr("Attestation: ") + text(signature.attestation), muted());
    }
    paragraph(QObject::tr("Payload SHA-256 (what the signatures cover):"), bold());
    paragraph(groupedHash(m_input.payloadSha256, 4));
    paragraph(QObject::tr(
        "This PDF carries the signed assessment package in its metadata: \"vouch verify\" on this "
        "file checks every signature, and \"vouch import\" restores the assessment into a "
        "library."));
}

void ReportDocument::disclaimer()
{
    heading(sectionTitles()[7]);
    paragraph(m_input.questionnaire->disclaimer.empty()
                  ? QObject::tr("Informational only; not legal advice.")
                  : text(m_input.questionnaire->disclaimer));
    paragraph(QObject::tr("Informational, not legal advice. Generated by Vouch on %1.")
                  .arg(text(m_input.exportedAt)),
              muted());
}

} // namespace vouch::report
