#include "ui/deals/LostReasonDialog.h"

#include "core/store/Store.h"
#include "ui/cards/InlineEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baza::ui {

LostReasonDialog::LostReasonDialog(store::Store& store, const QString& dealTitle, QWidget* parent)
    : QDialog(parent)
    , m_reasons(new QComboBox(this))
    , m_error(makeErrorLabel(QStringLiteral("lostReasonError"), this))
{
    setObjectName(QStringLiteral("lostReasonDialog"));
    setWindowTitle(tr("Mark as lost"));
    m_reasons->setObjectName(QStringLiteral("lostReasonCombo"));
    m_reasons->setAccessibleName(tr("Lost reason"));
    m_reasons->setEditable(true);
    m_reasons->setInsertPolicy(QComboBox::NoInsert);
    // The placeholder and the longer reasons fit without cutting off.
    m_reasons->setMinimumContentsLength(32);
    m_reasons->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    if (auto reasons = store.lostReasons()) {
        for (const domain::LostReason& r : std::as_const(*reasons))
            m_reasons->addItem(r.name);
    }
    m_reasons->setCurrentIndex(-1);
    m_reasons->lineEdit()->setPlaceholderText(tr("Choose or type a reason"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as lost"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* intro = new QLabel(tr("Why was “%1” lost?").arg(dealTitle), this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reasons);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString LostReasonDialog::reason() const
{
    return m_reasons->currentText().trimmed();
}

void LostReasonDialog::setReason(const QString& text)
{
    m_reasons->setCurrentText(text);
}

void LostReasonDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("Say why the deal was lost."));
        m_error->show();
        m_reasons->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace baza::ui
