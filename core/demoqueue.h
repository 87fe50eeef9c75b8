#pragma once

#include "importer.h"

#include <QString>

namespace qawb {

class Store;

// The bundled demo queue (~12 conversations in Simplified and Traditional Chinese and English, calls with short
// recordings). Installed into a store once: files are extracted next to the store's data, then imported.
class DemoQueue final
{
    Q_DECLARE_TR_FUNCTIONS(DemoQueue)

public:
    // The queue name the demo is imported under.
    static QString queueName();
    // True if this store already received the demo (it is not re-installed after the user deletes it).
    static bool isInstalled(Store &store);
    // Extracts the demo into targetDir/demo and imports it for userId. Returns the import report.
    static ImportReport install(Store &store, const QString &userId, const QString &targetDir);
};

} // namespace qawb
