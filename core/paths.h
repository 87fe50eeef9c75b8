#pragma once

#include <QString>

namespace qawb {

// Sets organisation and application names so the GUI and the CLI agree on settings and data folders.
void setApplicationIdentity();

// The folder holding the user's local store, demo files and caches (Store::open creates it when needed).
QString dataDirectory();

// The local store both the GUI and `qawb` use when no --store is given.
QString defaultStorePath();

// The user's login name on this machine, used as the inspector's identity in the local store.
QString currentLogin();

} // namespace qawb
