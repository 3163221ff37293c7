/* sim/exec/base_sys.c — system instructions: SVC (into sim/syscall.c), and
 * the SVCR accesses: MRS/MSR SVCR and SMSTART/SMSTOP, which are MSR
 * SVCRSM/SVCRZA/SVCRSMZA #imm underneath.
 */
#include "sim/exec/exec.h"
#include "sim/syscall.h"

/* svc #imm */
EXEC(SVC)
{
    (void)d;
    (void)rec;
    return smesim_syscall(cpu);
}

/* msr SVCR, x0 */
EXEC(MSR_svcr)
{
    (void)rec;
    uint64_t v = xr(cpu, F.rt);
    smesim_set_sm(cpu, (int)(v & 1));
    smesim_set_za(cpu, (int)((v >> 1) & 1));
    return SMESIM_OK;
}

/* mrs x0, SVCR */
EXEC(MRS_svcr)
{
    (void)rec;
    xw(cpu, F.rt, cpu->svcr);
    return SMESIM_OK;
}

/* smstart / smstop {sm | za} */
EXEC(MSR_svcri)
{
    (void)rec;
    if (F.sel & 1) smesim_set_sm(cpu, (int)F.on);
    if (F.sel & 2) smesim_set_za(cpu, (int)F.on);
    return SMESIM_OK;
}

/* dsb sy; dmb ish; isb.  One core's accesses are performed in program order
 * and a store over decoded code drops the decoded blocks at once
 * (sim/memory.c), so the barriers have nothing left to order; each ends its
 * block (its timing group is sys), so after ISB the next instruction is
 * fetched and decoded afresh, as the Arm ARM requires (B2.2.5). */
EXEC(BARRIER)
{
    (void)cpu;
    (void)rec;
    return SMESIM_OK;
}
