#ifndef PROSPECTUS_HEAP_H
#define PROSPECTUS_HEAP_H

// The heap's settings, for the two ways Prospectus runs: a preview for hours, a command once.

/// Gives the heap's free pages back to the system (glibc's malloc_trim), so a long-running preview
/// does not keep the memory of a large export it has already let go. A no-op where there is none.
void prospectus_release_free_memory(void);

/// Tunes the heap for a command that runs once and exits (`build`, `check`, …): memory freed
/// mid-run stays in the process for the next allocation, instead of going back to the system and
/// being faulted in again page by page, and large buffers (a page, an export) come from the heap
/// rather than a fresh mapping each time. A no-op where the C library is not glibc.
///
/// Call it first thing, before any other thread allocates: a thread's heap is sized when the
/// thread first allocates. Not for `serve`, which runs for hours and gives its memory back after
/// each full rebuild. Returns 1 when every setting took (or there is nothing to set), 0 otherwise.
int prospectus_keep_freed_memory_until_exit(void);

#endif
