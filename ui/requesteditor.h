#pragma once

#include "model/request.h"
#include "model/requestform.h"
#include "validation/requestchecker.h"
#include "validation/validator.h"

#include <QHash>
#include <QIcon>
#include <QMap>
#include <QWidget>
#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QVBoxLayout;

namespace mla::core {
class CaseStore;
class RequestDocument;
} // namespace mla::core

namespace mla::ui {

class ExportPage;
class FindingsPanel;
class StatePackPanel;

/// Edits one request: a list of steps on the left, one page per step generated from the
/// request type's form, and the live findings panel on the right. The last step previews and
/// exports the letter.
///
/// Widgets write every change through the RequestDocument (undo stack and autosave) and follow
/// the document's signals, so undo and redo show up in them. Widgets carry object names derived
/// from their field ("field:facts.summary", "field:measures[12].nexus", "add:measures").
class RequestEditor : public QWidget
{
    Q_OBJECT

public:
    /// Data of the step list's items.
    enum StepRole
    {
        BlockingCountRole = Qt::UserRole + 1, ///< int: open blocking findings of the step
        WarningCountRole,                     ///< int: open warnings of the step
    };

    /// @p document and @p store are not owned and must outlive the editor.
    RequestEditor(core::RequestDocument *document, core::CaseStore *store, QWidget *parent = nullptr);
    ~RequestEditor() override;

    core::RequestDocument *document() const { return m_document; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    StatePackPanel *statePackPanel() const { return m_statePack; }
    ExportPage *exportPage() const { return m_exportPage; }
    /// True while the letter is being written; the editor must not be closed meanwhile.
    bool isSaving() const;
    QListWidget *stepList() const { return m_stepList; }
    QSplitter *splitter() const { return m_splitter; }
    const core::ValidationReport &report() const { return m_report; }

    /// Form steps plus the final preview step.
    int stepCount() const;
    int exportStepIndex() const;
    int currentStep() const;
    void setCurrentStep(int index);
    /// The index of the step that shows @p field (or a collection as a whole), -1 if none does.
    int stepIndexFor(const core::FieldRef &field) const;
    int stepIndexFor(const core::Finding &finding) const { return stepIndexFor(finding.field); }

    /// The editor widget of a field, nullptr if it is not shown.
    QWidget *fieldWidget(const core::FieldRef &field) const;
    QPushButton *addButton(const QString &collection) const;

    /// Switches to the finding's step and puts the keyboard focus on its field (or on the
    /// collection's Add button when entries are missing). False when the finding has no place.
    bool focusFinding(const core::Finding &finding);

Q_SIGNALS:
    void reportChanged(const mla::core::ValidationReport &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding
    {
        core::FieldRef ref;
        const core::FieldDefinition *field = nullptr;
        QWidget *editor = nullptr;
        QWidget *row = nullptr; ///< what QFormLayout holds: editor plus help text
        QFormLayout *form = nullptr;
    };
    struct CollectionView
    {
        const core::FormStep *step = nullptr;
        QVBoxLayout *entries = nullptr;
        QLabel *emptyNote = nullptr;
        QPushButton *addButton = nullptr;
        QMap<qint64, QGroupBox *> boxes;
    };

    void loadChecker();
    QWidget *buildStepPage(int stepIndex);
    void addFieldRows(QFormLayout *form, const core::FormStep &step, const QString &collection, qint64 itemId,
                      QWidget *parent);
    QGroupBox *buildEntryBox(CollectionView &view, const core::CollectionItem &item);
    void syncCollection(const QString &collection);
    void updateEntryTitles(const CollectionView &view);
    void updateVisibility(const QString &collection, qint64 itemId);
    void forgetBindings(const QString &collection, qint64 itemId);

    void onValueChanged(const core::FieldRef &ref);
    void onCollectionChanged(const QString &collection);
    void revalidate();
    void updateStatePack();
    void updateStepBadges();
    void showStep(int index);
    void revealWidget(QWidget *widget);

    core::RequestDocument *m_document;
    core::CaseStore *m_store;
    /// The request's form with its titles and labels in the interface language: what the editor
    /// shows. Keys are the form's own, so values, findings and templates match it as they are.
    core::RequestForm m_shownForm;
    /// Rule id -> the field a finding of a rule about several fields ("fields") leads to.
    std::optional<core::RequestChecker> m_checker;
    QString m_checkerError;
    core::ValidationReport m_report;

    QSplitter *m_splitter = nullptr;
    QListWidget *m_stepList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<QScrollArea *> m_scrollAreas;
    FindingsPanel *m_findings = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    StatePackPanel *m_statePack = nullptr;
    ExportPage *m_exportPage = nullptr;

    QIcon m_completeIcon;
    QIcon m_warningIcon;
    QIcon m_blockingIcon;

    QHash<QString, Binding> m_bindings; ///< by FieldRef::toString()
    QHash<QString, CollectionView> m_collections;
    /// True while a widget writes to the document, so its own echo is not treated as an undo.
    bool m_writing = false;
};

} // namespace mla::ui
