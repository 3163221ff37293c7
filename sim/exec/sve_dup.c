/* sim/exec/sve_dup.c — broadcasts of an immediate to every element:
 * DUP (immediate, printed MOV) and FDUP (printed FMOV), whose 8-bit
 * floating-point immediate expands by the Arm ARM's VFPExpandImm
 * (smesim_vfp_expand_imm).  The predicated CPY and FCPY are shapes
 * (zpv_m, zpv_z in sim/exec/shape_x_int.h).
 */
#include "sim/exec/shape_x_int.h"

static void broadcast(smesim_cpu *cpu, int64_t zd, unsigned esz, uint64_t v)
{
    unsigned elems = smesim_cpu_vl(cpu) >> esz;
    uint8_t *z = cpu->z[zd];
    memset(z, 0, sizeof cpu->z[0]);
    for (unsigned e = 0; e < elems; e++) elem_set(z, esz, e, v);
}

/* mov z0.s, #imm{, lsl #8} */
EXEC(DUP_i)
{
    (void)rec;
    broadcast(cpu, F.zd, (unsigned)F.esz, (uint64_t)F.imm8 << F.sh8);
    return SMESIM_OK;
}

/* fmov z0.s, #1.0 */
EXEC(FDUP)
{
    (void)rec;
    unsigned esz = (unsigned)F.esz;
    broadcast(cpu, F.zd, esz, smesim_vfp_expand_imm((uint64_t)F.imm8, 8u << esz));
    return SMESIM_OK;
}
