#include "ui/deals/RatesDialog.h"

#include "core/domain/Money.h"
#include "core/store/Store.h"
#include "ui/cards/InlineEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baza::ui {

QStringList commonCurrencies()
{
    return {QStringLiteral("PLN"), QStringLiteral("EUR"), QStringLiteral("USD"),
            QStringLiteral("RUB"), QStringLiteral("GBP"), QStringLiteral("CHF"),
            QStringLiteral("CZK"), QStringLiteral("UAH"), QStringLiteral("SEK"),
            QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("HUF"),
            QStringLiteral("JPY")};
}

RatesDialog::RatesDialog(store::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_base(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_currency(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_rate(new QLineEdit(this))
    , m_error(makeErrorLabel(QStringLiteral("rateError"), this))
{
    setObjectName(QStringLiteral("ratesDialog"));
    setWindowTitle(tr("Currencies and exchange rates"));
    m_base->setObjectName(QStringLiteral("baseCurrency"));
    m_base->setAccessibleName(tr("Base currency"));
    m_base->addItems(commonCurrencies());
    m_base->setCurrentText(m_store.baseCurrency());
    m_table->setObjectName(QStringLiteral("ratesTable"));
    m_table->setAccessibleName(tr("Exchange rates"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Currency"), tr("Valid from"), tr("Rate")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_currency->setObjectName(QStringLiteral("rateCurrency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->addItems(commonCurrencies());
    m_currency->setCurrentText(QStringLiteral("EUR"));
    m_date->setObjectName(QStringLiteral("rateDate"));
    m_date->setAccessibleName(tr("Valid from"));
    m_date->setCalendarPopup(true);
    m_rate->setObjectName(QStringLiteral("rateValue"));
    m_rate->setAccessibleName(tr("Rate"));
    m_rate->setPlaceholderText(tr("e.g. 4.2735"));

    auto* add = new QPushButton(tr("Add rate"), this);
    add->setObjectName(QStringLiteral("addRate"));
    add->setAutoDefault(false);
    auto* remove = new QPushButton(tr("Remove selected"), this);
    remove->setObjectName(QStringLiteral("removeRate"));
    remove->setAutoDefault(false);
    auto* baseForm = new QFormLayout;
    baseForm->addRow(tr("&Base currency (totals and forecasts):"), m_base);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("1"), this));
    addRow->addWidget(m_currency);
    addRow->addWidget(new QLabel(tr("="), this));
    addRow->addWidget(m_rate, 1);
    auto* quote = new QLabel(this);
    addRow->addWidget(quote);
    addRow->addWidget(new QLabel(tr("from"), this));
    addRow->addWidget(m_date);
    addRow->addWidget(add);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(baseForm);
    layout->addWidget(m_table, 1);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(560, 420);

    auto showQuote = [this, quote]() {
        quote->setText(m_base->currentText());
    };
    showQuote();
    connect(m_base, &QComboBox::currentTextChanged, this, [this, showQuote](const QString& code) {
        const Status s = m_store.setBaseCurrency(code);
        m_error->setText(s.message());
        m_error->setVisible(!s.ok());
        showQuote();
        load();
    });
    connect(add, &QPushButton::clicked, this, &RatesDialog::addRate);
    connect(m_rate, &QLineEdit::returnPressed, this, &RatesDialog::addRate);
    connect(remove, &QPushButton::clicked, this, [this]() {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const Status s =
            m_store.removeExchangeRate(m_table->item(row, 0)->data(Qt::UserRole).toString());
        m_error->setText(s.message());
        m_error->setVisible(!s.ok());
        load();
    });
    load();
}

void RatesDialog::load()
{
    m_table->setRowCount(0);
    auto rates = m_store.exchangeRates();
    if (!rates)
        return;
    for (const domain::ExchangeRate& r : std::as_const(*rates)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* pair = new QTableWidgetItem(QStringLiteral("%1 → %2").arg(r.currency, r.quote));
        pair->setData(Qt::UserRole, r.id);
        m_table->setItem(row, 0, pair);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(QLocale().toString(r.validOn, QLocale::ShortFormat)));
        m_table->setItem(row, 2, new QTableWidgetItem(domain::rateText(r.rateE8)));
    }
}

bool RatesDialog::addRate()
{
    auto rate = domain::parseRate(m_rate->text());
    Status s;
    if (!rate) {
        s = rate.error();
    } else {
        auto saved = m_store.setExchangeRate(
            {{}, m_currency->currentText(), m_base->currentText(), m_date->date(), *rate});
        if (!saved)
            s = saved.error();
    }
    m_error->setText(s.message());
    m_error->setVisible(!s.ok());
    if (s)
        m_rate->clear();
    load();
    return s.ok();
}

} // namespace baza::ui
