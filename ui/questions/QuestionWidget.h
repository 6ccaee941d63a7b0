// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/AssessmentPayload.h"
#include "model/Questionnaire.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace vouch::ui {

// One question of a questionnaire as a control: the question text (required ones
// marked), its help on demand, the answer control of its type, the evidence attached,
// and an inline message when it still needs an answer. The wizard and review mode use
// the same widgets; review mode makes them read-only.
class QuestionWidget : public QWidget
{
    Q_OBJECT

public:
    QuestionWidget(const model::Questionnaire& questionnaire, const model::Question& question,
                   QWidget* parent);
    Q_DISABLE_COPY_MOVE(QuestionWidget)

    [[nodiscard]] const model::Question& question() const { return m_question; }

    // Shows `value` (nullptr: unanswered) without emitting edited().
    void setAnswer(const model::AnswerValue* value);
    // The answer as shown; an empty string, selection or matrix means unanswered.
    [[nodiscard]] virtual model::AnswerValue answer() const = 0;

    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    void setMissing(bool missing);
    [[nodiscard]] bool isMissing() const;
    void setEvidence(const std::vector<model::AttachmentRef>& attachments);
    void showHelp(bool shown);
    // Puts the keyboard focus on the answer control.
    virtual void focusAnswer() = 0;

    // Tab reaches the answer before "Attach evidence...": the base class builds the
    // button before the subclass builds the answer. createQuestionWidget calls it.
    void placeAttachLastInTabOrder();

Q_SIGNALS:
    void edited();
    // The user asked to attach files (empty: choose them) to the question or `item`.
    void attachRequested(const QString& item, const QStringList& files);

protected:
    [[nodiscard]] QVBoxLayout* body() const { return m_body; }
    virtual void showAnswer(const model::AnswerValue* value) = 0;
    virtual void applyReadOnly(bool readOnly) = 0;
    // Matrix rows list their own evidence; the others list it under the control.
    virtual void showItemEvidence(const std::vector<model::AttachmentRef>& attachments);
    // Subclasses call this when the user changed the answer.
    void userEdited();

    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // The matrix item under a drop, or empty for the question itself.
    [[nodiscard]] virtual QString itemAt(const QPoint& position) const;

private:
    const model::Question& m_question;
    QVBoxLayout* m_body = nullptr;
    QToolButton* m_helpButton = nullptr;
    QTextBrowser* m_help = nullptr;
    QLabel* m_evidence = nullptr;
    QPushButton* m_attach = nullptr;
    QLabel* m_missing = nullptr;
    bool m_loading = false;
    bool m_readOnly = false;
};

// The widget for a question's type.
[[nodiscard]] QuestionWidget* createQuestionWidget(const model::Questionnaire& questionnaire,
                                                   const model::Question& question,
                                                   QWidget* parent);

// "report.pdf (12.3 KB, sha256 1a2b3c4d…)"
[[nodiscard]] QString evidenceLine(const model::AttachmentRef& attachment);

} // namespace vouch::ui
