#pragma once

#include "core/import/ImportJob.h"

#include <QWizard>

namespace baza::store {
class Store;
}

namespace baza::ui {

class ImportFilePage;
class ImportMappingPage;
class ImportPolicyPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportSummaryPage;

// File → Import…: pick a CSV or vCard file, check how it decodes, map its columns, choose what
// happens to duplicates, run the import on a worker, read the summary (and undo it there).
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        FilePageId,
        PreviewPageId,
        MappingPageId,
        PolicyPageId,
        RunPageId,
        SummaryPageId
    };

    explicit ImportWizard(store::Store& store, QWidget* parent = nullptr);

    // Everything the user chose on the pages so far, as the import job takes it.
    import::ImportOptions importOptions() const;

    ImportFilePage* filePage() const { return m_filePage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportPolicyPage* policyPage() const { return m_policyPage; }
    ImportRunPage* runPage() const { return m_runPage; }
    ImportSummaryPage* summaryPage() const { return m_summaryPage; }

public slots:
    // Closing while the import runs asks to cancel it instead (nothing is kept).
    void reject() override;

private:
    store::Store& m_store;
    ImportFilePage* m_filePage = nullptr;
    ImportPreviewPage* m_previewPage = nullptr;
    ImportMappingPage* m_mappingPage = nullptr;
    ImportPolicyPage* m_policyPage = nullptr;
    ImportRunPage* m_runPage = nullptr;
    ImportSummaryPage* m_summaryPage = nullptr;
};

} // namespace baza::ui
