// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/questions/QuestionWidget.h"

class QComboBox;
class QPushButton;
class QTableWidget;

namespace vouch::ui {

// The shared-responsibility matrix: one row per item with its owner, a status, an
// evidence note and the files attached to the row. The question counts as answered
// when every row has a status.
class MatrixAnswerWidget final : public QuestionWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ItemColumn,
        OwnerColumn,
        StatusColumn,
        NoteColumn,
        FilesColumn,
        ColumnCount
    };

    MatrixAnswerWidget(const model::Questionnaire& questionnaire, const model::Question& question,
                       QWidget* parent);

    [[nodiscard]] model::AnswerValue answer() const override;
    void focusAnswer() override;
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QComboBox* statusBox(int row) const;

protected:
    void showAnswer(const model::AnswerValue* value) override;
    void applyReadOnly(bool readOnly) override;
    void showItemEvidence(const std::vector<model::AttachmentRef>& attachments) override;
    [[nodiscard]] QString itemAt(const QPoint& position) const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableWidget* m_table = nullptr;
    QPushButton* m_attach = nullptr;
};

} // namespace vouch::ui
