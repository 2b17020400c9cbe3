#include "ui/shell/Formatting.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QPalette>
#include <QWidget>

namespace baza::ui {

namespace format {

QString time(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
}

QString date(const QDate& day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString dateTime(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString nearDateTime(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const qint64 days = now.toLocalTime().date().daysTo(local.date());
    const QString at = time(local);
    if (days == 0)
        return QCoreApplication::translate("baza::ui::format", "Today %1").arg(at);
    if (days == -1)
        return QCoreApplication::translate("baza::ui::format", "Yesterday %1").arg(at);
    if (days == 1)
        return QCoreApplication::translate("baza::ui::format", "Tomorrow %1").arg(at);
    if (days > 1 && days < 7) {
        const QString weekday = QLocale().dayName(local.date().dayOfWeek(), QLocale::LongFormat);
        //: %1 is a weekday, %2 a time: "Friday 14:00"
        return QCoreApplication::translate("baza::ui::format", "%1 %2").arg(weekday, at);
    }
    return dateTime(local);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString money(qint64 minorUnits, const QString& currency)
{
    // The local symbol (zł, ₽) for the locale's own currency, the ISO code for any other.
    // Currencies without minor units (JPY) are rare in Baza's markets; two decimals otherwise.
    const QLocale locale;
    const QString symbol =
        currency.compare(locale.currencySymbol(QLocale::CurrencyIsoCode), Qt::CaseInsensitive) == 0
            ? locale.currencySymbol(QLocale::CurrencySymbol)
            : currency.toUpper();
    return locale.toCurrencyString(double(minorUnits) / 100.0, symbol, 2);
}

} // namespace format

namespace theme {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor negative(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor secondaryText(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(text.redF() * 0.62f + base.redF() * 0.38f,
                            text.greenF() * 0.62f + base.greenF() * 0.38f,
                            text.blueF() * 0.62f + base.blueF() * 0.38f);
}

void markAsError(QWidget* widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, negative(palette));
    palette.setColor(QPalette::Text, negative(palette));
    widget->setPalette(palette);
}

void markAsSecondary(QWidget* widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, secondaryText(palette));
    widget->setPalette(palette);
}

void markAsMessage(QWidget* widget, bool error)
{
    widget->setPalette(QPalette());
    if (error)
        markAsError(widget);
    else
        markAsSecondary(widget);
}

} // namespace theme

} // namespace baza::ui
