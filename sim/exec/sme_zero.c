/* sim/exec/sme_zero.c — ZERO { mask }: zeroes the 64-bit ZA tiles named by
 * the mask (tile za<t>.d holds the ZA rows r with r mod 8 == t), in any
 * mode with PSTATE.ZA; and SME2.1's ZERO of groups of ZA array vectors.
 * ZERO { zt0 } is SME2's (sme2_zt0.decode).
 */
#include "sim/exec/exec.h"

/* zero {za0.s, za1.s}: ZERO (tiles) */
EXEC(ZERO_za)
{
    (void)rec;
    for (unsigned r = 0; r < cpu->svl; r++)
        if (F.mask & (1 << (r % 8))) memset(cpu->za[r], 0, cpu->svl);
    return SMESIM_OK;
}

/* zero za.d[w8, 0:1, vgx2]: ZERO (single-, double-, quad-vector), count
 * vectors in each of vgx groups spaced SVL/vgx vectors apart:
 *   vstride = (SVL DIV 8) DIV ngrp; vec = (UInt(X[v, 32]) + offset) MOD vstride;
 *   vec = vec - (vec MOD nvec); for r < ngrp: for i < nvec: ZAvector[vec + i] = 0;
 *   vec = vec + vstride */
EXEC(ZERO_zav)
{
    unsigned ngrp = (unsigned)F.vgx, nvec = (unsigned)F.count, vstride = cpu->svl / ngrp;
    unsigned vec = (unsigned)(((uint64_t)(uint32_t)xr(cpu, F.rv) + (uint64_t)F.off) % vstride);
    vec -= vec % nvec;
    for (unsigned r = 0; r < ngrp; r++, vec += vstride)
        for (unsigned i = 0; i < nvec; i++) memset(cpu->za[vec + i], 0, cpu->svl);
    rec->active = ngrp * nvec;
    return SMESIM_OK;
}
