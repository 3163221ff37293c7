/* sim/machine.h — a machine description: clusters of cores sharing one SME
 * unit each, the features they implement, their clock, and per timing group
 * a latency and a throughput.  Read from YAML files in configs/; a new
 * machine is a new file, not new code.
 */
#ifndef SMESIM_MACHINE_H
#define SMESIM_MACHINE_H

#include <stddef.h>
#include <stdint.h>

#include "decode/decode.h"

#define SMESIM_MAX_CLUSTERS 8
#define SMESIM_MAX_CORES 64

typedef struct smesim_group_timing {
    double latency;        /* cycles from issue to result */
    double throughput;     /* instructions per cycle the pipe accepts */
} smesim_group_timing;

typedef struct smesim_cluster {
    char name[32];
    unsigned ncores;
    unsigned first_core;   /* global index of its first core */
} smesim_cluster;

typedef struct smesim_machine {
    char name[64];
    char source[128];                 /* file it came from */
    double freq_ghz;
    unsigned svl_bits, sve_vl_bits;
    uint64_t features;                /* bit per enum smesim_feature */
    unsigned issue_width;             /* core: instructions issued per cycle */
    unsigned branch_taken_cycles;     /* core: bubble after a taken branch */
    unsigned sme_queue_depth;         /* SME unit: instructions a core may have waiting */
    unsigned sme_dispatch_cycles;     /* core to SME unit transfer */
    smesim_cluster cluster[SMESIM_MAX_CLUSTERS];
    unsigned nclusters, ncores;
    smesim_group_timing group[SMESIM_NUM_TGROUPS];
    uint8_t group_given[SMESIM_NUM_TGROUPS];   /* named in the description itself */
} smesim_machine;

/* Parses a YAML machine description (text of len bytes, named `name` in
 * messages).  Returns 1, or 0 with "name:line:col: problem" in err. */
int smesim_machine_parse(const char *name, const char *text, size_t len, smesim_machine *m,
                         char *err, size_t errn);

/* Reads and parses a file. */
int smesim_machine_load(const char *path, smesim_machine *m, char *err, size_t errn);

/* The built-in default machine (configs/default.yaml, compiled in). */
int smesim_machine_default(smesim_machine *m, char *err, size_t errn);

/* The cluster that core `core` belongs to. */
unsigned smesim_machine_cluster_of(const smesim_machine *m, unsigned core);

#endif
