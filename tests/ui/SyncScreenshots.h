#pragma once

#include <QString>

class QWidget;

// Shows `widget`, renders it to DIR/NAME.png and says so on stderr.
bool saveScreenshot(QWidget& widget, const QString& dir, const QString& name);

// Renders the team sync screens to OUT/sync-*-<suffix>.png (see SyncScreenshots.cpp).
bool renderSyncScreens(const QString& out, const QString& suffix);
