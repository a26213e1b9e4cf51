#pragma once

#include "legal/legalbasisadvisor.h"
#include "validation/requestchecker.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mla::core {
class RequestDocument;
}

namespace mla::ui {

/// The legal-basis assistant: for the requesting and requested state, the request's family and the
/// offence category, lists the instruments both states are party to, explains each, and writes the
/// chosen one into the request's legal basis (through the document, so it can be undone).
class LegalBasisDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LegalBasisDialog(core::RequestDocument *document, QWidget *parent = nullptr);

    QListWidget *optionList() const { return m_options; }
    QLineEdit *requestingStateEdit() const { return m_requesting; }
    QComboBox *offenceCombo() const { return m_offence; }
    QPushButton *useButton() const { return m_use; }
    /// Writes the selected option into the request; false when none is selected.
    bool applySelection();

private:
    void refresh();
    void showDetails();

    core::RequestDocument *m_document;
    std::optional<core::LegalBasisAdvisor> m_advisor;
    std::optional<core::RequestChecker> m_checker;
    core::LegalBasisAdvice m_advice;

    QLineEdit *m_requesting = nullptr;
    QLineEdit *m_requested = nullptr;
    QComboBox *m_offence = nullptr;
    QListWidget *m_options = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_use = nullptr;
};

} // namespace mla::ui
