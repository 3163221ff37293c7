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

/* Accounts for one record (of core rec->core); decodes rec->word. */
void smesim_timing_step(smesim_timing *t, const smesim_rec *rec);
/* The same, for a caller that has decoded the word already: its id and
 * the resources it reads and writes (smesim_insn_access). */
void smesim_timing_step_decoded(smesim_timing *t, const smesim_rec *rec, int id,
                                const smesim_access *acc);

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
