/* sim/cpu.h — the architectural state of one processing element (the list of
 * ../shared/ARCHITECTURE.md), and the status codes of execution.  Vector
 * state is held at the largest vector length (2048 bits); the current
 * length is SVL in streaming mode and the SVE length otherwise.
 */
#ifndef SMESIM_CPU_H
#define SMESIM_CPU_H

#include <stdint.h>

#include "decode/decode.h"
#include "sim/memory.h"
#include "sim/record.h"

#define SMESIM_MAX_VL 256            /* bytes: 2048 bits */

enum { SMESIM_SVCR_SM = 1, SMESIM_SVCR_ZA = 2 };

/* What stopping execution means. */
typedef enum smesim_status {
    SMESIM_OK = 0,
    SMESIM_EXIT,          /* the guest called exit */
    SMESIM_FAULT,         /* memory access outside the mapped regions */
    SMESIM_UNDEF,         /* not in the tables, or not allowed here */
    SMESIM_ERROR          /* something the simulator does not support */
} smesim_status;

typedef struct smesim_fault {
    uint64_t addr;
    uint64_t size;
    int write;
    char msg[256];        /* for UNDEF and ERROR */
} smesim_fault;

typedef struct smesim_cpu {
    /* general-purpose state */
    uint64_t x[32];                  /* x[31] is SP; XZR is not stored */
    uint64_t pc;
    uint32_t nzcv;                   /* N Z C V in bits 31..28 */
    uint64_t fpcr, fpsr;
    uint64_t fpmr;                   /* FEAT_FPMR: FP8 formats and scales */
    uint64_t tpidr_el0, tpidr2_el0;
    /* SVE / SME state */
    uint64_t svcr;                   /* PSTATE.SM (bit 0), PSTATE.ZA (bit 1) */
    unsigned svl;                    /* streaming vector length, bytes */
    unsigned nvl;                    /* non-streaming (SVE) vector length, bytes */
    uint8_t z[32][SMESIM_MAX_VL];
    uint8_t p[16][SMESIM_MAX_VL / 8];
    uint8_t ffr[SMESIM_MAX_VL / 8];
    uint8_t za[SMESIM_MAX_VL][SMESIM_MAX_VL];   /* [row][byte] */
    uint8_t zt0[64];
    /* priority and EL2 registers the timing model reads */
    uint64_t smpri_el1, smprimap_el2, hcrx_el2;
    /* machine */
    uint64_t features;               /* bit per enum smesim_feature */
    smesim_mem *mem;
    int out_fd, err_fd;              /* host files behind guest fds 1 and 2 */
    /* execution */
    uint64_t next_pc;
    int exit_code;
    smesim_fault fault;
    uint64_t enosys_seen;            /* syscalls already warned about (low 64) */
} smesim_cpu;

/* Resets the state (zeroes, SVL and VL in bytes, SP at `sp`). */
void smesim_cpu_reset(smesim_cpu *cpu, unsigned svl_bytes, unsigned nvl_bytes, smesim_mem *mem);

/* The vector length in effect: SVL in streaming mode, else the SVE length. */
static inline unsigned smesim_cpu_vl(const smesim_cpu *cpu)
{
    return (cpu->svcr & SMESIM_SVCR_SM) ? cpu->svl : cpu->nvl;
}

/* The Arm ARM's SetPSTATE_SM / SetPSTATE_ZA, with their zeroing. */
void smesim_set_sm(smesim_cpu *cpu, int on);
void smesim_set_za(smesim_cpu *cpu, int on);

/* Executes one decoded instruction at cpu->pc.  Checks the feature and the
 * PSTATE mode the instruction needs, runs it, fills *rec and advances pc. */
smesim_status smesim_execute(smesim_cpu *cpu, const smesim_insn *insn, smesim_rec *rec);

#endif
