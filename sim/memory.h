/* sim/memory.h — guest memory: a set of mapped regions with permissions,
 * reached through a translation cache (guest page -> host pointer) so an
 * access costs a compare, not a search.  Every access is bounds-checked; an
 * access outside the regions is a guest fault that the caller reports,
 * never a host crash.  Pages holding decoded code are tracked: a write to
 * one calls the code-write hook (the block cache throws its blocks away).
 */
#ifndef SMESIM_MEMORY_H
#define SMESIM_MEMORY_H

#include <stddef.h>
#include <stdint.h>

enum { SMESIM_MEM_R = 1, SMESIM_MEM_W = 2, SMESIM_MEM_X = 4 };

#define SMESIM_PAGE_BITS 12
#define SMESIM_PAGE_SIZE ((uint64_t)1 << SMESIM_PAGE_BITS)
#define SMESIM_TLB_SIZE 256          /* entries, direct-mapped by page number */
#define SMESIM_CODE_SET 1024         /* open-addressed set of code pages */

typedef struct smesim_region {
    uint64_t base, size;
    uint8_t *host;
    unsigned perms;
    char name[16];
} smesim_region;

typedef struct smesim_tlb_entry {
    uint64_t tag;                    /* guest page number + 1; 0 = empty */
    uint8_t *host;                   /* host address of the page's first byte */
    unsigned perms;                  /* what the fast path may do (no W on code pages) */
} smesim_tlb_entry;

typedef struct smesim_mem {
    smesim_region *r;                /* sorted by base, disjoint */
    size_t n, cap;
    size_t last;                     /* index of the last region hit */
    smesim_tlb_entry tlb[SMESIM_TLB_SIZE];
    uint64_t code[SMESIM_CODE_SET];  /* page number + 1 of pages with decoded code */
    unsigned ncode;
    void (*code_written)(void *ctx); /* a code page was written: drop decoded code */
    void *code_ctx;
} smesim_mem;

void smesim_mem_init(smesim_mem *m);
void smesim_mem_free(smesim_mem *m);

/* Maps [base, base+size) zero-filled.  Returns 0 if it overlaps a region,
 * wraps, or memory runs out. */
int smesim_mem_map(smesim_mem *m, uint64_t base, uint64_t size, unsigned perms, const char *name);

/* Host pointer for [addr, addr+size) if it lies inside one region that
 * allows `perm`; NULL otherwise.  A write to a code page runs the
 * code-write hook first.  Fills the translation cache. */
uint8_t *smesim_mem_ptr(smesim_mem *m, uint64_t addr, uint64_t size, unsigned perm);

/* The same, through the translation cache: what every guest access uses. */
static inline uint8_t *smesim_mem_access(smesim_mem *m, uint64_t addr, uint64_t size, unsigned perm)
{
    uint64_t page = addr >> SMESIM_PAGE_BITS, off = addr & (SMESIM_PAGE_SIZE - 1);
    const smesim_tlb_entry *e = &m->tlb[page & (SMESIM_TLB_SIZE - 1)];
    if (e->tag == page + 1 && (e->perms & perm) == perm && size <= SMESIM_PAGE_SIZE - off)
        return e->host + off;
    return smesim_mem_ptr(m, addr, size, perm);
}

/* Marks the page holding addr as holding decoded code (writes to it take
 * the slow path and run the hook). */
void smesim_mem_mark_code(smesim_mem *m, uint64_t addr);
/* Forgets every code page (after the decoded code is dropped). */
void smesim_mem_clear_code(smesim_mem *m);

/* The region holding addr, or NULL. */
const smesim_region *smesim_mem_region(const smesim_mem *m, uint64_t addr);

#endif
