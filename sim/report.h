/* sim/report.h — what a run reports: a short `perf stat`-style summary on
 * standard error (so the guest's standard output stays clean), and the same
 * as JSON.  Both are computed from the timing model alone.
 */
#ifndef SMESIM_REPORT_H
#define SMESIM_REPORT_H

#include <stdio.h>

#include "sim/machine.h"
#include "sim/timing/timing.h"

typedef struct smesim_report {
    const char *program;          /* what ran */
    const char *source;           /* "live" or "replay of TRACE" */
    const smesim_machine *m;
    unsigned svl_bits, ncores;
    const smesim_timing *t;       /* NULL for a functional run (--functional) */
    uint64_t insns;               /* instructions executed (what a functional run reports) */
} smesim_report;

void smesim_report_text(FILE *f, const smesim_report *r);

/* Writes the JSON report to path ("-" for standard output) through a
 * temporary file.  Returns 1, or 0 with a message in err. */
int smesim_report_json(const char *path, const smesim_report *r, char *err, size_t errn);

#endif
