#include "ui/cards/TagChips.h"

#include "ui/cards/CardWidgets.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QStringListModel>

namespace baza::ui {

namespace {
constexpr int Pad = 8;
constexpr int Gap = 4;
constexpr int InputWidth = 110;
} // namespace

TagChips::TagChips(QWidget* parent)
    : QWidget(parent)
    , m_input(new QLineEdit(this))
{
    setObjectName(QStringLiteral("tagChips"));
    setAccessibleName(tr("Tags"));
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_input->setObjectName(QStringLiteral("tagInput"));
    m_input->setAccessibleName(tr("Add a tag"));
    m_input->setPlaceholderText(tr("+ tag"));
    m_input->setFrame(false);
    m_input->setCompleter(new QCompleter(new QStringListModel(m_input), m_input));
    m_input->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_input, &QLineEdit::returnPressed, this, [this]() {
        const QString tag = m_input->text().trimmed();
        m_input->clear();
        if (tag.isEmpty() || m_tags.contains(tag, Qt::CaseInsensitive))
            return;
        QStringList next = m_tags;
        next << tag;
        emit tagsEdited(next);
    });
}

void TagChips::setTags(const QStringList& tags)
{
    m_tags = tags;
    setAccessibleDescription(tags.join(QLatin1String(", ")));
    m_current = std::min(m_current, int(m_tags.size()) - 1);
    updateGeometry();
    placeInput();
    update();
}

void TagChips::setKnownTags(const QStringList& known)
{
    static_cast<QStringListModel*>(m_input->completer()->model())->setStringList(known);
}

QList<TagChips::Chip> TagChips::layoutChips(int width, int* height) const
{
    const QFontMetrics fm(font());
    const int h = fm.height() + 6;
    int x = 0;
    int y = 0;
    QList<Chip> out;
    for (const QString& tag : m_tags) {
        const int w = fm.horizontalAdvance(tag) + 2 * Pad + h - 4;
        if (x > 0 && x + w > width) {
            x = 0;
            y += h + Gap;
        }
        const QRect box(x, y, w, h);
        out.append({box, QRect(box.right() - h + 4, box.top() + 2, h - 6, h - 4)});
        x += w + Gap;
    }
    // The input goes after the chips, on a new line when it does not fit.
    if (x > 0 && x + InputWidth > width) {
        x = 0;
        y += h + Gap;
    }
    if (height)
        *height = y + h;
    return out;
}

int TagChips::heightForWidth(int width) const
{
    int h = 0;
    layoutChips(width, &h);
    return h;
}

QSize TagChips::sizeHint() const
{
    return {240, heightForWidth(240)};
}

QSize TagChips::minimumSizeHint() const
{
    return {InputWidth, QFontMetrics(font()).height() + 6};
}

void TagChips::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeInput();
}

void TagChips::placeInput()
{
    int h = 0;
    m_chips = layoutChips(width(), &h);
    const int rowHeight = QFontMetrics(font()).height() + 6;
    const int x = m_chips.isEmpty() ? 0 : m_chips.last().box.right() + Gap;
    const bool sameRow = !m_chips.isEmpty() && x + InputWidth <= width() &&
                         m_chips.last().box.top() == h - rowHeight;
    m_input->setGeometry(sameRow ? x : 0, h - rowHeight, InputWidth, rowHeight);
}

void TagChips::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    for (int i = 0; i < m_chips.size(); ++i) {
        const Chip& chip = m_chips.at(i);
        const bool current = hasFocus() && i == m_current;
        QPainterPath path;
        path.addRoundedRect(QRectF(chip.box).adjusted(0.5, 0.5, -0.5, -0.5),
                            chip.box.height() / 2.0, chip.box.height() / 2.0);
        QColor fill = AvatarWidget::colorFor(m_tags.at(i));
        fill.setAlpha(current ? 110 : 55);
        p.fillPath(path, fill);
        p.setPen(
            QPen(current ? pal.color(QPalette::Highlight) : fill.darker(130), current ? 2 : 1));
        p.drawPath(path);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(chip.box.adjusted(Pad, 0, -chip.remove.width() - 2, 0), Qt::AlignVCenter,
                   m_tags.at(i));
        p.drawText(chip.remove, Qt::AlignCenter, QStringLiteral("×"));
    }
}

void TagChips::mousePressEvent(QMouseEvent* event)
{
    for (int i = 0; i < m_chips.size(); ++i) {
        if (m_chips.at(i).remove.contains(event->position().toPoint())) {
            removeAt(i);
            return;
        }
        if (m_chips.at(i).box.contains(event->position().toPoint())) {
            m_current = i;
            setFocus(Qt::MouseFocusReason);
            update();
            return;
        }
    }
    m_input->setFocus(Qt::MouseFocusReason);
}

void TagChips::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        m_current = std::max(0, m_current - 1);
        update();
        return;
    case Qt::Key_Right:
        if (m_current + 1 >= m_tags.size()) {
            m_input->setFocus(Qt::TabFocusReason);
            return;
        }
        ++m_current;
        update();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_current >= 0 && m_current < m_tags.size())
            removeAt(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TagChips::focusInEvent(QFocusEvent* event)
{
    if (m_current < 0 && !m_tags.isEmpty())
        m_current = 0;
    if (m_tags.isEmpty())
        m_input->setFocus(event->reason());
    update();
    QWidget::focusInEvent(event);
}

void TagChips::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

void TagChips::removeAt(int index)
{
    QStringList next = m_tags;
    next.removeAt(index);
    emit tagsEdited(next);
}

} // namespace baza::ui
