#pragma once

#include "core/calibration.h"
#include "workspace.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace qawb {

// Review ▸ Calibration sessions… (校准): for QA managers. A session is a sample's blind calibration queues — the same
// conversations scored by several inspectors. While evaluations are pending the dialog says who still has to
// submit; the report shows per item the answers side by side (answers that differ from the majority, or from the
// expert, are marked), agreement (percent and Krippendorff's alpha), each conversation's score spread and each
// inspector's deviation from the group or from a chosen expert. Exports to CSV.
class CalibrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationDialog)

public:
    explicit CalibrationDialog(const Workspace &workspace, QWidget *parent = nullptr);

    // Re-reads the list of sessions and the current report.
    void reload();
    // Shows the report of this session (sample id or prefix); false when it cannot be built (statusText says why).
    bool showSession(const QString &sampleId);
    void setExpert(const QString &login); // empty: the group
    const std::optional<CalibrationReport> &report() const { return m_report; }
    // Writes the answers side by side, agreement and deviations as CSV (Excel-friendly); false + *error on failure.
    bool exportCsv(const QString &path, QString *error) const;

    QComboBox *sessionBox() const { return m_session; }
    QComboBox *expertBox() const { return m_expert; }
    QTableWidget *itemTable() const { return m_items; }
    QTableWidget *answerTable() const { return m_answers; }
    QTableWidget *conversationTable() const { return m_conversations; }
    QTableWidget *inspectorTable() const { return m_inspectors; }
    QString statusText() const;

Q_SIGNALS:
    void openRequested(const QString &conversationId);

private:
    void buildReport();
    void fill();
    void promptExport();
    QString conversationLabel(const QString &conversationId) const;

    Workspace m_workspace;
    QComboBox *m_session;
    QComboBox *m_expert;
    QPushButton *m_export;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_items;
    QTableWidget *m_answers;
    QTableWidget *m_conversations;
    QTableWidget *m_inspectors;
    QLabel *m_status;
    std::optional<CalibrationReport> m_report;
    QStringList m_expertLogins; // parallel to m_expert's entries after the first ("the group")
};

} // namespace qawb
