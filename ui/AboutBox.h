#pragma once

#include <QCoreApplication>

class QWidget;

namespace AccountDesk {

// Help → About: the program's name, version and purpose.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static void show(QWidget* parent);
};

} // namespace AccountDesk
