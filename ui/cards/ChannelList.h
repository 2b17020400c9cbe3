#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QWidget>

#include <functional>

class QVBoxLayout;

namespace baza::ui {

class InlineEdit;

// A contact's email addresses or phone numbers: each a mailto:/tel: link with edit, copy and
// remove buttons, and a field at the end to add one. Every change saves the whole list at once
// through the save function; its error appears under the field that caused it.
class ChannelList final : public QWidget
{
    Q_OBJECT
public:
    enum Kind { Email, Phone };
    struct Item
    {
        QString label; // work, home, mobile …
        QString value;
        friend bool operator==(const Item&, const Item&) = default;
    };
    using SaveFunction = std::function<Status(const QList<Item>&)>;

    ChannelList(Kind kind, QWidget* parent);
    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }
    void setItems(const QList<Item>& items);
    QList<Item> items() const { return m_items; }
    InlineEdit* addField() const { return m_add; }

private:
    void rebuild();
    QWidget* makeRow(int index);
    QString prefix() const;
    QString urlFor(const QString& value) const;

    Kind m_kind;
    SaveFunction m_save;
    QList<Item> m_items;
    QVBoxLayout* m_rows = nullptr;
    InlineEdit* m_add = nullptr;
};

} // namespace baza::ui
