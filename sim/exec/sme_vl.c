/* sim/exec/sme_vl.c — the streaming vector length: RDSVL, ADDSVL, ADDSPL.
 * These read SVL whatever the current mode.
 */
#include "sim/exec/exec.h"

/* rdsvl x0, #imm */
EXEC(RDSVL)
{
    (void)rec;
    xw(cpu, F.rd, (uint64_t)F.imm6 * cpu->svl);
    return SMESIM_OK;
}

/* addsvl/addspl x0, x1, #imm */
EXEC(ADDSVL)
{
    (void)rec;
    uint64_t unit = F.pl ? cpu->svl / 8 : cpu->svl;
    xwsp(cpu, F.rd, xsp(cpu, F.rn) + (uint64_t)F.imm6 * unit);
    return SMESIM_OK;
}
