// SPDX-License-Identifier: Apache-2.0
#include "ui/FormRows.h"

#include <QFormLayout>
#include <QLabel>

namespace vouch::ui {

void addLabelledRow(QFormLayout& form, const QString& text, QWidget* field, QLayout* fieldRow)
{
    auto* label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    if (fieldRow != nullptr) {
        form.addRow(label, fieldRow);
    } else {
        form.addRow(label, field);
    }
}

} // namespace vouch::ui
