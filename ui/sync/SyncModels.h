#pragma once

#include "core/store/Store.h"

#include <QAbstractTableModel>

class QTableView;

namespace baza::ui {

// The sync log (Store::syncRuns), newest first: one row per sync, or per stretch of quiet or
// equally failing syncs.
class SyncLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Result, Sent, Received, Overwritten, Details, ColumnCount };
    Q_ENUM(Column)
    enum Role { FailedRole = Qt::UserRole + 1 };

    explicit SyncLogModel(QObject* parent = nullptr);

    void setRuns(QList<store::SyncRun> runs);
    const store::SyncRun& run(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString details(const store::SyncRun& run) const;
    QList<store::SyncRun> m_runs;
};

// Values of this device that lost against newer changes from elsewhere
// (Store::overwrittenValues), as a person reads them.
class OverwrittenModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Record, Field, Yours, Winning, By, When, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, RestoredRole, DeletedRole };

    explicit OverwrittenModel(QObject* parent = nullptr);

    void setValues(QList<store::OverwrittenValue> values);
    const store::OverwrittenValue& value(int row) const { return m_values.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A kind of record as a person names it: "Contact", "Deal" …
    static QString entityName(const QString& entity);
    // A column of a record as its card names it.
    static QString fieldName(const QString& entity, const QString& field);

private:
    QList<store::OverwrittenValue> m_values;
};

// A read-only table of whole rows for the sync dialogs: no grid editing, one line a row.
QTableView* makeSyncTable(QAbstractItemModel* model, const QString& objectName,
                          const QString& accessibleName, QWidget* parent);

} // namespace baza::ui
