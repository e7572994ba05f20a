#ifndef PROSPECTUS_RELEASE_MEMORY_H
#define PROSPECTUS_RELEASE_MEMORY_H

/// Gives the heap's free pages back to the system (glibc's malloc_trim), so a long-running preview
/// does not keep the memory of a large export it has already let go. A no-op where there is none.
void prospectus_release_free_memory(void);

#endif
