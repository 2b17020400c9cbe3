#pragma once

#include "core/import/Exporter.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace baza::store {
class Store;
}

namespace baza::ui {

struct ExportOutcome
{
    qint64 count = 0;
    QString error;
};

// File → Export contacts…: all contacts (the contacts screen has no selection or segments yet)
// as Excel CSV, RFC 4180 CSV, vCard 3.0 or 4.0, optionally only those whose consent allows a
// mailing purpose. Written on a worker; the file appears only when complete.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(store::Store& store, QWidget* parent = nullptr);

    void setPath(const QString& path);
    void setFormat(import::ExportFormat format);
    // Empty: every contact.
    void setPurpose(const QString& purpose);
    void startExport();
    const ExportOutcome& outcome() const { return m_outcome; }

signals:
    void exportFinished();

private:
    void browse();
    void formatChanged();
    void done();
    void updateButtons();

    store::Store& m_store;
    QComboBox* m_format = nullptr;
    QCheckBox* m_mailing = nullptr;
    QComboBox* m_purpose = nullptr;
    QLineEdit* m_path = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_export = nullptr;
    QFutureWatcher<ExportOutcome>* m_watcher = nullptr;
    ExportOutcome m_outcome;
};

} // namespace baza::ui
