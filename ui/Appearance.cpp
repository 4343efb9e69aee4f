#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace AccountDesk {
namespace {

const QString kSettingsKey = QStringLiteral("ui/appearance");

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x84);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window.lighter(115));
    // Tooltips and the window's banners (production, keychain) keep their amber, darkened.
    palette.setColor(QPalette::ToolTipBase, QColor(0x5a, 0x4a, 0x12));
    palette.setColor(QPalette::ToolTipText, QColor(0xfb, 0xf0, 0xc8));
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window.lighter(110));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, highlight.lighter(130));
    palette.setColor(QPalette::LinkVisited, highlight.lighter(110));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

} // namespace

Appearance::Mode Appearance::chosen()
{
    const QString value = QSettings().value(kSettingsKey).toString();
    if (value == QStringLiteral("dark"))
        return Mode::Dark;
    if (value == QStringLiteral("light"))
        return Mode::Light;
    return Mode::System;
}

void Appearance::choose(Mode mode)
{
    if (mode == Mode::System)
        QSettings().remove(kSettingsKey);
    else
        QSettings().setValue(kSettingsKey,
                             mode == Mode::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

void Appearance::apply()
{
    // The system's style and palette, as Qt found them at start, are what "as the system" goes back to.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    switch (chosen()) {
    case Mode::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

QString Appearance::displayName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return tr("As the system's theme");
    case Mode::Light:
        return tr("Light");
    case Mode::Dark:
        return tr("Dark");
    }
    return QString();
}

} // namespace AccountDesk
