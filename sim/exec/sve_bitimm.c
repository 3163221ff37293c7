/* sim/exec/sve_bitimm.c — SVE bitwise logical immediates: AND, ORR, EOR
 * (destructive) and DUPM.  The immediate is DecodeBitMasks(imm13) at 64
 * bits, i.e. the decoded element value v repeated; the operation is
 * bitwise, so it runs on 64-bit elements whatever the printed size.
 */
#include "sim/exec/exec.h"

/* Replicate(v<esize-1:0>, 64 DIV esize) */
static inline uint64_t limm64(int64_t esz, int64_t v)
{
    uint64_t x = (uint64_t)v;
    for (unsigned w = 8u << esz; w < 64; w *= 2) x = (x & ((~(uint64_t)0) >> (64 - w))) * (1 + ((uint64_t)1 << w));
    return x;
}

#define LIMM_BODY(name, EXPR)                                              \
    EXEC(name)                                                             \
    {                                                                      \
        unsigned n = smesim_cpu_vl(cpu) / 8;                               \
        uint64_t imm = limm64(F.esz, F.v);                                 \
        uint8_t *zd = cpu->z[F.zd];                                        \
        for (unsigned i = 0; i < n; i++) {                                 \
            uint64_t x;                                                    \
            memcpy(&x, zd + 8 * i, 8);                                     \
            x = (EXPR);                                                    \
            memcpy(zd + 8 * i, &x, 8);                                     \
        }                                                                  \
        rec->active = n;                                                   \
        return SMESIM_OK;                                                  \
    }

/* orr z0.s, z0.s, #0xff */
LIMM_BODY(ORR_zi, x | imm)
/* eor z0.s, z0.s, #0xff */
LIMM_BODY(EOR_zi, x ^ imm)
/* and z0.s, z0.s, #0xff */
LIMM_BODY(AND_zi, x & imm)
/* dupm z0.s, #0xff */
LIMM_BODY(DUPM, ((void)x, imm))
