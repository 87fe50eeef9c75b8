#pragma once

#include "coaching.h"

#include <QCoreApplication>
#include <QString>

namespace qawb {

// The printable record of a coaching session (辅导记录) for the agent's file: what was discussed, the figures it
// was based on, what was agreed and whether the agent acknowledged it. Only what the agent may see: the structures
// it is made from carry no inspector's private note.
class CoachingPdf final
{
    Q_DECLARE_TR_FUNCTIONS(CoachingPdf)

public:
    // Writes the session summary as an A4 PDF: title, team, period, when held and by whom, the weekly trend chart,
    // the agent's mean against the team's, the weakest criteria, the evaluations with their failed items, the
    // inspectors' coaching notes, the session notes, the action items, the follow-up date and the acknowledgement
    // (or a signature line). Needs a QGuiApplication (fonts). The file appears complete or not at all: false and
    // *error (naming the file) when it cannot be written, leaving whatever was at path untouched.
    static bool write(const CoachingSession &session, const CoachingOverview &overview, double passScore,
                      const QString &path, QString *error);
};

} // namespace qawb
