#pragma once

#include <QMenu>

namespace baza::ui {

// Settings → Language: follow the system, or one of the languages Baza ships. The choice is
// stored and applies from the next start.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

private:
    void choose(const QString& language);
};

} // namespace baza::ui
