#pragma once

#include "core/common/Result.h"

#include <QVariantMap>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLineEdit;

namespace baza::ui {

class InlineEdit;

// A record's own fields ("NIP", "Account number"): each value edits inline; a line at the end
// adds a field by name and value. Emptying a value removes the field.
class CustomFields final : public QWidget
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Status(const QVariantMap&)>;

    explicit CustomFields(QWidget* parent = nullptr);
    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }
    void setValues(const QVariantMap& values);

private:
    void rebuild();

    SaveFunction m_save;
    QVariantMap m_values;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_newName = nullptr;
    InlineEdit* m_newValue = nullptr;
};

} // namespace baza::ui
