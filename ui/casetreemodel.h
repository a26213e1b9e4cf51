#pragma once

#include "model/request.h"
#include "util/result.h"

#include <QAbstractItemModel>
#include <QList>

namespace mla::core {
class CaseStore;
}

namespace mla::ui {

/// The cases of a case file and, below each, its requests.
///
/// The model caches what the store returned at the last reload() so that painting never queries
/// the database; callers reload after structural changes and refreshRequest() after edits.
class CaseTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        RequestedStateColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole
    };
    enum class Kind
    {
        Case,
        Request
    };

    explicit CaseTreeModel(QObject *parent = nullptr);

    /// Shows the cases of @p store (not owned; nullptr empties the model).
    core::Result<void> setStore(core::CaseStore *store);
    /// Re-reads every case and request from the store.
    core::Result<void> reload();
    /// Re-reads the requests of the case that holds @p requestId (its title, state, update time).
    core::Result<void> refreshRequest(qint64 requestId);

    QModelIndex indexForCase(qint64 caseId, int column = 0) const;
    QModelIndex indexForRequest(qint64 requestId, int column = 0) const;
    /// The case of a case row, or of a request row's parent; 0 for an invalid index.
    qint64 caseIdAt(const QModelIndex &index) const;
    /// 0 unless @p index is a request row.
    qint64 requestIdAt(const QModelIndex &index) const;
    const core::RequestSummary *requestAt(const QModelIndex &index) const;
    const core::CaseInfo *caseAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct CaseNode
    {
        core::CaseInfo info;
        QList<core::RequestSummary> requests;
    };

    core::Result<QList<CaseNode>> readAll() const;
    QVariant caseData(const CaseNode &node, int column, int role) const;
    QVariant requestData(const core::RequestSummary &request, int column, int role) const;

    core::CaseStore *m_store = nullptr;
    QList<CaseNode> m_cases;
};

} // namespace mla::ui
