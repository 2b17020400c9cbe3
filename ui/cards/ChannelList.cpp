#include "ui/cards/ChannelList.h"

#include "ui/cards/CardText.h"
#include "ui/cards/CardWidgets.h"
#include "ui/cards/InlineEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace baza::ui {

ChannelList::ChannelList(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_rows(new QVBoxLayout)
{
    setObjectName(prefix() + QStringLiteral("List"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(0);
    layout->addLayout(m_rows);
    m_add =
        new InlineEdit(prefix() + QStringLiteral("Add"),
                       kind == Email ? tr("Add an email address") : tr("Add a phone number"), this);
    m_add->setPlaceholderText(kind == Email ? tr("+ email") : tr("+ phone"));
    auto* error = makeErrorLabel(prefix() + QStringLiteral("AddError"), this);
    m_add->setErrorLabel(error);
    m_add->setSaveFunction([this](const QString& typed) -> Status {
        if (typed.trimmed().isEmpty())
            return {};
        QList<Item> next = m_items;
        next.append(
            {m_kind == Email ? QStringLiteral("work") : QStringLiteral("mobile"), typed.trimmed()});
        return m_save ? m_save(next) : Status();
    });
    // Added: the field is ready for the next one.
    connect(m_add, &InlineEdit::saved, this, [this]() { m_add->setStoredValue(QString()); });
    layout->addWidget(m_add);
    layout->addWidget(error);
}

QString ChannelList::prefix() const
{
    return m_kind == Email ? QStringLiteral("email") : QStringLiteral("phone");
}

QString ChannelList::urlFor(const QString& value) const
{
    if (m_kind == Email)
        return QStringLiteral("mailto:") + value;
    QString dial;
    for (const QChar c : value) {
        if (c.isDigit() || c == QLatin1Char('+'))
            dial += c;
    }
    return QStringLiteral("tel:") + dial;
}

void ChannelList::setItems(const QList<Item>& items)
{
    if (items == m_items && m_rows->count() == items.size())
        return;
    m_items = items;
    rebuild();
}

void ChannelList::rebuild()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        // Hidden at once: deleteLater only runs when the event loop gets back to it.
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < m_items.size(); ++i)
        m_rows->addWidget(makeRow(i));
}

QWidget* ChannelList::makeRow(int index)
{
    const Item item = m_items.at(index);
    const QString name = prefix() + QString::number(index);
    auto* row = new QWidget(this);
    row->setObjectName(name + QStringLiteral("Row"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* link = makeExternalLink(name + QStringLiteral("Link"), row);
    setExternalLink(link, item.value, urlFor(item.value));
    auto* editor = new InlineEdit(name + QStringLiteral("Edit"),
                                  m_kind == Email ? tr("Email address") : tr("Phone number"), row);
    editor->setStoredValue(item.value);
    editor->hide();
    auto* error = makeErrorLabel(name + QStringLiteral("Error"), row);
    editor->setErrorLabel(error);
    editor->setSaveFunction([this, index](const QString& typed) -> Status {
        QList<Item> next = m_items;
        if (typed.trimmed().isEmpty())
            next.removeAt(index);
        else
            next[index].value = typed.trimmed();
        return m_save ? m_save(next) : Status();
    });
    auto showLink = [link, editor]() {
        editor->hide();
        link->show();
    };
    connect(editor, &InlineEdit::reverted, row, showLink);
    connect(editor, &InlineEdit::saved, row, showLink);

    auto* caption = makeCaption(cardtext::emailLabelName(item.label), row);
    auto* edit = new QToolButton(row);
    edit->setObjectName(name + QStringLiteral("EditButton"));
    edit->setText(tr("Edit"));
    edit->setAutoRaise(true);
    edit->setAccessibleName(tr("Edit %1").arg(item.value));
    connect(edit, &QToolButton::clicked, row, [link, editor]() {
        link->hide();
        editor->show();
        editor->setFocus(Qt::OtherFocusReason);
        editor->selectAll();
    });
    auto* copy = makeCopyButton(
        name + QStringLiteral("Copy"), tr("Copy %1").arg(item.value),
        [value = item.value]() { return value; }, row);
    auto* remove = new QToolButton(row);
    remove->setObjectName(name + QStringLiteral("Remove"));
    remove->setText(QStringLiteral("×"));
    remove->setAutoRaise(true);
    remove->setAccessibleName(tr("Remove %1").arg(item.value));
    remove->setToolTip(remove->accessibleName());
    connect(remove, &QToolButton::clicked, this, [this, index, error]() {
        QList<Item> next = m_items;
        next.removeAt(index);
        if (Status s = m_save ? m_save(next) : Status(); !s) {
            error->setText(s.message());
            error->show();
        }
    });

    auto* line = new QHBoxLayout;
    line->setSpacing(4);
    line->addWidget(link, 1);
    line->addWidget(editor, 1);
    line->addWidget(caption);
    line->addWidget(edit);
    line->addWidget(copy);
    line->addWidget(remove);
    auto* column = new QVBoxLayout;
    column->setSpacing(0);
    column->addLayout(line);
    column->addWidget(error);
    layout->addLayout(column);
    return row;
}

} // namespace baza::ui
