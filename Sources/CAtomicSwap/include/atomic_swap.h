#ifndef PROSPECTUS_ATOMIC_SWAP_H
#define PROSPECTUS_ATOMIC_SWAP_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set (ENOSYS/EINVAL where the system or file system cannot).
int prospectus_exchange_paths(const char *first, const char *second);

#endif
