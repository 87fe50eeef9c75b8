#include "sharedstoredialog.h"

#include "core/sync.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qawb {

SharedStoreDialog::SharedStoreDialog(const QString &sharedPath, bool includeDrafts, const QString &localStorePath,
                                     QWidget *parent)
    : QDialog(parent)
    , m_localStorePath(localStorePath)
    , m_path(new QLineEdit(sharedPath, this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_create(new QCheckBox(tr("Create it if it does not exist"), this))
    , m_drafts(new QCheckBox(tr("Also share drafts"), this))
    , m_state(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Shared store"));
    auto *intro = new QLabel(tr("The team's shared store is one file in a shared folder (a network drive or a synced "
                                "folder everyone can write to). QA Workbench sends your work there and picks up your "
                                "colleagues' every two minutes, after each submission and when you press F5. Leave "
                                "the field empty to keep everything on this computer."),
                             this);
    intro->setWordWrap(true);
    m_path->setPlaceholderText(tr("e.g. %1").arg(QDir::toNativeSeparators(QStringLiteral("/mnt/qa/team.qawb"))));
    m_path->setAccessibleName(tr("Shared store file"));
    m_path->setClearButtonEnabled(true);
    m_browse->setAccessibleName(tr("Browse for the shared store file"));
    m_drafts->setChecked(includeDrafts);
    m_drafts->setToolTip(tr("Drafts are then visible to everyone with access to the shared store, and continue on "
                            "your other computers. Private notes never leave this computer."));
    m_state->setWordWrap(true);
    m_state->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *label = new QLabel(tr("Shared store &file:"), this);
    label->setBuddy(m_path);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SharedStoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SharedStoreDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SharedStoreDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        updateState();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(label);
    layout->addLayout(pathRow);
    layout->addWidget(m_state);
    layout->addWidget(m_create);
    layout->addWidget(m_drafts);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    resize(600, height());
    updateState();
}

void SharedStoreDialog::fitHeight()
{
    // A top-level window does not follow its wrapped labels' height for its width by itself.
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void SharedStoreDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    const int needed = heightForWidth(width());
    if (needed > 0)
        setMinimumHeight(needed);
}

QString SharedStoreDialog::sharedPath() const
{
    const QString text = m_path->text().trimmed();
    if (text.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath());
}

bool SharedStoreDialog::createIfMissing() const
{
    return !m_create->isHidden() && m_create->isChecked();
}

bool SharedStoreDialog::includeDrafts() const
{
    return m_drafts->isChecked();
}

QString SharedStoreDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SharedStoreDialog::browse()
{
    QFileDialog dialog(this, tr("Choose the shared store"));
    dialog.setAcceptMode(QFileDialog::AcceptSave); // an existing file, or the name of a new one
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setNameFilters({tr("QA Workbench stores (*.qawb *.sqlite *.db)"), tr("All files (*)")});
    dialog.setDefaultSuffix(QStringLiteral("qawb"));
    const QString current = sharedPath();
    if (!current.isEmpty())
        dialog.selectFile(current);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_path->setText(QDir::toNativeSeparators(dialog.selectedFiles().first()));
}

void SharedStoreDialog::updateState()
{
    const QString path = sharedPath();
    bool missing = false;
    if (path.isEmpty()) {
        m_state->setText(tr("Sync is off: your work stays on this computer."));
    } else if (QFileInfo(path).isFile()) {
        m_state->setText(tr("A store exists there; it is synced with this computer's."));
    } else if (QFileInfo(path).exists()) {
        m_state->setText(tr("That is a folder: give the name of a file in it."));
    } else if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        m_state->setText(
            tr("The folder %1 cannot be reached now.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    } else {
        m_state->setText(tr("There is no store there yet."));
        missing = true;
    }
    m_create->setVisible(missing);
    m_drafts->setEnabled(!path.isEmpty());
    fitHeight();
}

void SharedStoreDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    fitHeight();
    m_path->setFocus();
}

void SharedStoreDialog::accept()
{
    const QString path = sharedPath();
    if (path.isEmpty()) { // sync off
        QDialog::accept();
        return;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        showError(tr("%1 is a folder, not a store file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QFileInfo local(m_localStorePath);
    if (local.exists() && info.exists() && local.canonicalFilePath() == info.canonicalFilePath()) {
        showError(tr("That is this computer's own store; the shared store must be another file."));
        return;
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        showError(tr("The folder %1 does not exist or cannot be reached.")
                      .arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    if (!info.exists() && !m_create->isChecked()) {
        showError(tr("There is no shared store at %1. Tick “Create it if it does not exist” to start one there.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!SyncEngine::checkLocation(path, &error)) {
        showError(error.isEmpty() ? tr("A shared store cannot be kept there.") : error);
        return;
    }
    QDialog::accept();
}

} // namespace qawb
