// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportInput.h"

#include <QDate>
#include <QString>
#include <QTextCharFormat>

class QTextCursor;
class QTextDocument;
class QTextTable;

namespace vouch::report {

// Fills a QTextDocument with the report's sections, in the order the sign-off needs.
// Text is inserted with QTextCursor::insertText only: never parsed as HTML.
class ReportDocument
{
public:
    ReportDocument(const ReportInput& input, QTextDocument& document);

    void build();

    // The section headings, in order; tests look for each in the PDF.
    [[nodiscard]] static QStringList sectionTitles();
    // Present only when the assessment has remediation actions.
    [[nodiscard]] static QString actionPlanTitle();

private:
    void titleBlock();
    void executiveSummary();
    void findings();
    void actionPlan();
    void requiredControls();
    void responsibilityMatrix();
    void answers();
    void sources();
    void signOff();
    [[nodiscard]] QString statusValue() const;
    void disclaimer();

    void heading(const QString& text, int level = 1);
    void paragraph(const QString& text, const QTextCharFormat& format = {});
    QTextTable* table(int rows, int columns, const QStringList& headers = {});
    void cell(QTextTable* table, int row, int column, const QString& text,
              const QTextCharFormat& format = {});
    // A cell for text a user typed: long text goes into a numbered note after the
    // table, since a table row taller than a page does not paginate cleanly.
    void userTextCell(QTextTable* table, int row, int column, const QString& text);
    void flushNotes();
    void badgeCell(QTextTable* table, int row, int column, const QString& text,
                   const QColor& colour);

    [[nodiscard]] QString questionText(const std::string& questionId) const;
    [[nodiscard]] QString answerText(const model::Question& question,
                                     const model::AnswerValue& value) const;
    [[nodiscard]] QString valueText(const std::string& questionId,
                                    const nlohmann::json& value) const;
    [[nodiscard]] QString sourceLine(const nlohmann::json& cited) const;
    [[nodiscard]] static QString sourceStatus(const model::Source& source, const QDate& assessed);
    [[nodiscard]] std::string evaluationDate() const;
    [[nodiscard]] QString dateLine() const;
    void datedDutiesAndFacts();

    const ReportInput& m_input;
    const nlohmann::json& m_evaluation;
    QTextDocument& m_document;
    QTextCursor* m_cursor = nullptr;
    QStringList m_notes; // long texts of the table just written
    int m_noteCount = 0;
};

// "0123abcd 4567ef01 ...": a hash broken into groups so it wraps between groups, not
// inside them, and reads back from the PDF unchanged once spaces are removed.
[[nodiscard]] QString groupedHash(const std::string& hex, int groupsPerLine = 4);

} // namespace vouch::report
