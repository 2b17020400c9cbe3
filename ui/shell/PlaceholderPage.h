#pragma once

#include <QWidget>

namespace baza::ui {

// A section that is not built yet: its title and a sentence on what will be there.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace baza::ui
