#pragma once

#include "core/importer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace qawb {

// Asks what to import: the files (JSON Lines or a CSV pair), the queue to put them in, the CSV encoding,
// and whether to skip invalid records instead of importing nothing.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const QStringList &files, const QStringList &queueNames, QWidget *parent = nullptr);
    QStringList files() const;
    // Options without userId (the caller knows who imports).
    ImportOptions options() const;

private:
    QListWidget *m_files;
    QComboBox *m_queue;
    QComboBox *m_encoding;
    QCheckBox *m_skipInvalid;
    QLineEdit *m_rejects;
};

} // namespace qawb
