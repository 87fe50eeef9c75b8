// Indicator monitoring: see indicators.h.
#include "indicators.h"
