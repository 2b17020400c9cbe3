#pragma once

#include "core/domain/Deal.h"
#include "core/domain/Money.h"
#include "core/store/Store.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>

namespace baza::ui {

// What the board shows of one pipeline, read in one go (on a worker by BoardLoader).
struct BoardSnapshot
{
    domain::Pipeline pipeline;
    QList<store::BoardDeal> deals;
    domain::CurrencyConverter converter;
};

// Which deals the board shows; empty fields mean all.
struct BoardFilter
{
    QString ownerId;
    QString tag;
    QString text; // matched against title, company and contact, case-insensitively
};

// The board as a two-level model: the top rows are the pipeline's stages, their children the
// open deals in that stage in column order. Each column of the board is a view rooted at one
// stage. Totals are in the base currency. The model follows the store: a changed deal is read
// again and moved to where it now belongs.
class BoardModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SubtitleRole,  // company, else contact
        ValueTextRole, // the deal's value in its own currency
        BaseValueRole, // qint64, minor units of the base currency (-1 if no rate)
        OwnerInitialsRole,
        OwnerNameRole,
        ExpectedCloseRole, // QDate
        DaysInStageRole,   // int
        TaskStateRole,     // TaskState
        RottingRole,       // bool
        ProbabilityRole,   // int, effective
        StageIdRole,
        // Stage rows
        CountRole,       // int
        TotalRole,       // qint64 base minor units
        WeightedRole,    // qint64 base minor units
        UnconvertedRole, // int: deals without a rate into the base currency
        HeaderTextRole,  // "12 deals · 45 000 zł · weighted 20 000 zł"
    };
    enum class TaskState { Planned, Overdue, Missing };

    BoardModel(store::Store& store, QObject* parent = nullptr);

    // Reads synchronously; the page reads on a worker and calls setSnapshot.
    Status load(const QString& pipelineId);
    void setSnapshot(BoardSnapshot snapshot);
    static Result<BoardSnapshot> readSnapshot(const store::Store& store, const QString& pipelineId);

    void setFilter(const BoardFilter& filter);
    BoardFilter filter() const { return m_filter; }
    // The clock rotting and overdue markers are measured against (tests pin it).
    void setNow(const QDateTime& now);

    QString pipelineId() const { return m_pipeline.id; }
    const domain::Pipeline& pipeline() const { return m_pipeline; }
    QString baseCurrency() const { return m_converter.target(); }
    int stageCount() const { return int(m_columns.size()); }
    QModelIndex stageIndex(int stage) const { return index(stage, 0); }
    int stageOf(const QString& stageId) const;
    QModelIndex indexOfDeal(const QString& dealId) const;
    // Every visible deal in board order, for the list view.
    QList<const store::BoardDeal*> visibleDeals() const;
    const store::BoardDeal* deal(const QString& id) const;
    qint64 baseValue(const QString& id) const;
    // The deal's effective win probability (its own, else its stage's).
    int probability(const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // The pipeline's stages changed shape (added, removed, reordered); the board rebuilds.
    void reloadNeeded();

private:
    struct Item
    {
        store::BoardDeal deal;
        qint64 baseMinor = -1; // -1: no rate
        qint64 weightedMinor = 0;
        int probability = 0;
    };
    struct Column
    {
        domain::Stage stage;
        QStringList ids; // visible deals, in order
        int count = 0;
        qint64 total = 0;
        qint64 weighted = 0;
        int unconverted = 0;
    };

    Item makeItem(store::BoardDeal deal) const;
    bool matches(const Item& item) const;
    void rebuild();
    void recount(int column);
    void onStoreChanged(const QString& entity, const QStringList& ids);
    void refreshDeal(const QString& id);
    void removeVisible(const QString& id, int column);
    int insertionRow(int column, const Item& item) const;
    static bool before(const Item& a, const Item& b);

    store::Store& m_store;
    domain::Pipeline m_pipeline;
    domain::CurrencyConverter m_converter;
    QHash<QString, Item> m_items; // every open deal of the pipeline, filtered or not
    QList<Column> m_columns;
    BoardFilter m_filter;
    QDateTime m_now;
    QDate m_today = QDate::currentDate(); // the day conversions use (read once per load)
};

QString initialsOf(const QString& name);
// A total rounded to whole units (half away from zero): cents are noise in headers and summaries.
QString formatTotal(qint64 amountMinor, const QString& currency);

} // namespace baza::ui
