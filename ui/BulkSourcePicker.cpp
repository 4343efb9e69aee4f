#include "BulkSourcePicker.h"

#include "BulkColumnMapping.h"
#include "bulk/CsvWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace AccountDesk {

BulkSourcePicker::BulkSourcePicker(ProviderPtr provider, QWidget* parent)
    : QWidget(parent)
    , m_provider(std::move(provider))
    , m_tabs(new QTabWidget(this))
{
    auto* filePage = new QWidget(m_tabs);
    m_fileEdit = new QLineEdit(filePage);
    m_fileEdit->setObjectName(QStringLiteral("bulkFileLineEdit"));
    m_fileEdit->setAccessibleName(tr("CSV file"));
    m_fileEdit->setPlaceholderText(tr("A CSV file with a header row: account, then one column per field"));
    auto* browse = new QPushButton(tr("&Browse…"), filePage);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            setCsvFile(path);
    });
    connect(m_fileEdit, &QLineEdit::editingFinished, this, &BulkSourcePicker::readHeader);
    m_columns = new BulkColumnMapping(filePage);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit);
    fileRow->addWidget(browse);
    auto* fileLayout = new QVBoxLayout(filePage);
    fileLayout->addLayout(fileRow);
    fileLayout->addWidget(m_columns);
    m_tabs->addTab(filePage, tr("CSV &file"));
    m_idsEdit = new QPlainTextEdit(m_tabs);
    m_idsEdit->setObjectName(QStringLiteral("bulkIdsEdit"));
    m_idsEdit->setAccessibleName(tr("Account ids"));
    m_idsEdit->setPlaceholderText(tr("One account id per line (commas and spaces separate them too)"));
    m_idsEdit->setTabChangesFocus(true);
    m_tabs->addTab(m_idsEdit, tr("Account &ids"));
    // A provider that edits the caller's own account has no ids to list.
    m_tabs->setTabEnabled(1, !m_provider->pathParameters().isEmpty());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void BulkSourcePicker::setCsvFile(const QString& path)
{
    m_fileEdit->setText(path);
    m_tabs->setCurrentIndex(0);
    readHeader();
}

void BulkSourcePicker::setAccountIds(const QString& ids)
{
    m_idsEdit->setPlainText(ids);
    m_tabs->setCurrentIndex(1);
}

bool BulkSourcePicker::usesIds() const
{
    return m_tabs->currentIndex() == 1;
}

void BulkSourcePicker::readHeader()
{
    QFile file(m_fileEdit->text());
    if (m_fileEdit->text().isEmpty() || !file.open(QIODevice::ReadOnly))
        return m_columns->setColumns(m_provider, {});
    CsvReader reader(file);
    m_columns->setColumns(m_provider, reader.next().value_or(QStringList()));
}

std::optional<BulkSourcePicker::Opened> BulkSourcePicker::open(FieldErrors& problems) const
{
    Opened opened;
    if (!usesIds()) {
        auto file = std::make_unique<QFile>(m_fileEdit->text());
        if (m_fileEdit->text().isEmpty() || !file->open(QIODevice::ReadOnly)) {
            problems.append(
                {tr("CSV file"), m_fileEdit->text().isEmpty() ? tr("choose one") : file->errorString()});
            return std::nullopt;
        }
        QCryptographicHash sha256(QCryptographicHash::Sha256);
        sha256.addData(file.get());
        opened.sha256 = sha256.result().toHex();
        file->seek(0);
        opened.device = std::move(file);
        opened.reader = std::make_unique<CsvReader>(*opened.device);
        const std::optional<QStringList> header = opened.reader->next();
        if (!header) {
            problems.append({tr("CSV file"), opened.reader->error().isEmpty() ? tr("has no header row")
                                                                              : opened.reader->error()});
            return std::nullopt;
        }
        if (*header != m_columns->columnNames()) { // saved again with other columns since it was chosen
            problems.append({tr("CSV file"), tr("its columns changed since it was chosen: choose it again")});
            return std::nullopt;
        }
        opened.header = m_columns->mappedHeader();
        opened.ignored = m_columns->ignoredColumns();
        if (opened.ignored.size() == opened.header.size()) {
            problems.append({tr("Columns"), tr("no column fills the account or a field")});
            return std::nullopt;
        }
        return opened;
    }
    QByteArray csv = CsvWriter::record({QStringLiteral("account")});
    const QStringList ids = m_idsEdit->toPlainText().split(
        QRegularExpression(QStringLiteral("[\\s,;]+"), QRegularExpression::UseUnicodePropertiesOption),
        Qt::SkipEmptyParts);
    for (const QString& id : ids)
        csv += CsvWriter::record({id});
    opened.sha256 = QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex();
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(csv);
    buffer->open(QIODevice::ReadOnly);
    opened.device = std::move(buffer);
    opened.reader = std::make_unique<CsvReader>(*opened.device);
    opened.header = opened.reader->next().value_or(QStringList());
    return opened;
}

} // namespace AccountDesk
