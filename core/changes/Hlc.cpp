#include "core/changes/Hlc.h"

#include <QDateTime>
#include <QStringList>

namespace baza::changes {

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 16, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(device);
}

bool Hlc::parse(const QString& text, Hlc* out)
{
    if (text.size() < 23 || text.at(16) != QLatin1Char('-') || text.at(22) != QLatin1Char('-'))
        return false;
    bool okWall = false;
    bool okCounter = false;
    Hlc h;
    h.wallMs = text.left(16).toLongLong(&okWall);
    h.counter = text.mid(17, 5).toUInt(&okCounter);
    h.device = text.mid(23);
    if (!okWall || !okCounter)
        return false;
    *out = h;
    return true;
}

HybridClock::HybridClock(QString device, WallClock wall)
    : m_device(std::move(device))
    , m_wall(wall ? std::move(wall) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    m_last.device = m_device;
}

Hlc HybridClock::now()
{
    QMutexLocker lock(&m_mutex);
    const qint64 wall = m_wall();
    if (wall > m_last.wallMs) {
        m_last.wallMs = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
        if (m_last.counter > 99999) { // the text form has five digits
            ++m_last.wallMs;
            m_last.counter = 0;
        }
    }
    m_last.device = m_device;
    return m_last;
}

Hlc HybridClock::observe(const Hlc& remote)
{
    QMutexLocker lock(&m_mutex);
    const qint64 wall = m_wall();
    const qint64 remoteWall = std::min(remote.wallMs, wall + MaxDriftMs);
    const qint64 top = std::max({wall, m_last.wallMs, remoteWall});
    quint32 counter = 0;
    if (top == m_last.wallMs && top == remoteWall)
        counter = std::max(m_last.counter, remote.counter) + 1;
    else if (top == m_last.wallMs)
        counter = m_last.counter + 1;
    else if (top == remoteWall)
        counter = (remoteWall == remote.wallMs ? remote.counter : 0) + 1;
    m_last.wallMs = top;
    m_last.counter = counter;
    if (m_last.counter > 99999) {
        ++m_last.wallMs;
        m_last.counter = 0;
    }
    m_last.device = m_device;
    return m_last;
}

void HybridClock::restore(const Hlc& last)
{
    QMutexLocker lock(&m_mutex);
    if (last.wallMs > m_last.wallMs ||
        (last.wallMs == m_last.wallMs && last.counter > m_last.counter)) {
        m_last.wallMs = last.wallMs;
        m_last.counter = last.counter;
    }
}

Hlc HybridClock::last() const
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}

} // namespace baza::changes
