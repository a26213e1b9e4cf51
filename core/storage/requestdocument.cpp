#include "storage/requestdocument.h"

#include "storage/casestore.h"
#include "storage/typingrun.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <algorithm>

namespace mla::core {

namespace {

enum CommandId { SetValueId = 1, SetItemValueId = 2 };

class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(RequestDocument &doc, QString key, QString oldValue, QString newValue)
        : m_doc(doc), m_key(std::move(key)), m_old(std::move(oldValue)), m_new(std::move(newValue)),
          m_made(TypingRun::Clock::now()), m_run(m_old, m_new, m_made)
    {
        setText(QCoreApplication::translate("RequestDocument", "Edit “%1”").arg(doc.fieldLabel({}, m_key)));
    }
    void redo() override { setObsolete(!m_doc.applyValue(m_key, m_new)); }
    void undo() override { m_doc.applyValue(m_key, m_old); }
    int id() const override { return SetValueId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetValueCommand *>(other);
        // A write that failed is no edit: QUndoStack offers it for merging before dropping it.
        if (other->isObsolete() || next->m_key != m_key || !m_run.absorbs(m_new, next->m_new, next->m_made)) {
            return false;
        }
        m_new = next->m_new;
        return true;
    }

private:
    RequestDocument &m_doc;
    QString m_key;
    QString m_old;
    QString m_new;
    TypingRun::Clock::time_point m_made; // before m_run, which starts at this time
    TypingRun m_run;
};

class SetItemValueCommand : public QUndoCommand
{
public:
    SetItemValueCommand(RequestDocument &doc, QString collection, qint64 itemId, QString key, QString oldValue,
                        QString newValue)
        : m_doc(doc), m_collection(std::move(collection)), m_itemId(itemId), m_key(std::move(key)),
          m_old(std::move(oldValue)), m_new(std::move(newValue)), m_made(TypingRun::Clock::now()),
          m_run(m_old, m_new, m_made)
    {
        setText(QCoreApplication::translate("RequestDocument", "Edit “%1”").arg(doc.fieldLabel(m_collection, m_key)));
    }
    void redo() override { setObsolete(!m_doc.applyItemValue(m_collection, m_itemId, m_key, m_new)); }
    void undo() override { m_doc.applyItemValue(m_collection, m_itemId, m_key, m_old); }
    int id() const override { return SetItemValueId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetItemValueCommand *>(other);
        if (other->isObsolete() || next->m_itemId != m_itemId || next->m_key != m_key ||
            !m_run.absorbs(m_new, next->m_new, next->m_made)) {
            return false;
        }
        m_new = next->m_new;
        return true;
    }

private:
    RequestDocument &m_doc;
    QString m_collection;
    qint64 m_itemId;
    QString m_key;
    QString m_old;
    QString m_new;
    TypingRun::Clock::time_point m_made; // before m_run, which starts at this time
    TypingRun m_run;
};

/// Adding and removing are the same command run in opposite directions.
class ItemPresenceCommand : public QUndoCommand
{
public:
    /// @p firstId receives the entry's id after the first redo (the command may be deleted by the
    /// stack when that write fails, so callers must not ask the command afterwards).
    ItemPresenceCommand(RequestDocument &doc, QString collection, CollectionItem item, int position, bool adding,
                        qint64 *firstId = nullptr)
        : m_doc(doc), m_collection(std::move(collection)), m_item(std::move(item)), m_position(position),
          m_adding(adding), m_firstId(firstId)
    {
        const FormStep *step = doc.form().stepForCollection(m_collection);
        const QString what = step ? step->itemLabel : m_collection;
        setText(adding ? QCoreApplication::translate("RequestDocument", "Add %1").arg(what)
                       : QCoreApplication::translate("RequestDocument", "Remove %1").arg(what));
    }
    void redo() override
    {
        const bool done = apply(m_adding);
        if (m_firstId) {
            *m_firstId = done ? m_item.id : 0;
            m_firstId = nullptr;
        }
        setObsolete(!done);
    }
    void undo() override { apply(!m_adding); }

private:
    bool apply(bool add)
    {
        if (add) {
            const qint64 id = m_doc.applyAddItem(m_collection, m_item, m_position);
            if (id == 0) {
                return false;
            }
            m_item.id = id;
            return true;
        }
        return m_doc.applyRemoveItem(m_collection, m_item.id);
    }

