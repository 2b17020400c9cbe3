#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace baza::ui {

// Rows of text under a header: the preview of a file. Ragged rows show empty cells.
class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setContents(const QStringList& header, const QList<QStringList>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_columns = 0;
};

} // namespace baza::ui
