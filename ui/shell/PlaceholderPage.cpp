#include "ui/shell/PlaceholderPage.h"

#include "ui/shell/PageHeading.h"

#include <QLabel>
#include <QVBoxLayout>

namespace baza::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(title);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePageHeading(title, this));
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace baza::ui
