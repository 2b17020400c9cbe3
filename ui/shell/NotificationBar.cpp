#include "ui/shell/NotificationBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace baza::ui {

NotificationBar::NotificationBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("notificationBar"));
    setAccessibleName(tr("Notification"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The palette's own accent, so it reads as a notice in light and dark themes alike.
    setBackgroundRole(QPalette::AlternateBase);

    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("notificationText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_actions = new QHBoxLayout;
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("notificationDismiss"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the notification"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close);

    connect(m_close, &QToolButton::clicked, this, [this]() {
        hide();
        emit dismissed();
    });
    hide();
}

void NotificationBar::showMessage(const QIcon& icon, const QString& text,
                                  const QList<QAction*>& actions)
{
    m_icon->setPixmap(icon.pixmap(20, 20));
    m_text->setText(text);
    setAccessibleDescription(text);
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (action->menu())
            button->setPopupMode(QToolButton::InstantPopup);
        m_actions->addWidget(button);
    }
    show();
}

QString NotificationBar::text() const
{
    return m_text->text();
}

} // namespace baza::ui
