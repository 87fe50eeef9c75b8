// qawb indicators: see README.
#include "cli.h"
