#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace baza::store {
class Store;
}

namespace baza::ui {

// The business's base currency and its exchange rates: a rate applies from its date until the
// next one of the same pair. Rates are typed as decimals and stored exactly.
class RatesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RatesDialog(store::Store& store, QWidget* parent = nullptr);

    // Adds the rate typed in the form; false (with the reason shown) when it is not valid.
    bool addRate();

private:
    void load();

    store::Store& m_store;
    QComboBox* m_base;
    QTableWidget* m_table;
    QComboBox* m_currency;
    QDateEdit* m_date;
    QLineEdit* m_rate;
    QLabel* m_error;
};

// The currencies offered in pickers, most used first.
QStringList commonCurrencies();

} // namespace baza::ui
