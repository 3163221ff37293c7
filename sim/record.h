/* sim/record.h — the executed instruction record: what execution knows about
 * one instruction beyond its word.  It is the whole interface between the
 * executor and everything after it: timing consumes records (and decodes the
 * word itself), traces store them, replays feed them back.
 */
#ifndef SMESIM_RECORD_H
#define SMESIM_RECORD_H

#include <stdint.h>

enum {
    SMESIM_REC_SM = 1,       /* PSTATE.SM was set when it executed */
    SMESIM_REC_ZA = 2,       /* PSTATE.ZA was set when it executed */
    SMESIM_REC_TAKEN = 4,    /* a branch that was taken */
    SMESIM_REC_MEM = 8,      /* addr/bytes describe a memory access */
};

typedef struct smesim_rec {
    uint64_t pc;
    uint32_t word;
    uint8_t core;
    uint8_t flags;           /* SMESIM_REC_* */
    uint16_t pad;
    uint64_t addr;           /* lowest address accessed */
    uint32_t bytes;          /* bytes read or written */
    uint32_t active;         /* active elements (SVE/SME), 0 otherwise */
} smesim_rec;

#endif
