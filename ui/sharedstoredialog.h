#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qawb {

// Settings ▸ Shared store…: where the team's shared store file is (empty: sync off), whether to create it when there
// is none yet, and whether drafts travel too. The location is checked before it is accepted.
class SharedStoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedStoreDialog)

public:
    // localStorePath: this computer's store, which cannot be its own shared store.
    SharedStoreDialog(const QString &sharedPath, bool includeDrafts, const QString &localStorePath,
                      QWidget *parent = nullptr);

    // The chosen file as an absolute path, or empty for "sync off".
    QString sharedPath() const;
    bool createIfMissing() const;
    bool includeDrafts() const;
    QString errorText() const;

    QLineEdit *pathEdit() const { return m_path; }
    QCheckBox *createBox() const { return m_create; }
    QCheckBox *draftsBox() const { return m_drafts; }
    QPushButton *browseButton() const { return m_browse; }

    // Checks the choice; on a problem shows it and stays open.
    void accept() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    void browse();
    void updateState();
    void showError(const QString &text);

    QString m_localStorePath;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QCheckBox *m_create;
    QCheckBox *m_drafts;
    QLabel *m_state;
    QLabel *m_error;
};

} // namespace qawb
