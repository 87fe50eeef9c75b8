#include "importdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qawb {

ImportDialog::ImportDialog(const QStringList &files, const QStringList &queueNames, QWidget *parent)
    : QDialog(parent)
    , m_files(new QListWidget(this))
    , m_queue(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_skipInvalid(new QCheckBox(tr("Import the valid records and reject the invalid ones"), this))
    , m_rejects(new QLineEdit(this))
{
    setWindowTitle(tr("Import conversations"));
    m_files->addItems(files);
    m_files->setMaximumHeight(m_files->fontMetrics().lineSpacing() * 5 + 8);
    m_queue->setEditable(true);
    m_queue->addItem(tr("(do not add to a queue)"), QString());
    for (const QString &name : queueNames)
        m_queue->addItem(name, name);
    const QString suggested = tr("Import %1").arg(QDate::currentDate().toString(Qt::ISODate));
    m_queue->addItem(suggested, suggested);
    m_queue->setCurrentIndex(m_queue->count() - 1);
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const char *name : {"UTF-8", "GB18030", "Big5"})
        m_encoding->addItem(QLatin1String(name), QLatin1String(name));
    m_encoding->setToolTip(tr("Only CSV files may use an encoding other than UTF-8."));
    m_rejects->setPlaceholderText(tr("File for rejected records (optional)"));
    m_rejects->setEnabled(false);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setEnabled(false);
    connect(m_skipInvalid, &QCheckBox::toggled, m_rejects, &QLineEdit::setEnabled);
    connect(m_skipInvalid, &QCheckBox::toggled, browse, &QPushButton::setEnabled);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Rejected records"), m_rejects->text(), tr("JSON Lines (*.jsonl)"));
        if (!path.isEmpty())
            m_rejects->setText(path);
    });
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addWidget(m_rejects, 1);
    rejectsRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Files"), m_files);
    form->addRow(tr("Queue"), m_queue);
    form->addRow(tr("CSV encoding"), m_encoding);
    form->addRow(QString(), m_skipInvalid);
    form->addRow(tr("Rejects"), rejectsRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QStringList ImportDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->text();
    return out;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    // An edited queue name has no item data; the text is what the user typed.
    const int index = m_queue->findText(m_queue->currentText());
    options.queueName = index >= 0 ? m_queue->itemData(index).toString() : m_queue->currentText().trimmed();
    options.encoding = m_encoding->currentData().toString();
    options.skipInvalid = m_skipInvalid->isChecked();
    if (options.skipInvalid)
        options.rejectsPath = m_rejects->text().trimmed();
    return options;
}

} // namespace qawb
