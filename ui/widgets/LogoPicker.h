#pragma once

#include "http/FileAttachment.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace AccountDesk {

// Picks an image to upload as a logo (PNG, JPEG, SVG, WebP by content, at most 5 MB), previews it
// with its size, and removes it again. Refusals are explained in the widget.
class LogoPicker : public QWidget
{
    Q_OBJECT

public:
    explicit LogoPicker(QWidget* parent = nullptr);

    // true when the file was accepted; otherwise the reason is shown and returned.
    bool loadFile(const QString& path, QString* problem = nullptr);
    void clear();
    const std::optional<FileAttachment>& attachment() const { return m_attachment; }
    QString message() const;

Q_SIGNALS:
    void changed();

private:
    void choose();
    void showState();

    std::optional<FileAttachment> m_attachment;
    QLabel* m_previewLabel;
    QLabel* m_infoLabel;
    QPushButton* m_chooseButton;
    QPushButton* m_removeButton;
};

} // namespace AccountDesk
