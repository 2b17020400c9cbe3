#pragma once

#include "core/sync/SyncEngine.h"

#include <QString>

namespace baza::ui::synctext {

// How the sync screens say things, in one place (status bar, sync log, preferences).

// Short, for the status bar: "Synced 14:05", "Syncing…", "Offline · 3 waiting".
QString shortState(const sync::SyncStatus& status);
// A sentence about the state and what happens next.
QString stateSentence(const sync::SyncStatus& status);
// "Today 14:05" or "never".
QString lastSync(const sync::SyncStatus& status);
// admin, manager, sales as a person reads them.
QString roleName(const QString& role);
// Rich text for tooltips and the log's header: server, user, state, last sync, waiting changes,
// the error.
QString details(const sync::SyncStatus& status);
// The refused certificate was pinned before (a changed certificate), not merely untrusted.
bool certificateChanged(const sync::SyncStatus& status);

} // namespace baza::ui::synctext
