#pragma once

namespace baza::ui {

// Registers resources/baza.qrc (icons). Resources compiled into a static library are dropped by
// the linker unless something references them, so the app and the tests call this once.
void initResources();

} // namespace baza::ui
