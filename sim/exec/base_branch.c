/* sim/exec/base_branch.c — base A64 branches: B, BL, B.cond, CBZ/CBNZ, BR,
 * BLR, RET.  A branch sets cpu->next_pc and marks the record taken.
 */
#include "sim/exec/exec.h"

static void branch_to(smesim_cpu *cpu, smesim_rec *rec, uint64_t target)
{
    cpu->next_pc = target;
    rec->flags |= SMESIM_REC_TAKEN;
}

/* b label */
EXEC(B)
{
    branch_to(cpu, rec, cpu->pc + (uint64_t)F.off);
    return SMESIM_OK;
}

/* bl label */
EXEC(BL)
{
    cpu->x[30] = cpu->pc + 4;
    branch_to(cpu, rec, cpu->pc + (uint64_t)F.off);
    return SMESIM_OK;
}

/* b.cond label */
EXEC(B_cond)
{
    if (condition_holds(cpu->nzcv, F.cond)) branch_to(cpu, rec, cpu->pc + (uint64_t)F.off);
    return SMESIM_OK;
}

/* cbz/cbnz x0, label */
EXEC(CBZ)
{
    int zero = trunc_sf(xr(cpu, F.rt), F.sf) == 0;
    if (zero != (int)F.nz) branch_to(cpu, rec, cpu->pc + (uint64_t)F.off);
    return SMESIM_OK;
}

/* br x0 */
EXEC(BR)
{
    branch_to(cpu, rec, xr(cpu, F.rn));
    return SMESIM_OK;
}

/* blr x0 */
EXEC(BLR)
{
    uint64_t target = xr(cpu, F.rn);
    cpu->x[30] = cpu->pc + 4;
    branch_to(cpu, rec, target);
    return SMESIM_OK;
}

/* ret {x30} */
EXEC(RET)
{
    branch_to(cpu, rec, xr(cpu, F.rn));
    return SMESIM_OK;
}
