#pragma once

#include "core/import/Exporter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace baza::store {
class Store;
}

namespace baza::ui {

struct ExportOutcome
{
    qint64 count = 0;
    QString error;
};

// Export contacts: all of them (File → Export contacts…), the ones selected in the contact list,
// or those the list shows (a segment, or the filters typed) as Excel CSV, RFC 4180 CSV, vCard
// 3.0 or 4.0, optionally only those whose consent allows a mailing purpose. Written on a worker
// with a progress bar and Cancel; the file appears only when complete.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(store::Store& store, QWidget* parent = nullptr);

    // What is exported; every contact unless one of these is called.
    void exportSelection(const QStringList& ids);
    // `segment`: the name of the segment the list shows, or empty for the list's own filters;
    // `count`: how many contacts it shows, -1 when not counted yet.
    void exportList(const store::ListQuery& query, const QString& segment, qint64 count);
    void setPath(const QString& path);
    void setFormat(import::ExportFormat format);
    // Empty: every contact.
    void setPurpose(const QString& purpose);
    void startExport();
    void cancelExport();
    const ExportOutcome& outcome() const { return m_outcome; }

signals:
    void exportFinished();

private:
    void browse();
    void formatChanged();
    void done();
    void updateButtons();
    void showProgress();

    // Written by the worker, read by the dialog's timer.
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };

    store::Store& m_store;
    QStringList m_ids;
    std::optional<store::ListQuery> m_query;
    QLabel* m_what = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_mailing = nullptr;
    QComboBox* m_purpose = nullptr;
    QLineEdit* m_path = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_poll = nullptr;
    std::shared_ptr<Progress> m_running;
    QFutureWatcher<ExportOutcome>* m_watcher = nullptr;
    ExportOutcome m_outcome;
};

} // namespace baza::ui
