/* sim/exec/sve_dup.c — broadcasts of an immediate to every element:
 * DUP (immediate, printed MOV) and FDUP (printed FMOV), whose 8-bit
 * floating-point immediate expands by the Arm ARM's VFPExpandImm.
 */
#include "sim/exec/exec.h"

/* VFPExpandImm(imm8) for N = 16, 32 or 64 bits */
static uint64_t vfp_expand_imm(uint64_t imm8, unsigned n)
{
    unsigned e = n == 16 ? 5 : n == 32 ? 8 : 11, f = n - e - 1;
    uint64_t sign = (imm8 >> 7) & 1, b6 = (imm8 >> 6) & 1;
    uint64_t exp = ((b6 ^ 1) << (e - 1)) | ((b6 ? ((uint64_t)1 << (e - 3)) - 1 : 0) << 2) |
                   ((imm8 >> 4) & 3);
    uint64_t frac = (imm8 & 15) << (f - 4);
    return sign << (n - 1) | exp << f | frac;
}

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
    broadcast(cpu, F.zd, esz, vfp_expand_imm((uint64_t)F.imm8, 8u << esz));
    return SMESIM_OK;
}
