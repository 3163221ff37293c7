/* sim/exec/sve2_perm_quad.c — SVE2.1 permutes within each 128-bit segment:
 * ZIPQ1/ZIPQ2, UZPQ1/UZPQ2 and TBLQ (decode/isa/sve2_perm_quad.decode).
 * Each segment of the result comes from the same segment of the sources.
 */
#include "sim/exec/exec.h"

/* ZIPQ1/ZIPQ2 (pseudocode): in each segment, elements k of the low (1) or
 * high (2) half of Zn and Zm, interleaved: result[2k] = zn[base + k],
 * result[2k+1] = zm[base + k] */
static smesim_status zipq(smesim_cpu *cpu, const struct smesim_args_s2_perm *a, unsigned high, smesim_rec *rec)
{
    unsigned esz = (unsigned)a->esz, vl = smesim_cpu_vl(cpu), per = 16u >> esz, half = per / 2;
    uint8_t res[SMESIM_MAX_VL];
    const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];
    for (unsigned s = 0; s < vl / 16; s++) {
        unsigned base = s * per;
        for (unsigned k = 0; k < half; k++) {
            elem_set(res, esz, base + 2 * k, elem_get(zn, esz, base + high * half + k));
            elem_set(res, esz, base + 2 * k + 1, elem_get(zm, esz, base + high * half + k));
        }
    }
    memcpy(cpu->z[a->zd], res, vl);
    rec->active = vl >> esz;
    return SMESIM_OK;
}

/* UZPQ1/UZPQ2: in each segment, the even (1) or odd (2) elements of Zn's
 * segment, then those of Zm's */
static smesim_status uzpq(smesim_cpu *cpu, const struct smesim_args_s2_perm *a, unsigned odd, smesim_rec *rec)
{
    unsigned esz = (unsigned)a->esz, vl = smesim_cpu_vl(cpu), per = 16u >> esz, half = per / 2;
    uint8_t res[SMESIM_MAX_VL];
    const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];
    for (unsigned s = 0; s < vl / 16; s++) {
        unsigned base = s * per;
        for (unsigned k = 0; k < half; k++) {
            elem_set(res, esz, base + k, elem_get(zn, esz, base + 2 * k + odd));
            elem_set(res, esz, base + half + k, elem_get(zm, esz, base + 2 * k + odd));
        }
    }
    memcpy(cpu->z[a->zd], res, vl);
    rec->active = vl >> esz;
    return SMESIM_OK;
}

/* zipq1 z0.s, z1.s, z2.s */
EXEC(s2_zipq1) { return zipq(cpu, &F, 0, rec); }
/* zipq2 z0.s, z1.s, z2.s */
EXEC(s2_zipq2) { return zipq(cpu, &F, 1, rec); }
/* uzpq1 z0.s, z1.s, z2.s */
EXEC(s2_uzpq1) { return uzpq(cpu, &F, 0, rec); }
/* uzpq2 z0.s, z1.s, z2.s */
EXEC(s2_uzpq2) { return uzpq(cpu, &F, 1, rec); }

/* tblq z0.s, { z1.s }, z2.s — TBLQ: each element of Zm indexes the same
 * segment of Zn; an index of a segment's element count or more gives 0 */
EXEC(s2_tblq)
{
    unsigned esz = (unsigned)F.esz, vl = smesim_cpu_vl(cpu), per = 16u >> esz;
    uint8_t res[SMESIM_MAX_VL];
    const uint8_t *zn = cpu->z[F.zn], *zm = cpu->z[F.zm];
    for (unsigned e = 0; e < vl >> esz; e++) {
        uint64_t idx = elem_get(zm, esz, e);
        unsigned base = e - e % per;
        elem_set(res, esz, e, idx < per ? elem_get(zn, esz, base + (unsigned)idx) : 0);
    }
    memcpy(cpu->z[F.zd], res, vl);
    rec->active = vl >> esz;
    return SMESIM_OK;
}
