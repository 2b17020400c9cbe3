#pragma once

#include <QListView>

class QStandardItemModel;

namespace baza::ui {

// The unlock window's list of recently opened databases: file name, folder and when it was last
// opened, painted by a delegate. Delete removes the selected entry from the list (not the file).
class RecentDatabasesView final : public QListView
{
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, LastOpenedRole, MissingRole };

    explicit RecentDatabasesView(QWidget* parent = nullptr);

    // Reads the list from AppSettings.
    void reload();
    QString selectedPath() const;
    // Selects the entry of `path` when it is in the list; clears the selection otherwise.
    void selectPath(const QString& path);
    void removeSelected();
    bool isEmpty() const;

signals:
    void pathSelected(const QString& path);
    // Enter or double click: select and unlock.
    void pathActivated(const QString& path);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QStandardItemModel* m_model = nullptr;
};

} // namespace baza::ui