    RequestDocument &m_doc;
    QString m_collection;
    CollectionItem m_item;
    int m_position;
    bool m_adding;
    qint64 *m_firstId;
};

class SetTitleCommand : public QUndoCommand
{
public:
    SetTitleCommand(RequestDocument &doc, QString oldTitle, QString newTitle)
        : m_doc(doc), m_old(std::move(oldTitle)), m_new(std::move(newTitle))
    {
        setText(QCoreApplication::translate("RequestDocument", "Rename request"));
    }
    void redo() override { setObsolete(!m_doc.applyTitle(m_new)); }
    void undo() override { m_doc.applyTitle(m_old); }

private:
    RequestDocument &m_doc;
    QString m_old;
    QString m_new;
};

} // namespace

QString RequestDocument::fieldLabel(const QString &collection, const QString &key) const
{
    const FieldDefinition *field = m_form.field(collection, key);
    return field ? field->label : key;
}

void RequestDocument::setTitle(const QString &title)
{
    if (title != m_request.title) {
        m_undoStack.push(new SetTitleCommand(*this, m_request.title, title));
    }
}

bool RequestDocument::applyTitle(const QString &title)
{
    if (auto r = m_store.setRequestTitle(m_request.id, title); !r) {
        Q_EMIT writeFailed(r.error().message);
        return false;
    }
    m_request.title = title;
    Q_EMIT titleChanged(title);
    return true;
}

RequestDocument::RequestDocument(CaseStore &store, Request request, RequestForm form)
    : m_store(store), m_request(std::move(request)), m_form(std::move(form))
{
}

Result<std::unique_ptr<RequestDocument>> RequestDocument::load(CaseStore &store, qint64 requestId)
{
    auto request = store.loadRequest(requestId);
    if (!request) {
        return request.error();
    }
    auto form = RequestForm::builtIn(request->typeId);
    if (!form) {
        return form.error();
    }
    return std::unique_ptr<RequestDocument>(
        new RequestDocument(store, std::move(request).value(), std::move(form).value()));
}

void RequestDocument::setValue(const QString &key, const QString &value)
{
    const QString old = m_request.value(key);
    if (old != value) {
        m_undoStack.push(new SetValueCommand(*this, key, old, value));
    }
    noteEdit({}, 0, key, value, m_request.value(key));
}

void RequestDocument::setValues(const QList<std::pair<QString, QString>> &values, const QString &undoText)
{
    // No undo step that would change nothing.
    const bool changes = std::any_of(values.cbegin(), values.cend(), [this](const auto &entry) {
        return m_request.value(entry.first) != entry.second;
    });
    if (!changes) {
        return;
    }
    m_undoStack.beginMacro(undoText);
    for (const auto &[key, value] : values) {
        setValue(key, value);
    }
    m_undoStack.endMacro();
}

void RequestDocument::setItemValue(const QString &collection, qint64 itemId, const QString &key, const QString &value)
{
    const CollectionItem *entry = m_request.item(collection, itemId);
    if (!entry) {
        return;
    }
    if (entry->value(key) != value) {
        m_undoStack.push(new SetItemValueCommand(*this, collection, itemId, key, entry->value(key), value));
    }
    const CollectionItem *after = m_request.item(collection, itemId);
    noteEdit(collection, itemId, key, value, after ? after->value(key) : value);
}

