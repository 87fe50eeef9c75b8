#pragma once

#include "core/samplingrepository.h"
#include "core/userrepository.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QMap>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace qawb {

class Store;

// What a preview drew, kept whole so "Create sample" stores exactly what was shown without loading again.
struct SamplePreview
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    SamplingPlan plan;
    SamplePeriod period;
    std::vector<SampleCandidate> candidates;
    SampleResult result;
    QHash<QString, QString> agentNames; // agent id -> name
    QMap<QString, int> eligiblePerAgent;
};

// QA managers' "Sample and assign…": edits and saves sampling plans (抽样方案), previews a draw on a worker thread
// with its own store connection (progress, cancel), stores the sample and splits it between inspectors (派单).
class SamplingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplingDialog)

public:
    SamplingDialog(Store &store, const User &user, QWidget *parent = nullptr);
    ~SamplingDialog() override;

    // The plan as the form shows it, and the other way round.
    SamplingPlan plan() const;
    void setPlan(const SamplingPlan &plan);
    // The period the preview draws from (the date fields, both days inclusive).
    SamplePeriod period() const;
    void setPeriod(const QDate &from, const QDate &to);

    // Loads a plan file (qawb-sampling-plan/1) into the form; false and *error when it is not a valid plan.
    bool importPlan(const QString &path, QString *error);
    // Stores the form's plan under its name / deletes the chosen saved plan; false (and a message) on failure.
    bool savePlan();
    bool deletePlan(const QString &name);
    // Loads a saved plan into the form.
    bool loadPlan(const QString &name);

    // Draws the sample in the background; previewFinished() tells when it is done.
    void startPreview();
    void cancelPreview();
    bool isPreviewRunning() const;
    // Stores the previewed sample; its id, or empty (and a message) on failure.
    QString createSample();
    // Makes a sample stored elsewhere (e.g. "sample these" from the indicators) the one to assign.
    void useSample(const QString &sampleId, int conversations);
    // Splits the created sample between the ticked inspectors; false (and a message) on failure.
    bool assign();
    // Ticks an inspector in the assign list (by user id); false if they are not in it.
    bool setInspectorChecked(const QString &userId, bool checked);

    QString sampleId() const { return m_sampleId; }
    const SamplePreview *preview() const { return m_preview.get(); }
    const std::optional<AssignmentSummary> &assignment() const { return m_assignment; }
    QString statusText() const;

    // The form's fields and the result views (for tests and accessibility).
    QComboBox *planCombo() const { return m_plans; }
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *rateRadio() const { return m_byRate; }
    QDoubleSpinBox *rateSpin() const { return m_rate; }
    QRadioButton *countRadio() const { return m_byCount; }
    QSpinBox *countSpin() const { return m_count; }
    QLineEdit *seedEdit() const { return m_seed; }
    QCheckBox *triggerBox(const QString &kind) const { return m_triggerBoxes.value(kind); }
    QSpinBox *triggerCapSpin(const QString &kind) const { return m_triggerCaps.value(kind); }
    QCheckBox *excludeInOpenQueueBox() const { return m_excludeQueued; }
    QCheckBox *excludeEvaluatedBox() const { return m_excludeEvaluated; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *createButton() const { return m_createButton; }
    QPushButton *assignButton() const { return m_assignButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QTabWidget *resultTabs() const { return m_tabs; }
    QTableView *picksView() const { return m_picksView; }
    QTableView *perAgentView() const { return m_perAgentView; }
    QTableView *perStratumView() const { return m_perStratumView; }
    QTableView *perReasonView() const { return m_perReasonView; }
    QTableView *queuesView() const { return m_queuesView; }
    QListWidget *inspectorList() const { return m_inspectors; }
    QSpinBox *calibrationSpin() const { return m_calibration; }
    QCheckBox *avoidOwnTeamBox() const { return m_avoidOwnTeam; }

Q_SIGNALS:
    void previewFinished(bool ok);
    // Queues were made: the queue list should show them.
    void queuesChanged();

protected:
    void reject() override;

private:
    QWidget *buildPlanForm();
    QWidget *buildResults();
    void reloadPlans(const QString &select = {});
    void reloadTeams(const QStringList &alsoShow = {});
    void reloadInspectors();
    void planEdited();
    void onPreviewFinished();
    void showPreview();
    void updateButtons();
    void showStatus(const QString &text, bool error = false);
    QString agentText(const QString &agentId) const;
    // "王晓雯 (A1001) · Chat · 09:00–10:00"; withAgent false leaves the agent out.
    QString stratumText(const QString &stratum, bool withAgent) const;

    Store &m_store;
    User m_user;
    bool m_loading = false;
    QStringList m_triggerOrder; // the loaded plan's trigger order (it decides which trigger claims a conversation)
    QHash<QString, QString> m_teamNames; // team id -> name

    std::shared_ptr<SamplePreview> m_preview;
    bool m_previewStale = false;
    bool m_previewStored = false; // saved as a sample already
    QString m_sampleId;
    int m_samplePicked = 0;
    std::optional<AssignmentSummary> m_assignment;
    QFutureWatcher<std::shared_ptr<SamplePreview>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;

    // plan
    QComboBox *m_plans;
    QLineEdit *m_name;
    QRadioButton *m_byRate;
    QDoubleSpinBox *m_rate;
    QRadioButton *m_byCount;
    QSpinBox *m_count;
    QLineEdit *m_seed;
    QSpinBox *m_periodDays;
    QHash<QString, QCheckBox *> m_channels;
    QHash<QString, QCheckBox *> m_businessTypes;
    QListWidget *m_teams;
    QHash<QString, QCheckBox *> m_stratify;
    QSpinBox *m_perAgentMin;
    QSpinBox *m_perAgentMax;
    QHash<QString, QCheckBox *> m_triggerBoxes;
    QHash<QString, QSpinBox *> m_triggerCaps;
    QSpinBox *m_repeatDays;
    QSpinBox *m_baselineDays;
    QDoubleSpinBox *m_anomalyZ;
    QCheckBox *m_excludeEvaluated;
    QCheckBox *m_excludeQueued;
    QDoubleSpinBox *m_minCallSeconds;
    QSpinBox *m_minChatMessages;
    // preview
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_previewButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableView *m_picksView;
    QTableView *m_perAgentView;
    QTableView *m_perStratumView;
    QTableView *m_perReasonView;
    QTableView *m_queuesView;
    QPushButton *m_createButton;
    // assign
    QLabel *m_sampleLabel;
    QListWidget *m_inspectors;
    QSpinBox *m_calibration;
    QCheckBox *m_avoidOwnTeam;
    QPushButton *m_assignButton;
    QLabel *m_status;
};

} // namespace qawb
