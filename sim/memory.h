/* sim/memory.h — guest memory: a set of mapped regions with permissions.
 * Every access is bounds-checked; an access outside the regions is a guest
 * fault that the caller reports, never a host crash.
 */
#ifndef SMESIM_MEMORY_H
#define SMESIM_MEMORY_H

#include <stddef.h>
#include <stdint.h>

enum { SMESIM_MEM_R = 1, SMESIM_MEM_W = 2, SMESIM_MEM_X = 4 };

typedef struct smesim_region {
    uint64_t base, size;
    uint8_t *host;
    unsigned perms;
    char name[16];
} smesim_region;

typedef struct smesim_mem {
    smesim_region *r;       /* sorted by base, disjoint */
    size_t n, cap;
    size_t last;            /* index of the last region hit */
} smesim_mem;

void smesim_mem_init(smesim_mem *m);
void smesim_mem_free(smesim_mem *m);

/* Maps [base, base+size) zero-filled.  Returns 0 if it overlaps a region,
 * wraps, or memory runs out. */
int smesim_mem_map(smesim_mem *m, uint64_t base, uint64_t size, unsigned perms, const char *name);

/* Host pointer for [addr, addr+size) if it lies inside one region that
 * allows `perm`; NULL otherwise. */
uint8_t *smesim_mem_ptr(smesim_mem *m, uint64_t addr, uint64_t size, unsigned perm);

/* The region holding addr, or NULL. */
const smesim_region *smesim_mem_region(const smesim_mem *m, uint64_t addr);

#endif
