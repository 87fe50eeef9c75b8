#include "profiledialog.h"

#include "core/permissions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qawb {

ProfileDialog::ProfileDialog(Store &store, User &user, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
    , m_name(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Your profile"));
    auto *intro = new QLabel(tr("Your name appears on your evaluations and comments, and in the audit log."), this);
    intro->setWordWrap(true);
    m_name->setText(UserRepository::hasProfile(user) ? user.displayName : QString());
    m_name->setPlaceholderText(tr("e.g. 张敏"));
    m_name->setAccessibleName(tr("Name"));
    auto *role = new QLabel(Permissions::roleName(user.role), this);
    auto *roleHelp = new QLabel(
        tr("Roles are given by an admin of this store (the first person to use it): qawb users role LOGIN ROLE."),
        this);
    roleHelp->setWordWrap(true);
    roleHelp->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Login"), new QLabel(user.login, this));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(roleHelp);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void ProfileDialog::accept()
{
    QString error;
    if (!UserRepository(m_store).setDisplayName(m_user, m_name->text(), &error)) {
        m_error->setText(error);
        m_error->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace qawb
