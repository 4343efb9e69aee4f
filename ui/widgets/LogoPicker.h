#pragma once

#include "http/FileAttachment.h"
#include "http/FileRule.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace AccountDesk {

// Picks a file to upload as the multipart file part (SoftwareOne's logo), checked against what the
// part takes (FileRule: types by content, size), previews an image with its size, and removes it
// again. Refusals are explained in the widget.
class LogoPicker : public QWidget
{
    Q_OBJECT

public:
    explicit LogoPicker(QWidget* parent = nullptr);

    // What the part takes (the provider's: Provider::fileRule); images up to 5 MB until set.
    void setRule(const FileRule& rule) { m_rule = rule; }

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

    FileRule m_rule = FileRule::images();
    std::optional<FileAttachment> m_attachment;
    QLabel* m_previewLabel;
    QLabel* m_infoLabel;
    QPushButton* m_chooseButton;
    QPushButton* m_removeButton;
};

} // namespace AccountDesk
