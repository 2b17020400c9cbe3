#include "ui/cards/NewRecordDialog.h"

#include "core/store/Store.h"
#include "ui/cards/CompanyPicker.h"
#include "ui/cards/InlineEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace baza::ui {

namespace {
constexpr int DuplicateCheckDelayMs = 250;
}

NewRecordDialog::NewRecordDialog(store::Store& store, const QString& entity, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_entity(entity)
    , m_duplicate(new QLabel(this))
    , m_generalError(makeErrorLabel(QStringLiteral("createError"), this))
    , m_debounce(new QTimer(this))
    , m_form(new QFormLayout)
{
    const bool contact = entity == QLatin1String("contact");
    setObjectName(QStringLiteral("newRecordDialog"));
    setWindowTitle(contact ? tr("New contact") : tr("New company"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (contact) {
        addLine(QStringLiteral("first_name"), tr("&First name"), QStringLiteral("newFirstName"));
        addLine(QStringLiteral("last_name"), tr("&Last name"), QStringLiteral("newLastName"));
        addLine(QStringLiteral("emails"), tr("&Email"), QStringLiteral("newEmail"));
        addLine(QStringLiteral("phones"), tr("&Phone"), QStringLiteral("newPhone"));
        attachCompanyPicker(
            addLine(QStringLiteral("company_id"), tr("&Company"), QStringLiteral("newCompany")),
            store);
        addLine(QStringLiteral("title"), tr("&Job title"), QStringLiteral("newTitle"));
    } else {
        addLine(QStringLiteral("name"), tr("&Name"), QStringLiteral("newCompanyName"));
        addLine(QStringLiteral("domain"), tr("&Domain"), QStringLiteral("newDomain"));
        addLine(QStringLiteral("phone"), tr("&Phone"), QStringLiteral("newCompanyPhone"));
        addLine(QStringLiteral("city"), tr("C&ity"), QStringLiteral("newCity"));
        addLine(QStringLiteral("industry"), tr("I&ndustry"), QStringLiteral("newIndustry"));
    }
    m_duplicate->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicate->setWordWrap(true);
    m_duplicate->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                         Qt::LinksAccessibleByKeyboard);
    m_duplicate->hide();
    connect(m_duplicate, &QLabel::linkActivated, this, [this](const QString& link) {
        const int colon = int(link.indexOf(QLatin1Char(':')));
        emit recordRequested(link.left(colon), link.mid(colon + 1));
        reject();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* createButton = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(QStringLiteral("createRecordButton"));
    createButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRecordDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DuplicateCheckDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &NewRecordDialog::checkDuplicates);
    setMinimumWidth(420);
}

NewRecordDialog* NewRecordDialog::start(store::Store& store, const QString& entity, QWidget* parent)
{
    auto* dialog = new NewRecordDialog(store, entity, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QLineEdit* NewRecordDialog::addLine(const QString& key, const QString& label,
                                    const QString& objectName)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(objectName);
    line->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    auto* error = makeErrorLabel(objectName + QStringLiteral("Error"), this);
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(line);
    column->addWidget(error);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(line);
    m_form->addRow(caption, box);
    m_lines.insert(key, line);
    m_errors.insert(key, error);
    // Email, phone and a company's name are what duplicates are found by.
    if (key == QLatin1String("emails") || key == QLatin1String("phones") ||
        (key == QLatin1String("name") && m_entity == QLatin1String("company")))
        connect(line, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    return line;
}

QString NewRecordDialog::text(const QString& key) const
{
    const QLineEdit* line = m_lines.value(key);
    return line ? line->text().trimmed() : QString();
}

void NewRecordDialog::checkDuplicates()
{
    QStringList found;
    auto link = [](const QString& entity, const QString& id, const QString& name) {
        return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(entity, id, name.toHtmlEscaped());
    };
    if (m_entity == QLatin1String("contact")) {
        const QList<QPair<QString, QString>> channels{
            {QStringLiteral("email"), text(QStringLiteral("emails"))},
            {QStringLiteral("phone"), text(QStringLiteral("phones"))}};
        QStringList seen;
        for (const auto& [kind, value] : channels) {
            if (value.isEmpty())
                continue;
            auto ids = m_store.contactsWithChannel(kind, value);
            if (!ids)
                continue;
            for (const QString& id : std::as_const(*ids)) {
                if (seen.contains(id))
                    continue;
                seen << id;
                if (auto c = m_store.contact(id)) {
                    found << (kind == QLatin1String("email")
                                  ? tr("%1 already belongs to %2.")
                                  : tr("The phone number %1 already belongs to %2."))
                                 .arg(value.toHtmlEscaped(),
                                      link(QStringLiteral("contact"), id, c->displayName()));
                }
            }
        }
    } else if (!text(QStringLiteral("name")).isEmpty()) {
        if (auto id = m_store.companyIdByName(text(QStringLiteral("name")))) {
            if (auto c = m_store.company(*id))
                found << tr("There already is a company named %1.")
                             .arg(link(QStringLiteral("company"), *id, c->name));
        }
    }
    if (found.isEmpty()) {
        m_duplicate->hide();
        return;
    }
    m_duplicate->setText(found.join(QStringLiteral("<br>")) + QStringLiteral("<br>") +
                         tr("Open them with the link, or create a new record anyway."));
    m_duplicate->setAccessibleName(m_duplicate->text());
    m_duplicate->show();
}

void NewRecordDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    m_generalError->hide();
}

void NewRecordDialog::showFieldError(const QString& field, const QString& message)
{
    QLabel* label = m_errors.value(field, m_generalError);
    label->setText(message);
    label->show();
    if (QLineEdit* line = m_lines.value(field))
        line->setFocus();
}

bool NewRecordDialog::create()
{
    clearErrors();
    m_debounce->stop();
    QString id;
    Error error;
    if (m_entity == QLatin1String("contact")) {
        domain::Contact c;
        c.firstName = text(QStringLiteral("first_name"));
        c.lastName = text(QStringLiteral("last_name"));
        c.title = text(QStringLiteral("title"));
        if (!text(QStringLiteral("emails")).isEmpty())
            c.emails.append({QStringLiteral("work"), text(QStringLiteral("emails"))});
        if (!text(QStringLiteral("phones")).isEmpty())
            c.phones.append({QStringLiteral("mobile"), text(QStringLiteral("phones"))});
        const QString company = text(QStringLiteral("company_id"));
        if (!company.isEmpty()) {
            auto companyId = m_store.companyIdByName(company);
            if (!companyId) {
                showFieldError(QStringLiteral("company_id"), companyId.message());
                return false;
            }
            c.companyId = *companyId;
        }
        auto created = m_store.createContact(c);
        if (created)
            id = created->id;
        else
            error = created.error();
    } else {
        domain::Company c;
        c.name = text(QStringLiteral("name"));
        c.domain = text(QStringLiteral("domain"));
        c.phone = text(QStringLiteral("phone"));
        c.address.city = text(QStringLiteral("city"));
        c.industry = text(QStringLiteral("industry"));
        auto created = m_store.createCompany(c);
        if (created)
            id = created->id;
        else
            error = created.error();
    }
    if (id.isEmpty()) {
        // "A contact needs a name…" names last_name; the first field is where to start typing.
        showFieldError(error.field == QLatin1String("last_name") &&
                               text(QStringLiteral("first_name")).isEmpty()
                           ? QStringLiteral("first_name")
                           : error.field,
                       error.message);
        return false;
    }
    emit recordCreated(m_entity, id);
    accept();
    return true;
}

} // namespace baza::ui
