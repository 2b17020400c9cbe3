#pragma once

#include <QWizard>

namespace baza::store {
class Store;
}

namespace baza::ui {

class ImportFilePage;
class ImportPreviewPage;

// File → Import…: pick a CSV or vCard file, check how it decodes, map its columns, choose what
// happens to duplicates, run the import on a worker, read the summary.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, PreviewPageId };

    explicit ImportWizard(store::Store& store, QWidget* parent = nullptr);

    ImportFilePage* filePage() const { return m_filePage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }

private:
    store::Store& m_store;
    ImportFilePage* m_filePage = nullptr;
    ImportPreviewPage* m_previewPage = nullptr;
};

} // namespace baza::ui
