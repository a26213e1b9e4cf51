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
    /// Appends an empty entry and returns its id (0 on failure).
    qint64 addItem(const QString &collection);
    void removeItem(const QString &collection, qint64 itemId);
    void setTitle(const QString &title);
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

private:
    RequestDocument(CaseStore &store, Request request, RequestForm form);

    CaseStore &m_store;
    Request m_request;
    RequestForm m_form;
    QUndoStack m_undoStack;
};

} // namespace mla::core
