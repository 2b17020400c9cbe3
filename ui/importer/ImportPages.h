#pragma once

#include "ui/importer/FilePreview.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace baza::ui {

class PreviewModel;

// Step 1: which file, and what it holds (contacts, companies or deals).
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(QWidget* parent = nullptr);
    bool isComplete() const override;

    QString path() const;
    // contact, company or deal
    QString entity() const;
    void setPath(const QString& path);

private:
    void browse();

    QLineEdit* m_path = nullptr;
    QComboBox* m_entity = nullptr;
    QLabel* m_hint = nullptr;
};

// Step 2: the first rows as the import reads them, with the detected encoding and delimiter and
// a way to override both when the guess is wrong (mojibake, everything in one column).
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportFilePage* filePage, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    const FilePreview& preview() const { return m_preview; }
    // What the user chose: empty / null means "as detected".
    QByteArray chosenEncoding() const;
    QChar chosenDelimiter() const;

private:
    void reload();
    void showDetected();

    ImportFilePage* m_filePage;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_detected = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_table = nullptr;
    PreviewModel* m_model = nullptr;
    FilePreview m_preview;
};

} // namespace baza::ui
