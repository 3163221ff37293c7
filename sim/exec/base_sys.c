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
