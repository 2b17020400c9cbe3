#include "ui/importer/ImportWizard.h"

#include "ui/importer/ImportPages.h"

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
    m_filePage = new ImportFilePage(this);
    m_previewPage = new ImportPreviewPage(m_filePage, this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setButtonText(QWizard::FinishButton, tr("Close"));
    resize(820, 560);
}

} // namespace baza::ui
