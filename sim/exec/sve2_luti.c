/* sim/exec/sve2_luti.c — LUTI2/LUTI4 with a table in Z registers (FEAT_LUT;
 * decode/isa/sve2_luti.decode): each element of the result is the table
 * element picked by a 2- or 4-bit index from part `idx` of Zm.
 */
#include <stdio.h>

#include "sim/exec/exec.h"

/* The pseudocode (LUTI2, LUTI4 (8-bit and 16-bit)): with elements =
 * VL / esize,
 *   index = UInt(Elem[Zm, part * elements + e, isize])
 *   Elem[result, e, esize] = Elem[table, index, esize]
 * where the table is the low 128 bits of Zn, or the low 128 bits of Zn
 * then of Zn+1 (two registers), or the low 256 bits of Zn (LUTI4 .h of one
 * register, UNDEFINED when MaxImplementedAnyVL() < 256; smesim's lengths
 * are fixed, so that is the larger of SVL and VL). */
static smesim_status luti(smesim_cpu *cpu, const struct smesim_args_s2_luti *a, unsigned isize,
                          unsigned nreg, smesim_rec *rec)
{
    unsigned esz = (unsigned)a->esz, vl = smesim_cpu_vl(cpu), n = vl >> esz;
    uint8_t table[32], res[SMESIM_MAX_VL];
    const uint8_t *zm = cpu->z[a->zm];
    if (nreg == 1 && isize == 4 && esz == 1 && (cpu->svl > cpu->nvl ? cpu->svl : cpu->nvl) < 32) {
        snprintf(cpu->fault.msg, sizeof cpu->fault.msg,
                 "luti4 .h with a one-register table is UNDEFINED when no vector length of "
                 "256 bits or more is implemented");
        return SMESIM_UNDEF;
    }
    memcpy(table, cpu->z[a->zn], 32);
    if (nreg == 2) memcpy(table + 16, cpu->z[(a->zn + 1) & 31], 16);
    for (unsigned e = 0; e < n; e++) {
        unsigned bit = ((unsigned)a->idx * n + e) * isize;
        unsigned index = (zm[bit / 8] >> (bit % 8)) & ((1u << isize) - 1);
        elem_set(res, esz, e, elem_get(table, esz, index));
    }
    memcpy(cpu->z[a->zd], res, vl);
    rec->active = n;
    return SMESIM_OK;
}

/* luti2 z0.b, { z1.b }, z2[0] */
EXEC(s2_luti2_b) { return luti(cpu, &F, 2, 1, rec); }
/* luti2 z0.h, { z1.h }, z2[0] */
EXEC(s2_luti2_h) { return luti(cpu, &F, 2, 1, rec); }
/* luti4 z0.b, { z1.b }, z2[0] */
EXEC(s2_luti4_b) { return luti(cpu, &F, 4, 1, rec); }
/* luti4 z0.h, { z1.h }, z2[0] */
EXEC(s2_luti4_h) { return luti(cpu, &F, 4, 1, rec); }
/* luti4 z0.h, { z1.h, z2.h }, z3[0] */
EXEC(s2_luti4_h2) { return luti(cpu, &F, 4, 2, rec); }
