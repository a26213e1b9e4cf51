#include "casetreemodel.h"

#include "storage/casestore.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace mla::ui {

namespace {

// Request rows carry their case's row + 1 as internal id; case rows carry 0.
constexpr quintptr kCaseRowTag = 0;

QString countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
}

} // namespace

CaseTreeModel::CaseTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

core::Result<void> CaseTreeModel::setStore(core::CaseStore *store)
{
    m_store = store;
    return reload();
}

core::Result<QList<CaseTreeModel::CaseNode>> CaseTreeModel::readAll() const
{
    QList<CaseNode> nodes;
    if (!m_store) {
        return nodes;
    }
    auto cases = m_store->cases();
    if (!cases) {
        return cases.error();
    }
    for (const core::CaseInfo &info : std::as_const(*cases)) {
        auto requests = m_store->requests(info.id);
        if (!requests) {
            return requests.error();
        }
        nodes.append({info, std::move(requests).value()});
    }
    return nodes;
}

core::Result<void> CaseTreeModel::reload()
{
    auto nodes = readAll();
    beginResetModel();
    if (nodes) {
        m_cases = std::move(nodes).value();
    } else {
        m_cases.clear();
    }
    endResetModel();
    if (!nodes) {
        return nodes.error();
    }
    return {};
}

core::Result<void> CaseTreeModel::refreshRequest(qint64 requestId)
{
    const QModelIndex requestIndex = indexForRequest(requestId);
    if (!requestIndex.isValid() || !m_store) {
        return {};
    }
    const int caseRow = requestIndex.parent().row();
    auto fresh = m_store->requests(m_cases.at(caseRow).info.id);
    if (!fresh) {
        return fresh.error();
    }
    QList<core::RequestSummary> &current = m_cases[caseRow].requests;
    const bool sameRows =
        std::equal(current.cbegin(), current.cend(), fresh->cbegin(), fresh->cend(),
                   [](const core::RequestSummary &a, const core::RequestSummary &b) { return a.id == b.id; });
    const QModelIndex caseIndex = index(caseRow, 0);
    if (sameRows) {
        current = std::move(fresh).value();
        if (!current.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0, caseIndex),
                               index(static_cast<int>(current.size()) - 1, ColumnCount - 1, caseIndex));
        }
        return {};
    }
    if (!current.isEmpty()) {
        beginRemoveRows(caseIndex, 0, static_cast<int>(current.size()) - 1);
        current.clear();
        endRemoveRows();
    }
    if (!fresh->isEmpty()) {
        beginInsertRows(caseIndex, 0, static_cast<int>(fresh->size()) - 1);
        current = std::move(fresh).value();
        endInsertRows();
    }
    return {};
}

QModelIndex CaseTreeModel::indexForCase(qint64 caseId, int column) const
{
    for (int row = 0; row < m_cases.size(); ++row) {
        if (m_cases.at(row).info.id == caseId) {
            return index(row, column);
        }
    }
    return {};
}

QModelIndex CaseTreeModel::indexForRequest(qint64 requestId, int column) const
{
    for (int caseRow = 0; caseRow < m_cases.size(); ++caseRow) {
        const QList<core::RequestSummary> &requests = m_cases.at(caseRow).requests;
        for (int row = 0; row < requests.size(); ++row) {
            if (requests.at(row).id == requestId) {
                return createIndex(row, column, static_cast<quintptr>(caseRow) + 1);
            }
        }
    }
    return {};
}

qint64 CaseTreeModel::caseIdAt(const QModelIndex &idx) const
{
    if (const core::CaseInfo *info = caseAt(idx)) {
        return info->id;
    }
    if (const core::RequestSummary *request = requestAt(idx)) {
        return request->caseId;
    }
    return 0;
}

qint64 CaseTreeModel::requestIdAt(const QModelIndex &idx) const
{
    const core::RequestSummary *request = requestAt(idx);
    return request ? request->id : 0;
}

