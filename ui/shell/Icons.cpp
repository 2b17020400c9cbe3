#include "ui/shell/Icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>

namespace baza::ui {

namespace {

class TintedSvgIconEngine final : public QIconEngine
{
public:
    explicit TintedSvgIconEngine(QString path)
        : m_path(std::move(path))
    {}

    QIconEngine* clone() const override { return new TintedSvgIconEngine(m_path); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize pixels = size * scale;
        if (pixels.isEmpty())
            return {};
        const QColor color = colorFor(mode);
        const QString cacheKey = QStringLiteral("baza-icon:%1:%2x%3:%4")
                                     .arg(m_path)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(color.rgba());
        QPixmap cached;
        if (QPixmapCache::find(cacheKey, &cached))
            return cached;
        QImageReader reader(m_path);
        reader.setScaledSize(pixels);
        QImage image = reader.read().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return {};
        // Keep the drawing's shape (alpha), paint it in the palette's colour.
        QPainter p(&image);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(image.rect(), color);
        p.end();
        QPixmap result = QPixmap::fromImage(image);
        result.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }

private:
    static QColor colorFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        default:
            return palette.color(QPalette::Active, QPalette::WindowText);
        }
    }

    QString m_path;
};

} // namespace

QIcon themedIcon(const QString& name)
{
    return QIcon(
        new TintedSvgIconEngine(QStringLiteral(":/baza/icons/") + name + QStringLiteral(".svg")));
}

} // namespace baza::ui
