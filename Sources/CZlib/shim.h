// zlib, the system library (Debian: zlib1g-dev), used to compress stored readouts.
#include <zlib.h>
