/* sim/exec/sve_int_shift.c — SVE shifts and rotates by an immediate whose
 * element size is decoded from tsz (ASR/LSR/LSL/ASRD/SQSHL/UQSHL/SRSHR/
 * URSHR/SQSHLU predicated, ASR/LSR/LSL unpredicated, SVE2 XAR).  The
 * generator instantiates shapes only for sizes named by an esz field, so
 * these switch on the decoded size to one loop per size.  The shifts by
 * vector and by wide elements are shapes (sim/exec/shape_x_int.h).
 */
#include "sim/exec/shape_x_int.h"

/* one loop per element size, picked by the decoded esz */
#define BY_SIZE(LOOP, FN)                  \
    switch (F.esz) {                       \
    case 0: LOOP(0, FN); break;            \
    case 1: LOOP(1, FN); break;            \
    case 2: LOOP(2, FN); break;            \
    default: LOOP(3, FN); break;           \
    }

/* predicated, destructive: zdn[i] = pg[i] ? FN(zdn[i], sh) : zdn[i] */
#define ZPZI_LOOP(E, FN)                                                                 \
    do {                                                                                 \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[F.zdn];                                                     \
        const uint8_t *pg = cpu->p[F.pg];                                                \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            SMESIM_PUT(E, zd, i, FN(E, SMESIM_GET(E, zd, i), (uint64_t)F.sh));           \
        }                                                                                \
        rec->active = active;                                                            \
    } while (0)

/* unpredicated: zd[i] = FN(zn[i], sh) */
#define ZZI_LOOP(E, FN)                                                                  \
    do {                                                                                 \
        unsigned n = smesim_cpu_vl(cpu) >> (E);                                          \
        uint8_t *zd = cpu->z[F.zd];                                                      \
        const uint8_t *zn = cpu->z[F.zn];                                                \
        for (unsigned i = 0; i < n; i++)                                                 \
            SMESIM_PUT(E, zd, i, FN(E, SMESIM_GET(E, zn, i), (uint64_t)F.sh));           \
        rec->active = n;                                                                 \
    } while (0)

#define ZPZI(name, FN)                       \
    EXEC(name)                               \
    {                                        \
        BY_SIZE(ZPZI_LOOP, FN)               \
        return SMESIM_OK;                    \
    }
#define ZZI(name, FN)                        \
    EXEC(name)                               \
    {                                        \
        BY_SIZE(ZZI_LOOP, FN)                \
        return SMESIM_OK;                    \
    }

/* asr z0.s, p0/m, z0.s, #3 — ASR(element, shift), shift 1..esize */
ZPZI(ASR_zpzi, smesim_asr)
/* lsr z0.s, p0/m, z0.s, #3 — LSR(element, shift), shift 1..esize */
ZPZI(LSR_zpzi, smesim_lsr)
/* lsl z0.s, p0/m, z0.s, #3 — LSL(element, shift), shift 0..esize-1 */
ZPZI(LSL_zpzi, smesim_lsl)
/* asrd z0.s, p0/m, z0.s, #3 — (element + (1 << shift) - 1 if negative) >> shift */
ZPZI(ASRD, smesim_asrd)
/* sqshl z0.s, p0/m, z0.s, #3 — SignedSatQ(SInt(element) << shift) */
ZPZI(SQSHL_zpzi, smesim_sqshl)
/* uqshl z0.s, p0/m, z0.s, #3 — UnsignedSatQ(UInt(element) << shift) */
ZPZI(UQSHL_zpzi, smesim_uqshl)
/* sqshlu z0.s, p0/m, z0.s, #3 — UnsignedSatQ(SInt(element) << shift) */
ZPZI(SQSHLU, smesim_sqshlu)
/* srshr z0.s, p0/m, z0.s, #3 — (SInt(element) + (1 << (shift-1))) >> shift */
ZPZI(SRSHR, smesim_srshr)
/* urshr z0.s, p0/m, z0.s, #3 — (UInt(element) + (1 << (shift-1))) >> shift */
ZPZI(URSHR, smesim_urshr)

/* asr z0.s, z1.s, #3 */
ZZI(ASR_zzi, smesim_asr)
/* lsr z0.s, z1.s, #3 */
ZZI(LSR_zzi, smesim_lsr)
/* lsl z0.s, z1.s, #3 */
ZZI(LSL_zzi, smesim_lsl)

/* xar z0.s, z0.s, z1.s, #3 — ROR(Elem[zdn] EOR Elem[zm], rot), rot 1..esize */
#define XAR_LOOP(E, FN)                                                                  \
    do {                                                                                 \
        unsigned n = smesim_cpu_vl(cpu) >> (E);                                          \
        uint8_t *zd = cpu->z[F.zdn];                                                     \
        const uint8_t *zm = cpu->z[F.zm];                                                \
        for (unsigned i = 0; i < n; i++)                                                 \
            SMESIM_PUT(E, zd, i, FN(E, SMESIM_GET(E, zd, i) ^ SMESIM_GET(E, zm, i),       \
                                    (uint64_t)F.rot));                                   \
        rec->active = n;                                                                 \
    } while (0)
EXEC(XAR)
{
    BY_SIZE(XAR_LOOP, smesim_ror)
    return SMESIM_OK;
}
