#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace baza::ui {

// Notices when nobody has used the app for a while: an application-wide event filter sees every
// key press, click, wheel and pointer move, and a single timer fires once the quiet time reaches
// the timeout. Input only stamps a time, so the filter costs nothing per event.
class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // 0 switches the watcher off. Restarts the quiet time.
    void setTimeoutMs(qint64 ms);
    qint64 timeoutMs() const { return m_timeoutMs; }
    bool isActive() const;
    // Time left until idle() fires; -1 when off.
    qint64 remainingMs() const;

    // Counts as input, e.g. when the session starts.
    void touch();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    QTimer* m_timer = nullptr;
    QElapsedTimer m_sinceInput;
    qint64 m_timeoutMs = 0;
};

} // namespace baza::ui