void RequestDocument::noteEdit(const QString &collection, qint64 itemId, const QString &key, const QString &wanted,
                               const QString &stored)
{
    const qsizetype removed = m_unsaved.removeIf([&](const UnsavedEdit &edit) {
        return edit.collection == collection && edit.itemId == itemId && edit.key == key;
    });
    if (stored != wanted) {
        m_unsaved.append({collection, itemId, key, wanted});
    }
    if (removed > 0 || stored != wanted) {
        Q_EMIT unsavedEditsChanged();
    }
}

QStringList RequestDocument::unsavedFieldLabels() const
{
    QStringList labels;
    for (const UnsavedEdit &edit : m_unsaved) {
        labels << fieldLabel(edit.collection, edit.key);
    }
    return labels;
}

bool RequestDocument::retryUnsavedEdits()
{
    const QList<UnsavedEdit> pending = m_unsaved;
    for (const UnsavedEdit &edit : pending) {
        if (edit.collection.isEmpty()) {
            setValue(edit.key, edit.value);
        } else if (m_request.item(edit.collection, edit.itemId)) {
            setItemValue(edit.collection, edit.itemId, edit.key, edit.value);
        } else {
            // The entry is gone (removed, or its removal undone into another id): nothing to write.
            noteEdit(edit.collection, edit.itemId, edit.key, edit.value, edit.value);
        }
    }
    return m_unsaved.isEmpty();
}

qint64 RequestDocument::addItem(const QString &collection)
{
    qint64 id = 0;
    m_undoStack.push(new ItemPresenceCommand(*this, collection, CollectionItem{}, -1, true, &id));
    return id;
}

void RequestDocument::removeItem(const QString &collection, qint64 itemId)
{
    const QList<CollectionItem> items = m_request.items(collection);
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == itemId) {
            m_undoStack.push(new ItemPresenceCommand(*this, collection, items.at(i), i, false));
            return;
        }
    }
}

bool RequestDocument::applyValue(const QString &key, const QString &value)
{
    if (auto r = m_store.setValue(m_request.id, key, value); !r) {
        Q_EMIT writeFailed(r.error().message);
        return false;
    }
    // The field now holds what an undo, a redo or an edit wrote: an older failed edit of it is
    // no longer wanted (and must not be written back later).
    noteEdit({}, 0, key, value, value);
    if (value.isEmpty()) {
        m_request.values.remove(key);
    } else {
        m_request.values.insert(key, value);
    }
    Q_EMIT valueChanged(FieldRef{QString(), 0, key});
    return true;
}

bool RequestDocument::applyItemValue(const QString &collection, qint64 itemId, const QString &key,
                                     const QString &value)
{
    if (auto r = m_store.setItemValue(itemId, key, value); !r) {
        Q_EMIT writeFailed(r.error().message);
        return false;
    }
    noteEdit(collection, itemId, key, value, value);
    for (CollectionItem &entry : m_request.collections[collection]) {
        if (entry.id == itemId) {
            if (value.isEmpty()) {
                entry.values.remove(key);
            } else {
                entry.values.insert(key, value);
            }
        }
    }
    Q_EMIT valueChanged(FieldRef{collection, itemId, key});
    return true;
}

qint64 RequestDocument::applyAddItem(const QString &collection, const CollectionItem &item, int position)
{
    auto id = m_store.addItem(m_request.id, collection, item.values, position, item.id);
    if (!id) {
        Q_EMIT writeFailed(id.error().message);
        return 0;
    }
    QList<CollectionItem> &list = m_request.collections[collection];
    CollectionItem added{*id, item.values};
    if (position < 0 || position >= list.size()) {
        list.append(added);
    } else {
        list.insert(position, added);
    }
    Q_EMIT collectionChanged(collection);
    return *id;
}

bool RequestDocument::applyRemoveItem(const QString &collection, qint64 itemId)
{
    if (auto r = m_store.removeItem(itemId); !r) {
        Q_EMIT writeFailed(r.error().message);
        return false;
    }
    QList<CollectionItem> &list = m_request.collections[collection];
    list.removeIf([itemId](const CollectionItem &entry) { return entry.id == itemId; });
    Q_EMIT collectionChanged(collection);
    return true;
}

} // namespace mla::core
