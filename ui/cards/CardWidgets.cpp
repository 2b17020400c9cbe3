#include "ui/cards/CardWidgets.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace baza::ui {

AvatarWidget::AvatarWidget(QWidget* parent, int diameter)
    : QWidget(parent)
    , m_diameter(diameter)
{
    setObjectName(QStringLiteral("avatar"));
    setFixedSize(diameter, diameter);
}

QString AvatarWidget::initialsOf(const QString& name)
{
    QString out;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& w : words) {
        const QChar c = w.at(0);
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    // First and last word: "Anna Maria Kowalska" → "AK".
    if (out.size() > 2)
        out = QString(out.front()) + out.back();
    return out.isEmpty() ? QStringLiteral("?") : out;
}

QColor AvatarWidget::colorFor(const QString& name)
{
    // A stable hash (qHash is seeded per process), spread over the hue circle, with saturation
    // and lightness that keep white initials readable.
    quint32 h = 2166136261u;
    for (const QChar c : name) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return QColor::fromHsl(int(h % 360), 140, 110);
}

void AvatarWidget::setName(const QString& name)
{
    m_initials = initialsOf(name);
    m_color = colorFor(name);
    setAccessibleName(tr("Avatar: %1").arg(m_initials));
    update();
}

QSize AvatarWidget::sizeHint() const
{
    return {m_diameter, m_diameter};
}

void AvatarWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(m_color);
    p.drawEllipse(rect().adjusted(1, 1, -1, -1));
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(m_diameter * 2 / 5);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(rect(), Qt::AlignCenter, m_initials);
}

CardSection::CardSection(const QString& objectName, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_header(new QWidget(this))
    , m_body(new QVBoxLayout)
{
    setObjectName(objectName);
    setAccessibleName(title);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    auto* header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    m_body->setSpacing(2);
    layout->addLayout(m_body);
}

void CardSection::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

QToolButton* CardSection::addHeaderButton(const QString& objectName, const QString& text,
                                          const QString& accessibleName)
{
    auto* button = new QToolButton(m_header);
    button->setObjectName(objectName);
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setAutoRaise(true);
    m_header->layout()->addWidget(button);
    return button;
}

QLabel* makeExternalLink(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    QObject::connect(label, &QLabel::linkActivated, label,
                     [](const QString& url) { QDesktopServices::openUrl(QUrl(url)); });
    return label;
}

void setExternalLink(QLabel* label, const QString& text, const QString& url)
{
    label->setText(
        QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped()));
    label->setAccessibleName(text);
    label->setToolTip(url);
}

QToolButton* makeCopyButton(const QString& objectName, const QString& accessibleName,
                            std::function<QString()> text, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(QCoreApplication::translate("baza::ui::CardWidgets", "Copy"));
    button->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    QObject::connect(button, &QToolButton::clicked, button,
                     [text = std::move(text)]() { QApplication::clipboard()->setText(text()); });
    return button;
}

QLabel* makeCaption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

} // namespace baza::ui
