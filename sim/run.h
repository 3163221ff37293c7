/* sim/run.h — a simulation: one copy of a program per core, each with its
 * own state and memory, stepped in the order the timing model says (the
 * core furthest behind goes next).  Every executed instruction record goes
 * to the timing model and, if asked, to a trace.
 */
#ifndef SMESIM_RUN_H
#define SMESIM_RUN_H

#include <stddef.h>
#include <stdint.h>

#include "decode/image.h"
#include "sim/cpu.h"
#include "sim/machine.h"
#include "sim/timing/timing.h"

typedef struct smesim_sim smesim_sim;

/* Called with every record; returns 0 to stop the run with an error. */
typedef int (*smesim_rec_sink)(void *ctx, const smesim_rec *rec);

typedef struct smesim_run_result {
    smesim_status status;       /* OK (all cores exited) or why it stopped */
    int exit_code;              /* the first non-zero guest exit code, else 0 */
    uint64_t insns;
    char msg[512];              /* for errors: one line with place and problem */
} smesim_run_result;

/* Loads img onto ncores cores of machine m with the given vector lengths
 * (bits) and guest arguments.  NULL with a message in err on failure. */
smesim_sim *smesim_sim_new(const smesim_machine *m, const smesim_image *img, unsigned ncores,
                           unsigned svl_bits, unsigned vl_bits, int argc, const char *const *argv,
                           char *err, size_t errn);
void smesim_sim_free(smesim_sim *s);

/* Runs until every core has exited, an error, or max_insns instructions
 * in all.  t and sink may be NULL.  progress: show a counter on stderr. */
int smesim_sim_run(smesim_sim *s, smesim_timing *t, smesim_rec_sink sink, void *sink_ctx,
                   uint64_t max_insns, int progress, smesim_run_result *res);

smesim_cpu *smesim_sim_cpu(smesim_sim *s, unsigned core);
unsigned smesim_sim_ncores(const smesim_sim *s);

#endif
