#include "ui/shell/SettingsDialog.h"

#include "ui/shell/Formatting.h"
#include "ui/shell/SettingsPages.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace baza::ui {

SettingsDialog::SettingsDialog(store::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    m_pages = {new GeneralSettingsPage(this), new DatabaseSettingsPage(store, this)};
    for (SettingsPage* page : std::as_const(m_pages))
        m_tabs->addTab(page, page->title());

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    theme::markAsError(m_problem);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::applyAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::addPage(SettingsPage* page)
{
    page->setParent(this);
    m_pages << page;
    m_tabs->addTab(page, page->title());
}

void SettingsDialog::showPage(const QString& objectName)
{
    for (SettingsPage* page : std::as_const(m_pages)) {
        if (page->objectName() == objectName)
            m_tabs->setCurrentWidget(page);
    }
}

void SettingsDialog::applyAll()
{
    for (SettingsPage* page : std::as_const(m_pages)) {
        if (const Status s = page->apply(); !s) {
            m_tabs->setCurrentWidget(page);
            m_problem->setText(s.message());
            m_problem->show();
            return;
        }
    }
    emit applied();
    accept();
}

} // namespace baza::ui
