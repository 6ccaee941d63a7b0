// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QFormLayout;
class QLayout;
class QWidget;

namespace vouch::ui {

// Adds "label: field" to a form with the label as the field's buddy (so its mnemonic
// focuses the field) and the label's words, without '&' and ':', as the field's
// accessible name. `fieldRow` is laid out instead of the field when it holds the field
// and its buttons.
void addLabelledRow(QFormLayout& form, const QString& text, QWidget* field,
                    QLayout* fieldRow = nullptr);

} // namespace vouch::ui
