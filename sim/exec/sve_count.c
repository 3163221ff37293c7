/* sim/exec/sve_count.c — element counts: CNT[BHWD], INC[BHWD] and DEC[BHWD]
 * of an X register, ADDVL and ADDPL.  All use the vector length in effect
 * (SVL in streaming mode).
 */
#include "sim/exec/exec.h"

static uint64_t count(const smesim_cpu *cpu, const struct smesim_args_cnt *args_)
{
    unsigned elems = smesim_cpu_vl(cpu) >> F.esz;
    return (uint64_t)smesim_pred_count(F.pattern, elems) * (uint64_t)F.imm4p1;
}

/* cntw x0{, pattern{, mul #imm}} */
EXEC(CNT)
{
    (void)rec;
    xw(cpu, F.rd, count(cpu, args_));
    return SMESIM_OK;
}

/* incw/decw x0{, pattern{, mul #imm}} */
EXEC(INCDEC)
{
    (void)rec;
    uint64_t c = count(cpu, args_), v = xr(cpu, F.rd);
    xw(cpu, F.rd, F.dec ? v - c : v + c);
    return SMESIM_OK;
}

/* addvl/addpl x0, x1, #imm */
EXEC(ADDVL)
{
    (void)rec;
    uint64_t unit = F.pl ? smesim_cpu_vl(cpu) / 8 : smesim_cpu_vl(cpu);
    xwsp(cpu, F.rd, xsp(cpu, F.rn) + (uint64_t)F.imm6 * unit);
    return SMESIM_OK;
}
