#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace baza::ui {

// A round avatar with the initials of a name, painted in a colour derived from the name so the
// same person always gets the same colour.
class AvatarWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit AvatarWidget(QWidget* parent = nullptr, int diameter = 56);
    void setName(const QString& name);
    QString initials() const { return m_initials; }
    QColor color() const { return m_color; }

    static QString initialsOf(const QString& name);
    static QColor colorFor(const QString& name);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_initials;
    QColor m_color;
    int m_diameter;
};

// One titled block of a card (Details, Emails, Deals …). Later kinds of records (orders,
// tickets) are new sections added to a card's column; see ContactCard::addSection.
class CardSection final : public QWidget
{
    Q_OBJECT
public:
    CardSection(const QString& objectName, const QString& title, QWidget* parent);
    QVBoxLayout* body() const { return m_body; }
    void setTitle(const QString& title);
    // A small button on the right of the title (e.g. "Add").
    QToolButton* addHeaderButton(const QString& objectName, const QString& text,
                                 const QString& accessibleName);

private:
    QLabel* m_title = nullptr;
    QWidget* m_header = nullptr;
    QVBoxLayout* m_body = nullptr;
};

// A label showing `text` as a link to `url`; activating it opens the URL with the desktop's
// handler (mail client for mailto:, dialer for tel:).
QLabel* makeExternalLink(const QString& objectName, QWidget* parent);
void setExternalLink(QLabel* label, const QString& text, const QString& url);
// A small button copying `text()` of the provider to the clipboard.
QToolButton* makeCopyButton(const QString& objectName, const QString& accessibleName,
                            std::function<QString()> text, QWidget* parent);
// A dimmed caption, e.g. the "work" next to an email address.
QLabel* makeCaption(const QString& text, QWidget* parent);

} // namespace baza::ui
