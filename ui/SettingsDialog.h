// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vouch::ui {

// The settings an officer makes once: where the library is, paper size, the default
// organisation, review intervals per tier, where PDFs go and whether they open after
// export, the language, and the time-stamping authority of PDF signatures. OK is refused, with the
// reason, while a value is unusable.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const services::Preferences& current, QWidget* parent = nullptr);

    [[nodiscard]] services::Preferences preferences() const;
    void accept() override;
    [[nodiscard]] QString problemText() const;

private:
    QLineEdit* m_library = nullptr;
    QComboBox* m_paper = nullptr;
    QLineEdit* m_organisation = nullptr;
    QSpinBox* m_high = nullptr;
    QSpinBox* m_medium = nullptr;
    QSpinBox* m_low = nullptr;
    QLineEdit* m_pdfFolder = nullptr;
    QCheckBox* m_openPdf = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_timestampAuthority = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace vouch::ui
