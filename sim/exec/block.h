/* sim/exec/block.h — decoded code, once per address: a per-core cache of
 * basic blocks of ready-to-run entries (the executor function chosen for
 * the mode the block was built in, the decoded operands, the timing facts),
 * run by the loop in sim/run.c.  A write to a page holding decoded code
 * throws every block away (sim/memory.c calls back), so self-modifying and
 * JIT-generated code stay exact.
 */
#ifndef SMESIM_BLOCK_H
#define SMESIM_BLOCK_H

#include <stdint.h>

#include "sim/cpu.h"
#include "sim/timing/timing.h"

#define SMESIM_BLOCK_MAX 64          /* instructions in one block at most */

typedef smesim_status (*smesim_exec_fn)(smesim_cpu *cpu, const smesim_insn *insn, smesim_rec *rec);

/* One predecoded instruction. */
enum {
    SMESIM_ENTRY_LAST = 1,           /* the block's last entry: what follows is looked up */
    SMESIM_ENTRY_STORES = 2,         /* may write a page that holds code */
};

typedef struct smesim_entry {
    smesim_exec_fn fn;               /* its body, or a refusal for this mode */
    uint64_t pc;                     /* its address */
    uint8_t flags;                   /* SMESIM_ENTRY_* */
    smesim_insn insn;
    smesim_tinsn ti;                 /* what timing needs of it */
} smesim_entry;

typedef struct smesim_block {
    uint64_t pc;                     /* address of the first instruction */
    uint64_t svcr;                   /* the PSTATE.SM/ZA it was built for */
    unsigned n;                      /* instructions */
    smesim_entry *e;                 /* n entries */
    struct smesim_block *next[2];    /* blocks that followed it last (chaining) */
} smesim_block;

typedef struct smesim_blocks smesim_blocks;

/* A block cache for one core whose memory is mem (it registers itself as
 * mem's code-write hook).  NULL when out of memory. */
smesim_blocks *smesim_blocks_new(smesim_mem *mem);
void smesim_blocks_free(smesim_blocks *bc);

/* The block starting at cpu->pc in cpu's mode, built if needed; NULL with
 * cpu->fault filled when the PC cannot be fetched (unmapped, not
 * executable, misaligned). */
smesim_block *smesim_block_at(smesim_blocks *bc, smesim_cpu *cpu);

/* Blocks built and code drops since creation, for reports and tests. */
void smesim_blocks_stats(const smesim_blocks *bc, uint64_t *built, uint64_t *dropped);

/* The count of code drops, which the run loop watches: when it changes,
 * every block it holds is gone. */
const uint64_t *smesim_blocks_drops(const smesim_blocks *bc);

/* The block that follows b at cpu->pc: one of the two b was last followed
 * by, else a lookup (which records it).  NULL as smesim_block_at. */
const smesim_block *smesim_block_next(smesim_blocks *bc, smesim_block *b, smesim_cpu *cpu);

/* The executor for a decoded instruction in PSTATE svcr on a machine with
 * `features`: its body (for a shape, the instance of its element size), or
 * a function that refuses it with the reason (sim/exec/dispatch.c: the one
 * place that gates on features and modes). */
smesim_exec_fn smesim_exec_for(const smesim_insn *insn, uint64_t svcr, uint64_t features);

/* Whether instruction id ends a block: it may change the PC (branches),
 * the mode (SMSTART, MSR SVCR), or calls out (SVC). */
int smesim_ends_block(int id);

#endif
