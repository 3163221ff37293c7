/* sim/memory.c — guest memory regions, their translation cache and the set
 * of pages that hold decoded code (sim/memory.h).
 */
#include <stdlib.h>
#include <string.h>

#include "sim/memory.h"

void smesim_mem_init(smesim_mem *m)
{
    memset(m, 0, sizeof *m);
}

void smesim_mem_free(smesim_mem *m)
{
    for (size_t i = 0; i < m->n; i++) free(m->r[i].host);
    free(m->r);
    memset(m, 0, sizeof *m);
}

static void tlb_flush(smesim_mem *m)
{
    memset(m->tlb, 0, sizeof m->tlb);
}

int smesim_mem_map(smesim_mem *m, uint64_t base, uint64_t size, unsigned perms, const char *name)
{
    if (size == 0 || base + size < base) return 0;
    size_t at = 0;
    while (at < m->n && m->r[at].base < base) at++;
    if (at > 0 && m->r[at - 1].base + m->r[at - 1].size > base) return 0;
    if (at < m->n && base + size > m->r[at].base) return 0;
    if (size > ((uint64_t)1 << 36)) return 0;
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 8;
        smesim_region *r = realloc(m->r, cap * sizeof *r);
        if (!r) return 0;
        m->r = r;
        m->cap = cap;
    }
    uint8_t *host = calloc(1, (size_t)size);
    if (!host) return 0;
    memmove(&m->r[at + 1], &m->r[at], (m->n - at) * sizeof *m->r);
    smesim_region *r = &m->r[at];
    r->base = base;
    r->size = size;
    r->host = host;
    r->perms = perms;
    strncpy(r->name, name ? name : "", sizeof r->name - 1);
    r->name[sizeof r->name - 1] = '\0';
    m->n++;
    m->last = 0;
    tlb_flush(m);
    return 1;
}

static smesim_region *find(smesim_mem *m, uint64_t addr)
{
    if (m->last < m->n) {
        smesim_region *r = &m->r[m->last];
        if (addr - r->base < r->size) return r;
    }
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (m->r[mid].base <= addr) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return NULL;
    smesim_region *r = &m->r[lo - 1];
    if (addr - r->base >= r->size) return NULL;
    m->last = lo - 1;
    return r;
}

/* index of page+1 in the code set, or of the empty slot where it goes */
static unsigned code_slot(const smesim_mem *m, uint64_t tag)
{
    unsigned h = (unsigned)((tag * 0x9e3779b97f4a7c15ull) >> 54) & (SMESIM_CODE_SET - 1);
    while (m->code[h] && m->code[h] != tag) h = (h + 1) & (SMESIM_CODE_SET - 1);
    return h;
}

static int is_code(const smesim_mem *m, uint64_t page)
{
    return m->ncode && m->code[code_slot(m, page + 1)] == page + 1;
}

void smesim_mem_mark_code(smesim_mem *m, uint64_t addr)
{
    uint64_t page = addr >> SMESIM_PAGE_BITS;
    unsigned h = code_slot(m, page + 1);
    if (m->code[h]) return;
    if (m->ncode + 1 >= SMESIM_CODE_SET / 2) {
        /* too many code pages to track: drop the decoded code instead */
        if (m->code_written) m->code_written(m->code_ctx);
        smesim_mem_clear_code(m);
        h = code_slot(m, page + 1);
    }
    m->code[h] = page + 1;
    m->ncode++;
    smesim_tlb_entry *e = &m->tlb[page & (SMESIM_TLB_SIZE - 1)];
    if (e->tag == page + 1) e->perms &= ~(unsigned)SMESIM_MEM_W;   /* writes go the slow way */
}

void smesim_mem_clear_code(smesim_mem *m)
{
    memset(m->code, 0, sizeof m->code);
    m->ncode = 0;
    tlb_flush(m);
}

uint8_t *smesim_mem_ptr(smesim_mem *m, uint64_t addr, uint64_t size, unsigned perm)
{
    smesim_region *r = find(m, addr);
    if (!r || (r->perms & perm) != perm) return NULL;
    uint64_t off = addr - r->base;
    if (size > r->size - off) return NULL;
    uint64_t page = addr >> SMESIM_PAGE_BITS;
    uint64_t last = (addr + (size ? size - 1 : 0)) >> SMESIM_PAGE_BITS;
    if ((perm & SMESIM_MEM_W) && m->ncode) {
        for (uint64_t p = page; p <= last; p++)
            if (is_code(m, p)) {
                if (m->code_written) m->code_written(m->code_ctx);
                smesim_mem_clear_code(m);
                break;
            }
    }
    /* cache the page if the region holds all of it */
    uint64_t pbase = page << SMESIM_PAGE_BITS;
    if (pbase >= r->base && pbase + SMESIM_PAGE_SIZE <= r->base + r->size) {
        smesim_tlb_entry *e = &m->tlb[page & (SMESIM_TLB_SIZE - 1)];
        e->tag = page + 1;
        e->host = r->host + (pbase - r->base);
        e->perms = r->perms & ~(is_code(m, page) ? (unsigned)SMESIM_MEM_W : 0u);
    }
    return r->host + off;
}

const smesim_region *smesim_mem_region(const smesim_mem *m, uint64_t addr)
{
    for (size_t i = 0; i < m->n; i++)
        if (addr - m->r[i].base < m->r[i].size) return &m->r[i];
    return NULL;
}
