#pragma once

#include <QString>

// Renders the team sync screens to OUT/sync-*-<suffix>.png (see SyncScreenshots.cpp).
bool renderSyncScreens(const QString& out, const QString& suffix);
