#include "ui/shell/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must not be used inside a namespace.
static void initBazaQrc()
{
    Q_INIT_RESOURCE(baza);
}

namespace baza::ui {

void initResources()
{
    static const bool done = (initBazaQrc(), true);
    Q_UNUSED(done);
}

} // namespace baza::ui
