/* sim/exec/sme_zero.c — ZERO { mask }: zeroes the 64-bit ZA tiles named by
 * the mask (tile za<t>.d holds the ZA rows r with r mod 8 == t).
 */
#include "sim/exec/exec.h"

/* zero {za0.s, za1.s} */
EXEC(ZERO_za)
{
    (void)rec;
    for (unsigned r = 0; r < cpu->svl; r++)
        if (F.mask & (1 << (r % 8))) memset(cpu->za[r], 0, cpu->svl);
    return SMESIM_OK;
}
