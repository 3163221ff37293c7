/* sim/loader.c — image to guest memory (sim/loader.h).  Segments that share
 * a 4 KiB page are merged into one region with the union of their
 * permissions, as a page-granular MMU would see them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/loader.h"

#define PAGE 4096ull

typedef struct span { uint64_t lo, hi; unsigned perms; } span;

static unsigned seg_perms(unsigned f)
{
    return (f & SMESIM_SEG_R ? SMESIM_MEM_R : 0) | (f & SMESIM_SEG_W ? SMESIM_MEM_W : 0) |
           (f & SMESIM_SEG_X ? SMESIM_MEM_X | SMESIM_MEM_R : 0);
}

static int cmp_span(const void *a, const void *b)
{
    const span *x = a, *y = b;
    return x->lo < y->lo ? -1 : x->lo > y->lo;
}

int smesim_load(const smesim_image *img, smesim_mem *mem, smesim_cpu *cpu, int argc,
                const char *const *argv, char *err, size_t errn)
{
    span *s = calloc(img->nseg ? img->nseg : 1, sizeof *s);
    if (!s) { snprintf(err, errn, "%s: out of memory", img->path); return 0; }
    size_t n = 0;
    for (size_t i = 0; i < img->nseg; i++) {
        const smesim_segment *g = &img->seg[i];
        if (!g->memsz) continue;
        s[n].lo = g->addr & ~(PAGE - 1);
        s[n].hi = (g->addr + g->memsz + PAGE - 1) & ~(PAGE - 1);
        s[n].perms = seg_perms(g->flags);
        n++;
    }
    qsort(s, n, sizeof *s, cmp_span);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m && s[i].lo <= s[m - 1].hi) {
            if (s[i].hi > s[m - 1].hi) s[m - 1].hi = s[i].hi;
            s[m - 1].perms |= s[i].perms;
        } else {
            s[m++] = s[i];
        }
    }
    for (size_t i = 0; i < m; i++) {
        const char *name = s[i].perms & SMESIM_MEM_X ? "text" : "data";
        if (!smesim_mem_map(mem, s[i].lo, s[i].hi - s[i].lo, s[i].perms, name)) {
            snprintf(err, errn, "%s: cannot map 0x%llx..0x%llx (overlap or out of memory)", img->path,
                     (unsigned long long)s[i].lo, (unsigned long long)s[i].hi);
            free(s);
            return 0;
        }
    }
    free(s);
    for (size_t i = 0; i < img->nseg; i++) {
        const smesim_segment *g = &img->seg[i];
        if (!g->filesz) continue;
        uint8_t *p = smesim_mem_ptr(mem, g->addr, g->filesz, 0);
        if (!p) {
            snprintf(err, errn, "%s: segment %s at 0x%llx does not fit its mapping", img->path, g->name,
                     (unsigned long long)g->addr);
            return 0;
        }
        memcpy(p, g->bytes, (size_t)g->filesz);
    }

    /* the stack: strings at the top, then auxv, envp, argv, argc */
    uint64_t base = SMESIM_STACK_TOP - SMESIM_STACK_SIZE;
    if (!smesim_mem_map(mem, base, SMESIM_STACK_SIZE, SMESIM_MEM_R | SMESIM_MEM_W, "stack")) {
        snprintf(err, errn, "%s: cannot map the stack", img->path);
        return 0;
    }
    uint8_t *stack = smesim_mem_ptr(mem, base, SMESIM_STACK_SIZE, 0);
    uint64_t sp = SMESIM_STACK_TOP;
    uint64_t *ptrs = calloc((size_t)argc + 1, sizeof *ptrs);
    if (!ptrs) { snprintf(err, errn, "%s: out of memory", img->path); return 0; }
    for (int i = argc - 1; i >= 0; i--) {
        size_t l = strlen(argv[i]) + 1;
        if (l > SMESIM_STACK_SIZE / 4 || sp - l < base + SMESIM_STACK_SIZE / 2) {
            free(ptrs);
            snprintf(err, errn, "%s: program arguments too long for the stack", img->path);
            return 0;
        }
        sp -= l;
        memcpy(stack + (sp - base), argv[i], l);
        ptrs[i] = sp;
    }
    sp &= ~15ull;
    uint64_t words = (uint64_t)argc + 1 /* argv NULL */ + 1 /* envp NULL */ + 2 /* AT_NULL */ + 1;
    sp -= words * 8;
    sp &= ~15ull;
    uint64_t *w = (uint64_t *)(void *)(stack + (sp - base));
    size_t k = 0;
    w[k++] = (uint64_t)argc;
    for (int i = 0; i < argc; i++) w[k++] = ptrs[i];
    w[k++] = 0;   /* end of argv */
    w[k++] = 0;   /* envp: empty */
    w[k++] = 0;   /* auxv: AT_NULL */
    w[k++] = 0;
    free(ptrs);
    cpu->x[31] = sp;
    cpu->pc = img->entry;
    return 1;
}
