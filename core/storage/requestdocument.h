#pragma once

#include "model/request.h"
#include "model/requestform.h"
#include "util/result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace mla::core {

class CaseStore;

/// An open request being edited: the in-memory request, its form, and the undo stack.
///
/// Every edit goes through a command on the undo stack, and every command writes through to the
/// case file at once, so undo, redo and autosave are one mechanism. A failed write leaves memory
/// unchanged and is reported through writeFailed().
class RequestDocument : public QObject
{
    Q_OBJECT

public:
    /// Loads request @p requestId from @p store (which must outlive the document).
    static Result<std::unique_ptr<RequestDocument>> load(CaseStore &store, qint64 requestId);

    const Request &request() const { return m_request; }
    const RequestForm &form() const { return m_form; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// Edits are pushed on the undo stack; consecutive edits of the same field merge into one step.
    void setValue(const QString &key, const QString &value);
    void setItemValue(const QString &collection, qint64 itemId, const QString &key, const QString &value);
    /// Sets several scalar values as one undo step called @p undoText.
    void setValues(const QList<std::pair<QString, QString>> &values, const QString &undoText);
    /// Appends an empty entry and returns its id (0 on failure).
    qint64 addItem(const QString &collection);
    void removeItem(const QString &collection, qint64 itemId);
    void setTitle(const QString &title);
    /// True while an edit the user made could not be written to the case file (a lock held by
    /// another program, a full disk). The editor still shows the typed text; the document and the
    /// file hold the value before it.
    bool hasUnsavedEdits() const { return !m_unsaved.isEmpty(); }
    /// The labels of the fields whose last edit is not saved, for messages.
    QStringList unsavedFieldLabels() const;
    /// Writes every unsaved edit again; true when none is left.
    bool retryUnsavedEdits();

    /// The form's label of a field, for messages and undo texts; the key when the form lacks it.
    QString fieldLabel(const QString &collection, const QString &key) const;

    // Direct writers used by the undo commands; they do not push on the stack.
    bool applyValue(const QString &key, const QString &value);
    bool applyItemValue(const QString &collection, qint64 itemId, const QString &key, const QString &value);
    qint64 applyAddItem(const QString &collection, const CollectionItem &item, int position);
    bool applyRemoveItem(const QString &collection, qint64 itemId);
    bool applyTitle(const QString &title);

Q_SIGNALS:
    /// A value changed (by an edit, undo or redo).
    void valueChanged(const mla::core::FieldRef &field);
    /// Entries were added to or removed from a collection.
    void collectionChanged(const QString &collection);
    void titleChanged(const QString &title);
    /// Writing to the case file failed; nothing was changed.
    void writeFailed(const QString &message);
    /// The set of fields whose last edit is not saved changed (see hasUnsavedEdits()).
    void unsavedEditsChanged();

private:
    RequestDocument(CaseStore &store, Request request, RequestForm form);

    /// A user's edit that could not be written, kept to be written again.
    struct UnsavedEdit
    {
        QString collection; ///< empty for a scalar field
        qint64 itemId = 0;
        QString key;
        QString value;
    };
    /// Records whether the user's edit of a field reached the file (@p stored is what it holds).
    void noteEdit(const QString &collection, qint64 itemId, const QString &key, const QString &wanted,
                  const QString &stored);

    CaseStore &m_store;
    Request m_request;
    RequestForm m_form;
    QUndoStack m_undoStack;
    QList<UnsavedEdit> m_unsaved;
};

} // namespace mla::core
