#pragma once

#include <QLabel>

namespace baza::ui {

// The large title at the top of every page, so all pages look alike.
inline QLabel* makePageHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

} // namespace baza::ui
