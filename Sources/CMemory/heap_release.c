#include "heap.h"

// Any C library header defines __GLIBC__ when the library is glibc.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void prospectus_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
