#pragma once

#include <QMutex>
#include <QString>

#include <compare>
#include <functional>

namespace baza::changes {

// A hybrid logical clock timestamp: wall milliseconds, a counter for events within the same
// millisecond (or while the wall clock lags), and the device id as the final tie-break.
struct Hlc
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString device;

    // Fixed-width text whose byte order is the clock order: "0001732357200000-00000-<device>".
    QString toString() const;
    static bool parse(const QString& text, Hlc* out);
    bool isNull() const { return wallMs == 0 && counter == 0; }

    friend std::strong_ordering operator<=>(const Hlc& a, const Hlc& b)
    {
        if (auto c = a.wallMs <=> b.wallMs; c != 0)
            return c;
        if (auto c = a.counter <=> b.counter; c != 0)
            return c;
        const int d = QString::compare(a.device, b.device);
        return d < 0 ? std::strong_ordering::less
                     : (d > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }
    friend bool operator==(const Hlc& a, const Hlc& b) = default;
};

// Issues strictly increasing timestamps for one device, even when the wall clock goes backwards,
// and moves past timestamps received from other devices (observe) so causality holds.
class HybridClock
{
public:
    using WallClock = std::function<qint64()>;

    explicit HybridClock(QString device, WallClock wall = {});

    Hlc now();
    // Merges a remote timestamp; returns the local timestamp that follows it.
    Hlc observe(const Hlc& remote);
    // Restores the last issued timestamp (persisted across restarts).
    void restore(const Hlc& last);
    Hlc last() const;
    QString device() const { return m_device; }

    // Remote clocks further ahead than this are not followed (a broken clock must not drag every
    // device into the future); their counter is still respected.
    static constexpr qint64 MaxDriftMs = 24LL * 60 * 60 * 1000;

private:
    QString m_device;
    WallClock m_wall;
    mutable QMutex m_mutex;
    Hlc m_last;
};

} // namespace baza::changes
