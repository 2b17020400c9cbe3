#include "ui/cards/CustomFields.h"

#include "ui/cards/CardWidgets.h"
#include "ui/cards/InlineEdit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace baza::ui {

CustomFields::CustomFields(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_newName(new QLineEdit(this))
    , m_newValue(new InlineEdit(QStringLiteral("customNewValue"), tr("New field value"), this))
{
    setObjectName(QStringLiteral("customFields"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_newName->setObjectName(QStringLiteral("customNewName"));
    m_newName->setAccessibleName(tr("New field name"));
    m_newName->setPlaceholderText(tr("+ field"));
    m_newName->setFrame(false);
    m_newValue->setPlaceholderText(tr("value"));
    auto* error = makeErrorLabel(QStringLiteral("customNewError"), this);
    m_newValue->setErrorLabel(error);
    m_newValue->setSaveFunction([this](const QString& typed) -> Status {
        const QString name = m_newName->text().trimmed();
        if (name.isEmpty()) {
            Error e = Error::make(ErrorCode::Validation, tr("Name the field first."));
            e.field = QStringLiteral("custom");
            return e;
        }
        QVariantMap next = m_values;
        next.insert(name, typed.trimmed());
        return m_save ? m_save(next) : Status();
    });
    connect(m_newValue, &InlineEdit::saved, this, [this]() {
        m_newName->clear();
        m_newValue->setStoredValue(QString());
        m_newName->setFocus();
    });
    connect(m_newName, &QLineEdit::returnPressed, m_newValue, qOverload<>(&QWidget::setFocus));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_form);
    auto* add = new QHBoxLayout;
    add->addWidget(m_newName, 1);
    add->addWidget(m_newValue, 2);
    layout->addLayout(add);
    layout->addWidget(error);
}

void CustomFields::setValues(const QVariantMap& values)
{
    if (values == m_values && m_form->rowCount() == values.size())
        return;
    m_values = values;
    rebuild();
}

void CustomFields::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    int i = 0;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it, ++i) {
        const QString name = it.key();
        auto* edit =
            new InlineEdit(QStringLiteral("custom%1").arg(i), tr("Field %1").arg(name), this);
        edit->setStoredValue(it.value().toString());
        auto* error = makeErrorLabel(QStringLiteral("custom%1Error").arg(i), this);
        edit->setErrorLabel(error);
        edit->setSaveFunction([this, name](const QString& typed) -> Status {
            QVariantMap next = m_values;
            if (typed.trimmed().isEmpty())
                next.remove(name);
            else
                next.insert(name, typed.trimmed());
            return m_save ? m_save(next) : Status();
        });
        auto* box = new QWidget(this);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        column->addWidget(edit);
        column->addWidget(error);
        m_form->addRow(makeCaption(name, this), box);
    }
}

} // namespace baza::ui
