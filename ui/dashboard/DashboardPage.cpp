#include "ui/dashboard/DashboardPage.h"

#include "core/store/Store.h"
#include "ui/shell/PageHeading.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace baza::ui {

DashboardPage::DashboardPage(store::Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_figures(new QGridLayout)
{
    setObjectName(QStringLiteral("dashboardPage"));
    setAccessibleName(tr("Dashboard"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePageHeading(tr("Dashboard"), this));
    layout->addLayout(m_figures);
    layout->addStretch(1);
    m_figures->setColumnStretch(2, 1);
    connect(&m_store, &store::Store::changed, this, &DashboardPage::refresh);
    refresh();
}

void DashboardPage::refresh()
{
    while (QLayoutItem* item = m_figures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto counts = m_store.counts();
    if (!counts) {
        m_figures->addWidget(new QLabel(counts.message(), this), 0, 0, 1, 2);
        return;
    }
    const QList<std::pair<QString, qint64>> rows{
        {tr("Contacts"), counts->contacts}, {tr("Companies"), counts->companies},
        {tr("Deals"), counts->deals},       {tr("Activities"), counts->activities},
        {tr("Tasks"), counts->tasks},       {tr("Recorded changes"), counts->changes}};
    const QLocale locale;
    int row = 0;
    for (const auto& [name, value] : rows) {
        auto* figure = new QLabel(locale.toString(value), this);
        QFont font = figure->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(true);
        figure->setFont(font);
        figure->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* label = new QLabel(name, this);
        figure->setAccessibleName(name);
        m_figures->addWidget(figure, row, 0);
        m_figures->addWidget(label, row, 1);
        ++row;
    }
}

} // namespace baza::ui
