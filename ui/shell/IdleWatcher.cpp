#include "ui/shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace baza::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_sinceInput.start();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeoutMs(qint64 ms)
{
    m_timeoutMs = std::max<qint64>(0, ms);
    touch();
}

bool IdleWatcher::isActive() const
{
    return m_timeoutMs > 0;
}

qint64 IdleWatcher::remainingMs() const
{
    if (!isActive())
        return -1;
    return std::max<qint64>(0, m_timeoutMs - m_sinceInput.elapsed());
}

void IdleWatcher::touch()
{
    m_sinceInput.restart();
    if (isActive())
        m_timer->start(int(std::min<qint64>(m_timeoutMs, std::numeric_limits<int>::max())));
    else
        m_timer->stop();
}

void IdleWatcher::check()
{
    if (!isActive())
        return;
    const qint64 left = remainingMs();
    if (left > 0) {
        // There was input since the timer started: wait for the rest of the quiet time.
        m_timer->start(int(std::min<qint64>(left, std::numeric_limits<int>::max())));
        return;
    }
    m_timer->stop();
    emit idle();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace baza::ui
