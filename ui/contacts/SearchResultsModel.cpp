#include "ui/contacts/SearchResultsModel.h"

namespace baza::ui {

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SearchResultsModel::setResults(QList<store::SearchResult> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::SearchResult& result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Title:
            return result.title;
        case Details:
            return result.subtitle;
        case Kind:
            return entityDisplayName(result.entity);
        case ColumnCount:
            break;
        }
        break;
    case IdRole:
        return result.id;
    case EntityRole:
        return result.entity;
    default:
        break;
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title:
        return tr("Name");
    case Details:
        return tr("Details");
    case Kind:
        return tr("Kind");
    case ColumnCount:
        break;
    }
    return {};
}

QString SearchResultsModel::entityDisplayName(const QString& entity)
{
    if (entity == QLatin1String("contact"))
        return tr("Contact");
    if (entity == QLatin1String("company"))
        return tr("Company");
    if (entity == QLatin1String("deal"))
        return tr("Deal");
    return entity;
}

} // namespace baza::ui
