// The two concrete lists: their column titles and how their values read.
#include "core/domain/Contact.h"
#include "ui/lists/RecordListModel.h"

namespace baza::ui {

ContactListModel::ContactListModel(store::Store& store, ListWorker& worker, QObject* parent)
    : RecordListModel(store::ListEntity::Contacts, store, worker, parent)
{}

QString ContactListModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Company:
        return tr("Company");
    case Title:
        return tr("Job title");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case Lifecycle:
        return tr("Lifecycle stage");
    case Owner:
        return tr("Owner");
    case Tags:
        return tr("Tags");
    case LastContacted:
        return tr("Last contacted");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    }
    return {};
}

QVariant ContactListModel::display(int column, const QVariant& value) const
{
    if (column == Lifecycle) {
        domain::Lifecycle stage;
        return domain::lifecycleFromKey(value.toString(), &stage)
                   ? domain::lifecycleDisplayName(stage)
                   : value.toString();
    }
    return RecordListModel::display(column, value);
}

CompanyListModel::CompanyListModel(store::Store& store, ListWorker& worker, QObject* parent)
    : RecordListModel(store::ListEntity::Companies, store, worker, parent)
{}

QString CompanyListModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Name");
    case Domain:
        return tr("Domain");
    case Industry:
        return tr("Industry");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case Owner:
        return tr("Owner");
    case Contacts:
        return tr("Contacts");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    }
    return {};
}

bool CompanyListModel::alignRight(int column) const
{
    return column == Contacts;
}

} // namespace baza::ui
