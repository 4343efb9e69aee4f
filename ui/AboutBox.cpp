#include "AboutBox.h"

#include "core/ApplicationIdentity.h"

#include <QMessageBox>

namespace AccountDesk {

void AboutBox::show(QWidget* parent)
{
    QMessageBox::about(parent, tr("About %1").arg(ApplicationIdentity::displayName()),
                       tr("<h3>%1 %2</h3><p>Edit customer accounts on SaaS platforms through their "
                          "update-account APIs.</p>")
                           .arg(ApplicationIdentity::displayName(), ApplicationIdentity::version()));
}

} // namespace AccountDesk
