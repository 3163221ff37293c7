/* sim/exec/base_sysreg.c — MRS and MSR (register) of the system registers
 * a user program reaches: NZCV, FPCR, FPSR, FPMR, TPIDR_EL0, TPIDR2_EL0.
 * (SVCR has its own patterns, sim/exec/base_sys.c.)  The pattern gives enc
 * = o0:op1:CRn:CRm:op2 (op0 = 2 + o0).  Bits a register does not hold
 * read as zero; the masks are those qemu-aarch64 11.1 keeps for `-cpu max`
 * (FPCR: AHP DN FZ RMode Stride FZ16 Len EBF NEP AH FIZ, no trap enables;
 * FPSR: N Z C V QC and the cumulative flags), checked by the differential
 * tests (tests/diff/families/sysreg.py).  Any other register stops the
 * program with its name.
 */
#include <stdio.h>

#include "sim/exec/exec.h"

#define SYSREG(op0, op1, crn, crm, op2) \
    (((op0) - 2) << 14 | (op1) << 11 | (crn) << 7 | (crm) << 3 | (op2))
enum {
    SR_NZCV = SYSREG(3, 3, 4, 2, 0),
    SR_FPCR = SYSREG(3, 3, 4, 4, 0),
    SR_FPSR = SYSREG(3, 3, 4, 4, 1),
    SR_FPMR = SYSREG(3, 3, 4, 4, 2),
    SR_TPIDR_EL0 = SYSREG(3, 3, 13, 0, 2),
    SR_TPIDR2_EL0 = SYSREG(3, 3, 13, 0, 5),
};
#if defined(SMESIM_VARIANTS_MSR) || defined(SMESIM_VARIANTS_MRS)
#define FPCR_MASK 0x07ff2007u
#define FPSR_MASK 0xf800009fu
/* FPMR: LSCALE2 (37:32), NSCALE (31:24), LSCALE (22:16), OSC, OSM (15:14),
 * F8S2 (5:3), F8S1 (2:0); the rest RES0 */
#define FPMR_MASK 0x0000003fff7fc03full

static smesim_status unknown_sysreg(smesim_cpu *cpu, int64_t enc, const char *op)
{
    snprintf(cpu->fault.msg, sizeof cpu->fault.msg,
             "%s of system register S%d_%d_C%d_C%d_%d is not executed by smesim yet", op,
             (int)(2 + (enc >> 14 & 1)), (int)(enc >> 11 & 7), (int)(enc >> 7 & 15),
             (int)(enc >> 3 & 15), (int)(enc & 7));
    return SMESIM_UNDEF;
}

#endif

/* Body names follow the pattern names of decode/isa/base_system.decode
 * (MSR, MRS: &sysreg enc rt); until those patterns name them, nothing is
 * compiled. */
#ifdef SMESIM_VARIANTS_MSR
/* msr nzcv, x0 — the Arm ARM's MSR (register) -> AArch64.SysRegWrite:
 * NZCV = X[t]<31:28>; FPCR, FPSR, FPMR = X[t] (their defined bits) */
EXEC(MSR)
{
    (void)rec;
    uint64_t v = xr(cpu, F.rt);
    switch (F.enc) {
    case SR_NZCV: cpu->nzcv = (uint32_t)v & 0xf0000000u; break;
    case SR_FPCR: cpu->fpcr = v & FPCR_MASK; break;
    case SR_FPSR: cpu->fpsr = v & FPSR_MASK; break;
    case SR_FPMR: cpu->fpmr = v & FPMR_MASK; break;
    case SR_TPIDR_EL0: cpu->tpidr_el0 = v; break;
    case SR_TPIDR2_EL0: cpu->tpidr2_el0 = v; break;
    default: return unknown_sysreg(cpu, F.enc, "msr");
    }
    return SMESIM_OK;
}
#endif

#ifdef SMESIM_VARIANTS_MRS
/* mrs x0, nzcv — MRS -> AArch64.SysRegRead */
EXEC(MRS)
{
    (void)rec;
    uint64_t v;
    switch (F.enc) {
    case SR_NZCV: v = cpu->nzcv & 0xf0000000u; break;
    case SR_FPCR: v = cpu->fpcr; break;
    case SR_FPSR: v = cpu->fpsr; break;
    case SR_FPMR: v = cpu->fpmr; break;
    case SR_TPIDR_EL0: v = cpu->tpidr_el0; break;
    case SR_TPIDR2_EL0: v = cpu->tpidr2_el0; break;
    default: return unknown_sysreg(cpu, F.enc, "mrs");
    }
    xw(cpu, F.rt, v);
    return SMESIM_OK;
}
#endif
