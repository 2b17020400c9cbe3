#include "ui/importer/ImportWizard.h"

#include "core/store/Store.h"
#include "ui/importer/ImportMappingPage.h"
#include "ui/importer/ImportPages.h"
#include "ui/importer/ImportRunPages.h"

namespace baza::ui {

ImportWizard::ImportWizard(store::Store& store, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setAccessibleName(tr("Import wizard"));
    // The classic style follows the system palette on every platform; Aero and Mac styles paint
    // their own backgrounds.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_filePage = new ImportFilePage(this);
    m_previewPage = new ImportPreviewPage(m_filePage, this);
    m_mappingPage = new ImportMappingPage(store.database(), m_filePage, m_previewPage, this);
    m_policyPage = new ImportPolicyPage(store.database(), this);
    m_runPage = new ImportRunPage(store.database(), this);
    m_summaryPage = new ImportSummaryPage(store.database(), m_runPage, this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(PolicyPageId, m_policyPage);
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, m_summaryPage);
    setButtonText(QWizard::FinishButton, tr("Close"));
    resize(860, 600);
}

import::ImportOptions ImportWizard::importOptions() const {
    import::ImportOptions options = m_mappingPage->options();
options.policy = m_policyPage->policy();
return options;
} // namespace baza::ui

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->requestCancel();
        return;
    }
    QWizard::reject();
}

} // namespace baza::ui
