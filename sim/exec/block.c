/* sim/exec/block.c — the block cache (sim/exec/block.h): blocks are built
 * by decoding from a PC until an instruction that ends a block, the block
 * limit, or the end of the page; they live in one arena per core and a hash
 * table keyed by (PC, mode).  When the arena or the table fills, or a code
 * page is written, every block goes at once: simple, and exact.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/exec/block.h"

#define TABLE_SIZE 8192                    /* hash slots (power of two) */
#define ARENA_ENTRIES (1u << 16)           /* predecoded instructions */

struct smesim_blocks {
    smesim_mem *mem;
    smesim_block table[TABLE_SIZE];        /* n == 0: empty slot */
    unsigned nblocks;
    smesim_entry *arena;
    unsigned used;
    uint64_t built, dropped;
};

static void drop_all(void *ctx)
{
    smesim_blocks *bc = ctx;
    for (unsigned i = 0; i < TABLE_SIZE; i++) bc->table[i].n = 0;
    bc->nblocks = 0;
    bc->used = 0;
    bc->dropped++;
}

smesim_blocks *smesim_blocks_new(smesim_mem *mem)
{
    smesim_blocks *bc = calloc(1, sizeof *bc);
    if (!bc) return NULL;
    bc->arena = malloc(ARENA_ENTRIES * sizeof *bc->arena);
    if (!bc->arena) {
        free(bc);
        return NULL;
    }
    bc->mem = mem;
    mem->code_written = drop_all;
    mem->code_ctx = bc;
    return bc;
}

void smesim_blocks_free(smesim_blocks *bc)
{
    if (!bc) return;
    if (bc->mem->code_ctx == bc) {
        bc->mem->code_written = NULL;
        bc->mem->code_ctx = NULL;
    }
    free(bc->arena);
    free(bc);
}

void smesim_blocks_stats(const smesim_blocks *bc, uint64_t *built, uint64_t *dropped)
{
    *built = bc->built;
    *dropped = bc->dropped;
}

const uint64_t *smesim_blocks_drops(const smesim_blocks *bc)
{
    return &bc->dropped;
}

static unsigned slot_of(uint64_t pc, uint64_t svcr)
{
    uint64_t h = (pc >> 2) ^ (svcr << 29);
    return (unsigned)((h * 0x9e3779b97f4a7c15ull) >> 51) & (TABLE_SIZE - 1);
}

/* Decodes a block at cpu->pc into the arena and the table. */
static smesim_block *build(smesim_blocks *bc, smesim_cpu *cpu, unsigned slot)
{
    uint64_t pc = cpu->pc;
    if (bc->used + SMESIM_BLOCK_MAX > ARENA_ENTRIES || bc->nblocks >= TABLE_SIZE / 2) {
        drop_all(bc);
        smesim_mem_clear_code(bc->mem);
        slot = slot_of(pc, cpu->svcr);
    }
    smesim_entry *e = &bc->arena[bc->used];
    uint64_t page_end = (pc | (SMESIM_PAGE_SIZE - 1)) + 1;
    unsigned n = 0;
    while (n < SMESIM_BLOCK_MAX) {
        uint64_t at = pc + 4 * (uint64_t)n;
        if (n && at >= page_end) break;       /* blocks stay inside one page */
        const uint8_t *p = smesim_mem_access(bc->mem, at, 4, SMESIM_MEM_X);
        if (!p) break;                        /* the fetch faults when it gets there */
        uint32_t word = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
                        (uint32_t)p[3] << 24;
        smesim_entry *x = &e[n++];
        x->pc = at;
        smesim_decode(word, &x->insn);
        x->fn = smesim_exec_for(&x->insn, cpu->svcr, cpu->features);
        /* stores, and what calls out (SVC may write guest memory) */
        x->flags = x->insn.id < 0 || smesim_insn_infos[x->insn.id].mem >= SMESIM_MEM_st ||
                           smesim_ends_block(x->insn.id) ? SMESIM_ENTRY_STORES : 0;
        smesim_timing_prepare(&x->insn, &x->ti);
        if (x->insn.id < 0 || smesim_ends_block(x->insn.id)) break;
    }
    if (n == 0) return NULL;
    e[n - 1].flags |= SMESIM_ENTRY_LAST;
    smesim_mem_mark_code(bc->mem, pc);
    bc->used += n;
    smesim_block *b = &bc->table[slot];
    b->pc = pc;
    b->svcr = cpu->svcr;
    b->n = n;
    b->e = e;
    b->next[0] = b->next[1] = NULL;
    bc->nblocks++;
    bc->built++;
    return b;
}

smesim_block *smesim_block_at(smesim_blocks *bc, smesim_cpu *cpu)
{
    uint64_t pc = cpu->pc;
    unsigned slot = slot_of(pc, cpu->svcr);
    for (;;) {
        smesim_block *b = &bc->table[slot];
        if (!b->n) break;
        if (b->pc == pc && b->svcr == cpu->svcr) return b;
        slot = (slot + 1) & (TABLE_SIZE - 1);
    }
    if ((pc & 3) || !smesim_mem_access(bc->mem, pc, 4, SMESIM_MEM_X)) {
        cpu->fault.addr = pc;
        cpu->fault.size = 4;
        cpu->fault.write = 0;
        snprintf(cpu->fault.msg, sizeof cpu->fault.msg, "instruction fetch at 0x%llx: %s",
                 (unsigned long long)pc, (pc & 3) ? "not 4-byte aligned" : "not in an executable region");
        return NULL;
    }
    return build(bc, cpu, slot);
}

const smesim_block *smesim_block_next(smesim_blocks *bc, smesim_block *b, smesim_cpu *cpu)
{
    uint64_t pc = cpu->pc, svcr = cpu->svcr;
    for (int k = 0; k < 2; k++) {
        smesim_block *n = b->next[k];
        if (n && n->pc == pc && n->svcr == svcr) return n;
    }
    uint64_t drops = bc->dropped;
    smesim_block *n = smesim_block_at(bc, cpu);
    if (n && bc->dropped == drops) {     /* b still exists: remember n */
        b->next[1] = b->next[0];
        b->next[0] = n;
    }
    return n;
}
