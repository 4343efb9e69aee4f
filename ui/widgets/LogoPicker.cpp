#include "LogoPicker.h"

#include "http/LogoFile.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace AccountDesk {

LogoPicker::LogoPicker(QWidget* parent)
    : QWidget(parent)
    , m_previewLabel(new QLabel(this))
    , m_infoLabel(new QLabel(this))
    , m_chooseButton(new QPushButton(tr("Choose &logo…"), this))
    , m_removeButton(new QPushButton(tr("Remove logo"), this))
{
    m_previewLabel->setObjectName(QStringLiteral("logoPreviewLabel"));
    m_infoLabel->setObjectName(QStringLiteral("logoInfoLabel"));
    m_chooseButton->setObjectName(QStringLiteral("chooseLogoPushButton"));
    m_removeButton->setObjectName(QStringLiteral("removeLogoPushButton"));
    m_previewLabel->setFixedSize(64, 64);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setAccessibleName(tr("Logo preview"));
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextFormat(Qt::PlainText);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_chooseButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_infoLabel, 1);
    layout->addLayout(buttons);

    connect(m_chooseButton, &QPushButton::clicked, this, &LogoPicker::choose);
    connect(m_removeButton, &QPushButton::clicked, this, &LogoPicker::clear);
    showState();
}

bool LogoPicker::loadFile(const QString& path, QString* problem)
{
    std::variant<FileAttachment, FieldError> loaded = LogoFile::load(path, m_rule);
    if (std::holds_alternative<FieldError>(loaded)) {
        const QString reason = std::get<FieldError>(loaded).message;
        m_infoLabel->setText(tr("Not used: %1").arg(reason));
        m_infoLabel->setAccessibleDescription(reason);
        if (problem)
            *problem = reason;
        return false;
    }
    m_attachment = std::get<FileAttachment>(std::move(loaded));
    showState();
    Q_EMIT changed();
    return true;
}

void LogoPicker::clear()
{
    const bool had = m_attachment.has_value();
    m_attachment.reset();
    showState();
    if (had)
        Q_EMIT changed();
}

QString LogoPicker::message() const
{
    return m_infoLabel->text();
}

void LogoPicker::choose()
{
    // The dialog offers the extensions of the types the part takes; the content decides.
    static const QHash<QString, QString> extensions = {
        {QStringLiteral("image/png"), QStringLiteral("*.png")},
        {QStringLiteral("image/jpeg"), QStringLiteral("*.jpg *.jpeg")},
        {QStringLiteral("image/svg+xml"), QStringLiteral("*.svg")},
        {QStringLiteral("image/webp"), QStringLiteral("*.webp")},
        {QStringLiteral("image/gif"), QStringLiteral("*.gif")},
        {QStringLiteral("application/pdf"), QStringLiteral("*.pdf")}};
    QStringList patterns;
    for (const QString& type : m_rule.acceptedTypes)
        if (extensions.contains(type))
            patterns << extensions.value(type);
    const QString filter = patterns.isEmpty()
                               ? tr("All files (*)")
                               : tr("Accepted files (%1);;All files (*)").arg(patterns.join(' '));
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a file"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        filter);
    if (!path.isEmpty())
        loadFile(path);
}

void LogoPicker::showState()
{
    m_removeButton->setEnabled(m_attachment.has_value());
    if (!m_attachment) {
        m_previewLabel->setPixmap(QPixmap());
        m_previewLabel->setText(tr("none"));
        m_infoLabel->setText(tr("No logo: the update is sent as JSON."));
        return;
    }
    QImage image;
    image.loadFromData(m_attachment->content);
    if (!image.isNull())
        m_previewLabel->setPixmap(QPixmap::fromImage(
            image.scaled(m_previewLabel->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    else
        m_previewLabel->setText(tr("no preview"));
    m_infoLabel->setText(
        tr("%1: %2, %3%4. The update is sent as multipart with this logo.")
            .arg(m_attachment->fileName, m_attachment->contentType,
                 QLocale().formattedDataSize(m_attachment->content.size()),
                 image.isNull() ? QString() : tr(", %1×%2 px").arg(image.width()).arg(image.height())));
}

} // namespace AccountDesk
