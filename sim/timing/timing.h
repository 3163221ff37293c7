/* sim/timing/timing.h — the timing model.  It consumes executed instruction
 * records (sim/record.h) and nothing else: it decodes the word itself for
 * the operand access and timing group, and never sees a value.  That is
 * what lets a trace drive it exactly as a live run does.
 * The model: docs/timing-model.md.
 */
#ifndef SMESIM_TIMING_H
#define SMESIM_TIMING_H

#include <stdint.h>

#include "decode/decode.h"
#include "sim/machine.h"
#include "sim/record.h"

typedef struct smesim_timing smesim_timing;

typedef struct smesim_core_stats {
    uint64_t cycles;        /* when its last instruction's work was done */
    uint64_t insns;
    uint64_t sme_insns;     /* sent to the SME unit */
} smesim_core_stats;

typedef struct smesim_unit_stats {
    double busy_cycles;     /* sum of pipe occupancy (1 / throughput) */
    uint64_t ops;
    double flops;           /* arithmetic operations on active elements */
} smesim_unit_stats;

/* A model of machine m with ncores cores running (ncores <= m->ncores). */
smesim_timing *smesim_timing_new(const smesim_machine *m, unsigned ncores);
void smesim_timing_free(smesim_timing *t);

/* What the model needs of one decoded instruction, prepared once (when a
 * block is built, or a trace's word first seen): its timing group and the
 * resources it reads (those the core holds, then the vector/matrix ones)
 * and writes, as lists of smesim_resource indices. */
#define SMESIM_TINSN_MAX 64
typedef struct smesim_tinsn {
    int16_t id;              /* the instruction, or SMESIM_INSN_UNDEF */
    int16_t tgroup;
    uint8_t nrd_core, nrd_vec, nwr;
    uint8_t mode_change;     /* writes PSTATE.SM/ZA */
    uint8_t res[SMESIM_TINSN_MAX];   /* reads (core, then vector), then writes */
} smesim_tinsn;

void smesim_timing_prepare(const smesim_insn *insn, smesim_tinsn *out);

/* Accounts for one record (of core rec->core); decodes rec->word. */
void smesim_timing_step(smesim_timing *t, const smesim_rec *rec);
/* The same, for a caller that has prepared the instruction already. */
void smesim_timing_step_decoded(smesim_timing *t, const smesim_rec *rec, const smesim_tinsn *ti);

/* The cycle at which core c issues its next instruction: the runner steps
 * the core that is furthest behind, so that the shared units see requests
 * in time order. */
uint64_t smesim_timing_core_clock(const smesim_timing *t, unsigned core);   /* in 1/256 cycles */

/* Totals: the run's cycles (the last core to finish), and per core/unit. */
uint64_t smesim_timing_cycles(const smesim_timing *t);
void smesim_timing_core(const smesim_timing *t, unsigned core, smesim_core_stats *out);
unsigned smesim_timing_nunits(const smesim_timing *t);
void smesim_timing_unit(const smesim_timing *t, unsigned unit, smesim_unit_stats *out);

#endif
