#pragma once

#include "core/userrepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace qawb {

class Store;

// Who is using this store: the name colleagues see on evaluations and comments, and the role (given by an admin).
// Shown at first start (the first-run profile) and from Settings ▸ Profile….
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    ProfileDialog(Store &store, User &user, QWidget *parent = nullptr);
    QLineEdit *nameEdit() const { return m_name; }
    void accept() override;

private:
    Store &m_store;
    User &m_user;
    QLineEdit *m_name;
    QLabel *m_error;
};

} // namespace qawb
