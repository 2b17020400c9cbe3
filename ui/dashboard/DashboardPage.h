#pragma once

#include <QWidget>

class QGridLayout;

namespace baza::store {
class Store;
}

namespace baza::ui {

// For now a summary of what the database holds; charts come with the dashboard issue.
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(store::Store& store, QWidget* parent = nullptr);

private:
    void refresh();

    store::Store& m_store;
    QGridLayout* m_figures = nullptr;
};

} // namespace baza::ui
