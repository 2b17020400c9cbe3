#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;

namespace baza::ui {

// A contact's tags as painted chips, each with a remove mark, and a field to add one.
// Keyboard: Left/Right move between chips, Delete or Backspace removes the current one;
// in the field, Enter adds the typed tag (with completion from existing tags).
class TagChips final : public QWidget
{
    Q_OBJECT
public:
    explicit TagChips(QWidget* parent = nullptr);

    void setTags(const QStringList& tags);
    QStringList tags() const { return m_tags; }
    void setKnownTags(const QStringList& known);
    QLineEdit* input() const { return m_input; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    // The user added or removed a tag; `tags` is the whole new list.
    void tagsEdited(const QStringList& tags);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct Chip
    {
        QRect box;
        QRect remove;
    };
    // Lays the chips out for `width`; returns the height they need (input not included).
    QList<Chip> layoutChips(int width, int* height) const;
    void removeAt(int index);
    void placeInput();

    QStringList m_tags;
    QList<Chip> m_chips;
    int m_current = -1;
    QLineEdit* m_input = nullptr;
};

} // namespace baza::ui