const core::RequestSummary *CaseTreeModel::requestAt(const QModelIndex &idx) const
{
    if (!idx.isValid() || idx.model() != this || idx.internalId() == kCaseRowTag) {
        return nullptr;
    }
    const auto caseRow = static_cast<qsizetype>(idx.internalId() - 1);
    if (caseRow >= m_cases.size() || idx.row() >= m_cases.at(caseRow).requests.size()) {
        return nullptr;
    }
    return &m_cases.at(caseRow).requests.at(idx.row());
}

const core::CaseInfo *CaseTreeModel::caseAt(const QModelIndex &idx) const
{
    if (!idx.isValid() || idx.model() != this || idx.internalId() != kCaseRowTag ||
        idx.row() >= m_cases.size()) {
        return nullptr;
    }
    return &m_cases.at(idx.row()).info;
}

QModelIndex CaseTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_cases.size() ? createIndex(row, column, kCaseRowTag) : QModelIndex();
    }
    if (parent.internalId() != kCaseRowTag || parent.row() >= m_cases.size() ||
        row >= m_cases.at(parent.row()).requests.size()) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex CaseTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kCaseRowTag) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kCaseRowTag);
}

int CaseTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_cases.size());
    }
    if (parent.column() != 0 || parent.internalId() != kCaseRowTag || parent.row() >= m_cases.size()) {
        return 0;
    }
    return static_cast<int>(m_cases.at(parent.row()).requests.size());
}

int CaseTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CaseTreeModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (caseAt(idx)) {
        return caseData(m_cases.at(idx.row()), idx.column(), role);
    }
    if (const core::RequestSummary *request = requestAt(idx)) {
        return requestData(*request, idx.column(), role);
    }
    return {};
}

QVariant CaseTreeModel::caseData(const CaseNode &node, int column, int role) const
{
    const core::CaseInfo &info = node.info;
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn) {
            const QString title = info.title.isEmpty() ? tr("Untitled case") : info.title;
            return info.reference.isEmpty() ? title : tr("%1 – %2").arg(info.reference, title);
        }
        if (column == UpdatedColumn) {
            return QLocale().toString(info.updatedAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == TitleColumn) {
            const int count = static_cast<int>(node.requests.size());
            const QString requests =
                count == 1 ? tr("%n request", nullptr, count) : tr("%n requests", nullptr, count);
            return info.reference.isEmpty()
                       ? tr("%1 (%2)").arg(info.title, requests)
                       : tr("Case %1: %2 (%3)").arg(info.reference, info.title, requests);
        }
        return {};
    case Qt::DecorationRole:
        return column == TitleColumn ? QVariant(QApplication::style()->standardIcon(QStyle::SP_DirIcon))
                                     : QVariant();
    case Qt::FontRole:
        if (column == TitleColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KindRole:
        return static_cast<int>(Kind::Case);
    case IdRole:
        return info.id;
    default:
        return {};
    }
}

QVariant CaseTreeModel::requestData(const core::RequestSummary &request, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return request.title.isEmpty() ? tr("Untitled request") : request.title;
        case RequestedStateColumn:
            return request.requestedState;
        case UpdatedColumn:
            return QLocale().toString(request.updatedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == TitleColumn) {
            return request.title;
        }
        if (column == RequestedStateColumn) {
            return countryName(request.requestedState);
        }
        if (column == UpdatedColumn) {
            return QLocale().toString(request.updatedAt.toLocalTime(), QLocale::LongFormat);
        }
        return {};
    case Qt::DecorationRole:
        return column == TitleColumn ? QVariant(QApplication::style()->standardIcon(QStyle::SP_FileIcon))
                                     : QVariant();
    case KindRole:
        return static_cast<int>(Kind::Request);
    case IdRole:
        return request.id;
    default:
        return {};
    }
}

QVariant CaseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case RequestedStateColumn:
        return tr("State");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace mla::ui
