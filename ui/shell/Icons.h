#pragma once

#include <QIcon>
#include <QString>

namespace baza::ui {

// A monochrome icon from resources/icons/<name>.svg, drawn in the palette's text colour at
// whatever size and device pixel ratio it is painted (highlighted text when selected, the
// disabled colour when disabled), so one SVG serves light, dark and high-DPI screens.
// Names: contacts, companies, deals, tasks, dashboard, lock, search, settings, add, bell, sync,
// cloud-done, cloud-off, warning.
QIcon themedIcon(const QString& name);

} // namespace baza::ui
