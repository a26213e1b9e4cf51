#pragma once

#include "validation/ruletexts.h"
#include "validation/validator.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QStackedWidget;

namespace mla::core {
class RequestForm;
}

namespace mla::ui {

/// The live completeness view beside the editor: how complete the request is and what is missing,
/// each finding with the action to take, its rule id and its legal citation.
///
/// The panel only displays a report; the editor validates and decides where a finding leads.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Role
    {
        RuleIdRole = Qt::UserRole + 1, ///< QString
        FindingIndexRole,              ///< int, position in report().findings
        HtmlRole,                      ///< QString, what the delegate paints
    };

    explicit FindingsPanel(QWidget *parent = nullptr);

    /// Used to say where a finding is ("Assistance requested · Measure 2"); not owned.
    void setForm(const core::RequestForm *form);
    void setReport(const core::ValidationReport &report);
    /// Shown instead of findings when the requirement templates could not be loaded.
    void setTemplateError(const QString &message);

    const core::ValidationReport &report() const { return m_report; }
    QListWidget *findingsList() const { return m_list; }
    /// The rule ids in display order (blocking first).
    QStringList ruleIds() const;

Q_SIGNALS:
    void findingActivated(const mla::core::Finding &finding);

private:
    void rebuildList();
    void activate(QListWidgetItem *item);
    QString locationOf(const core::Finding &finding) const;

    const core::RequestForm *m_form = nullptr;
    /// The rules' messages and actions in the interface language (English where it has none).
    core::RuleTexts m_ruleTexts;
    core::ValidationReport m_report;
    QStringList m_shownSignature;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace mla::ui
