#pragma once

#include <QWidget>

class QTimer;

namespace baza::store {
class Store;
}

namespace baza::ui {

class ActivityComposer;

// What every record card (contact, company, later deal) shares: the record it shows, links to
// other records, saving what is being typed, refreshing itself when the store changes, and undo.
//
// Cards never have a Save button: fields save themselves on Enter or when focus leaves them.
// The one case that needs help from outside is a field still being edited when the card goes
// away (the user navigates, the app locks or quits): call commitPendingEdits() first.
class RecordCard : public QWidget
{
    Q_OBJECT
public:
    RecordCard(store::Store& store, const QString& entity, const QString& id, QWidget* parent);
    ~RecordCard() override;

    QString entity() const { return m_entity; }
    QString recordId() const { return m_id; }

    // Saves every field whose text differs from the stored value, if it is valid. Call it before
    // the card is hidden, destroyed or the database is locked. Returns false when some edit was
    // invalid and could not be saved (its error stays shown next to the field). Public for the
    // shell (lock, quit) and the main window (navigation).
    virtual bool commitPendingEdits();

    // Reads the record again from the store and shows it; keeps what the user is typing.
    virtual void reload() = 0;

signals:
    // The user followed a link to another record (a company, a contact, a deal).
    void recordRequested(const QString& entity, const QString& id);
    // A short message for the status bar (undo, errors that have no field to sit next to).
    void statusMessage(const QString& text);

protected:
    store::Store& store() const { return m_store; }
    // Whether a store change to (entity, ids) concerns this card. The default accepts the
    // card's own record and every related kind (activities, tasks, deals, consents).
    virtual bool isRelevantChange(const QString& entity, const QStringList& ids) const;
    // Undo the newest change of this device (Ctrl+Z outside a field being edited).
    void undo();
    // Ctrl+Shift+N, C, M, E open the composer for a note, call, meeting or email.
    void addComposerShortcuts(ActivityComposer* composer);

    void closeEvent(QCloseEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    store::Store& m_store;
    QString m_entity;
    QString m_id;
    QTimer* m_reloadTimer = nullptr;
};

} // namespace baza::ui
