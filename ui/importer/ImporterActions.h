#pragma once

class QMenu;
class QWidget;

namespace baza::store {
class Store;
}

namespace baza::ui {

// Adds Import…, Import history… and Export contacts… to the main window's File menu. The dialogs
// they open are owned by `window` and delete themselves when closed. Kept here so the shell stays a
// frame.
void addImporterActions(QMenu* fileMenu, store::Store& store, QWidget* window);

// Adds Find duplicates… (contacts that look like the same person, and merging them).
void addDuplicatesAction(QMenu* menu, store::Store& store, QWidget* window);

} // namespace baza::ui
