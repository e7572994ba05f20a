#include "heap.h"

// Any C library header defines __GLIBC__ when the library is glibc.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

int prospectus_keep_freed_memory_until_exit(void) {
#if defined(__GLIBC__)
    // glibc's defaults suit a long-lived program: a heap gives its top back once 128 kB of it is
    // free, a thread's heap is made writable a page at a time as it grows (one mprotect each), and
    // every block of 128 kB or more is mapped on its own. A build at 20,000 courses allocates and
    // frees hundreds of megabytes this way, and each time the system zeroes the pages again.
    // (Setting any of these also stops glibc adapting the mapping threshold.)
    return mallopt(M_TOP_PAD, 64 * 1024 * 1024)          // grow a heap, and size a thread's, 64 MB at a time
        & mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024)   // give back only what exceeds 256 MB of free top
        & mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);   // map on its own only a block of 32 MB or more
#else
    return 1;
#endif
}
