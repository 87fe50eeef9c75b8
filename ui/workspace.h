#pragma once

#include "core/userrepository.h"

#include <QString>

namespace qawb {

class Store;

// What the GUI works on, built once in main() and passed to the widgets that need it (no singletons).
struct Workspace
{
    Store *store = nullptr;
    User user;
    QString storePath;
    QString dataDir; // where imports put extracted files (the demo)
};

} // namespace qawb
