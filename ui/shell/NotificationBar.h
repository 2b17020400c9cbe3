#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace baza::ui {

// A strip across the top of the main window for things that need the user's attention now
// (a due reminder when the desktop has no system tray). The owner supplies the text and the
// actions; an action with a menu becomes a drop-down button.
class NotificationBar final : public QFrame
{
    Q_OBJECT
public:
    explicit NotificationBar(QWidget* parent = nullptr);

    void showMessage(const QIcon& icon, const QString& text, const QList<QAction*>& actions);
    QString text() const;

signals:
    // The close button: the user has seen it.
    void dismissed();

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QHBoxLayout* m_actions = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace baza::ui
