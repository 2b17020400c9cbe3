#include "ui/cards/CompanyPicker.h"

#include "core/store/Store.h"
#include "ui/cards/InlineEdit.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace baza::ui {

namespace {
constexpr int Suggestions = 12;
}

void attachCompanyPicker(QLineEdit* edit, store::Store& store)
{
    auto* model = new QStringListModel(edit);
    auto* completer = new QCompleter(model, edit);
    // The store already matched (folded, any word): show its list as it is.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit, model, completer, &store]() {
        const QString typed = edit->text().trimmed();
        QStringList names;
        if (!typed.isEmpty()) {
            if (auto found = store.companiesMatching(typed, Suggestions)) {
                for (const domain::Company& c : std::as_const(*found))
                    names << c.name;
            }
        }
        model->setStringList(names);
        if (!names.isEmpty())
            completer->complete();
    });
    QObject::connect(completer, qOverload<const QString&>(&QCompleter::activated), edit,
                     [edit](const QString& name) {
                         edit->setText(name);
                         if (auto* inline_ = qobject_cast<InlineEdit*>(edit))
                             inline_->commit();
                     });
}

} // namespace baza::ui
