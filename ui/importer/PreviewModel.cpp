#include "ui/importer/PreviewModel.h"

namespace baza::ui {

void PreviewModel::setContents(const QStringList& header, const QList<QStringList>& rows)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    m_columns = int(header.size());
    for (const QStringList& row : rows)
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QStringList& row = m_rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    QString text = row.at(index.column());
    // A cell with a line break shows on one line; the tooltip keeps it whole.
    if (role == Qt::DisplayRole)
        text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return text;
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < m_header.size())
        return m_header.at(section);
    return tr("Column %1").arg(section + 1);
}

} // namespace baza::ui
