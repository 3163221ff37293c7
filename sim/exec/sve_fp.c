/* sim/exec/sve_fp.c — SVE floating-point instructions that are their own
 * shape: the conversions between element sizes (FCVT, FCVTZS/ZU,
 * SCVTF/UCVTF, FCVTX, FCVTNT/XNT/LT, BFCVT/BFCVTNT), FADDA (ordered), FTMAD,
 * FCMLA by element, and the matrix multiplies FMMLA (FP64) and BFMMLA.
 * The element-wise families are shapes, in sim/exec/shape_fp.h.
 */
#include <stdio.h>

#include "sim/exec/exec.h"
#include "sim/fp/fp.h"

#define AI static inline __attribute__((always_inline))

/* The FP environment of an SVE instruction: FPCR as it is, flags to FPSR. */
#define FPENV smesim_fpenv env = smesim_fpenv_make((uint32_t)cpu->fpcr, 0, 0)
#define FPENV_DONE() (cpu->fpsr |= env.fpsr)

/* ---- conversions between element sizes
 * The pseudocode's loop runs over elements of esize = the larger of the two
 * sizes; the source is element<s_esize-1:0>, the result goes in the low
 * d_esize bits, ZeroExtend-ed (Extend-ed, signed, for FCVTZS): FPConvertSVE
 * (FCVT, FCVTX with FPRounding_ODD), FPConvertBF (BFCVT), FPToFixed with
 * FPRounding_ZERO (FCVTZS/ZU), FixedToFP with FPCR's rounding (SCVTF/UCVTF). */
enum { CV_FCVT, CV_FCVTZS, CV_FCVTZU, CV_SCVTF, CV_UCVTF, CV_FCVTX, CV_BFCVT };

static inline uint64_t low_bits(uint64_t x, unsigned sz)
{
    return sz >= 3 ? x : x & ((1ull << (8u << sz)) - 1);
}

AI uint64_t convert_one(int kind, unsigned dsz, unsigned ssz, uint64_t x, smesim_fpenv *env)
{
    smesim_fprounding rm = smesim_fp_rounding(env);
    unsigned dbits = 8u << dsz;
    switch (kind) {
    case CV_FCVT: return smesim_fp_convert((smesim_fpfmt)dsz, (smesim_fpfmt)ssz, x, rm, env);
    case CV_FCVTX: return smesim_fp_convert(SMESIM_FP32, SMESIM_FP64, x, SMESIM_FPR_ODD, env);
    case CV_BFCVT: return smesim_fp_convert(SMESIM_BF16, SMESIM_FP32, x, rm, env);
    case CV_FCVTZS: {
        uint64_t r = smesim_fp_to_fixed((smesim_fpfmt)ssz, x, 0, false, SMESIM_FPR_ZERO, (int)dbits, env);
        if (dbits < 64 && ((r >> (dbits - 1)) & 1)) r |= ~0ull << dbits;   /* Extend, signed */
        return r;
    }
    case CV_FCVTZU: return smesim_fp_to_fixed((smesim_fpfmt)ssz, x, 0, true, SMESIM_FPR_ZERO, (int)dbits, env);
    case CV_SCVTF: return smesim_fixed_to_fp((smesim_fpfmt)dsz, x, 8 << ssz, 0, false, rm, env);
    default: return smesim_fixed_to_fp((smesim_fpfmt)dsz, x, 8 << ssz, 0, true, rm, env);
    }
}

/* FPConvertSVE and friends: SVE conversions ignore FPCR.AHP (IEEE half). */
#define CVT_ENV smesim_fpenv env = smesim_fpenv_make((uint32_t)cpu->fpcr & ~SMESIM_FPCR_AHP, 0, 0)

/* Elementwise, merging: zd.esize[e] = convert(zn.esize[e]<s_esize-1:0>). */
AI smesim_status convert_loop(smesim_cpu *cpu, int64_t zd, int64_t pg, int64_t zn, int kind, unsigned dsz,
                              unsigned ssz, smesim_rec *rec)
{
    CVT_ENV;
    unsigned esz = dsz > ssz ? dsz : ssz, n = smesim_cpu_vl(cpu) >> esz, active = 0;
    uint8_t *d = cpu->z[zd];
    const uint8_t *s = cpu->z[zn], *p = cpu->p[pg];
    for (unsigned e = 0; e < n; e++) {
        if (!pred_active(p, esz, e)) continue;
        active++;
        uint64_t r = convert_one(kind, dsz, ssz, low_bits(elem_get(s, esz, e), ssz), &env);
        elem_set(d, esz, e, low_bits(r, esz));
    }
    cpu->fpsr |= env.fpsr;
    rec->active = active;
    return SMESIM_OK;
}

/* Narrowing into the top (odd) halves: zd.(esize/2)[2e+1] = convert(zn.esize[e]);
 * the even halves and inactive elements unchanged (FCVTNT, FCVTXNT, BFCVTNT). */
AI smesim_status convert_top(smesim_cpu *cpu, int64_t zd, int64_t pg, int64_t zn, int kind, unsigned dsz,
                             unsigned ssz, smesim_rec *rec)
{
    CVT_ENV;
    unsigned n = smesim_cpu_vl(cpu) >> ssz, active = 0;
    uint8_t *d = cpu->z[zd];
    const uint8_t *s = cpu->z[zn], *p = cpu->p[pg];
    for (unsigned e = 0; e < n; e++) {
        if (!pred_active(p, ssz, e)) continue;
        active++;
        uint64_t r = convert_one(kind, dsz, ssz, elem_get(s, ssz, e), &env);
        elem_set(d, dsz, 2 * e + 1, r);
    }
    cpu->fpsr |= env.fpsr;
    rec->active = active;
    return SMESIM_OK;
}

/* fcvt z0.h, p0/m, z1.s (and every FP size pair) */
EXEC(sve_fcvt) { return convert_loop(cpu, F.zd, F.pg, F.zn, CV_FCVT, (unsigned)F.dsz, (unsigned)F.ssz, rec); }
/* fcvtzs z0.s, p0/m, z1.d */
EXEC(sve_fcvtzs) { return convert_loop(cpu, F.zd, F.pg, F.zn, CV_FCVTZS, (unsigned)F.dsz, (unsigned)F.ssz, rec); }
/* fcvtzu z0.s, p0/m, z1.d */
EXEC(sve_fcvtzu) { return convert_loop(cpu, F.zd, F.pg, F.zn, CV_FCVTZU, (unsigned)F.dsz, (unsigned)F.ssz, rec); }
/* scvtf z0.d, p0/m, z1.s */
EXEC(sve_scvtf) { return convert_loop(cpu, F.zd, F.pg, F.zn, CV_SCVTF, (unsigned)F.dsz, (unsigned)F.ssz, rec); }
/* ucvtf z0.d, p0/m, z1.s */
EXEC(sve_ucvtf) { return convert_loop(cpu, F.zd, F.pg, F.zn, CV_UCVTF, (unsigned)F.dsz, (unsigned)F.ssz, rec); }
/* fcvtx z0.s, p0/m, z1.d: FPRounding_ODD */
EXEC(sve_fcvtx) { return convert_loop(cpu, F.zd, F.pg, F.zn, CV_FCVTX, 2, 3, rec); }
/* fcvtnt z0.h, p0/m, z1.s */
EXEC(sve_fcvtnt) { return convert_top(cpu, F.zd, F.pg, F.zn, CV_FCVT, (unsigned)F.dsz, (unsigned)F.ssz, rec); }
/* fcvtxnt z0.s, p0/m, z1.d */
EXEC(sve_fcvtxnt) { return convert_top(cpu, F.zd, F.pg, F.zn, CV_FCVTX, 2, 3, rec); }
/* bfcvt z0.h, p0/m, z1.s: FPConvertBF, in the low half of each word */
EXEC(sve_bfcvt) { return convert_loop(cpu, F.zd, F.pg, F.zn, CV_BFCVT, 1, 2, rec); }
/* bfcvtnt z0.h, p0/m, z1.s */
EXEC(sve_bfcvtnt) { return convert_top(cpu, F.zd, F.pg, F.zn, CV_BFCVT, 1, 2, rec); }

/* fcvtlt z0.s, p0/m, z1.h: widen the top (odd) halves,
 * zd.esize[e] = FPConvertSVE(zn.(esize/2)[2e+1]) */
EXEC(sve_fcvtlt)
{
    CVT_ENV;
    unsigned dsz = (unsigned)F.dsz, ssz = (unsigned)F.ssz;
    unsigned n = smesim_cpu_vl(cpu) >> dsz, active = 0;
    uint8_t *zdp = cpu->z[F.zd];
    const uint8_t *s = cpu->z[F.zn], *p = cpu->p[F.pg];
    for (unsigned e = 0; e < n; e++) {
        if (!pred_active(p, dsz, e)) continue;
        active++;
        uint64_t x = elem_get(s, ssz, 2 * e + 1);
        elem_set(zdp, dsz, e, smesim_fp_convert((smesim_fpfmt)dsz, (smesim_fpfmt)ssz, x,
                                              smesim_fp_rounding(&env), &env));
    }
    cpu->fpsr |= env.fpsr;
    rec->active = active;
    return SMESIM_OK;
}

/* ---- fadda d0, p0, d0, z1.d: strictly ordered, from the scalar:
 * result = V[dn]; for each active e in order, result = FPAdd(result, zm[e]) */
EXEC(sve_fadda)
{
    FPENV;
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz, active = 0;
    smesim_fpfmt f = (smesim_fpfmt)esz;
    const uint8_t *zm = cpu->z[F.zm], *p = cpu->p[F.pg];
    uint64_t r = elem_get(cpu->z[F.vdn], esz, 0);
    for (unsigned e = 0; e < n; e++) {
        if (!pred_active(p, esz, e)) continue;
        active++;
        r = smesim_fp_add(f, r, elem_get(zm, esz, e), &env);
    }
    memset(cpu->z[F.vdn], 0, sizeof cpu->z[0]);   /* V[dn] = result: the rest reads zero */
    elem_set(cpu->z[F.vdn], esz, 0, r);
    FPENV_DONE();
    rec->active = active;
    return SMESIM_OK;
}

/* ---- ftmad z0.s, z0.s, z1.s, #imm: zdn[e] = FPTrigMAdd(imm, zdn[e], zm[e]) */
EXEC(sve_ftmad)
{
    FPENV;
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    smesim_fpfmt f = (smesim_fpfmt)esz;
    uint8_t *zd = cpu->z[F.zdn];
    const uint8_t *zm = cpu->z[F.zm];
    for (unsigned e = 0; e < n; e++)
        elem_set(zd, esz, e, smesim_fp_trig_madd(f, (int)F.imm3, elem_get(zd, esz, e), elem_get(zm, esz, e), &env));
    FPENV_DONE();
    rec->active = n;
    return SMESIM_OK;
}

/* ---- FCMLA by element: the index picks a complex pair of zm within each
 * 128-bit segment; per pair, as FCMLA (vectors) unpredicated:
 * rot's bit 0 picks the real or imaginary part of zn and the order of zm's,
 * FPNeg where rot<0> != rot<1> (real) and where rot<1> (imaginary). */
AI smesim_status fcmla_idx(smesim_cpu *cpu, unsigned esz, int64_t zda, int64_t zn, int64_t zm, unsigned idx,
                           unsigned rot, smesim_rec *rec)
{
    FPENV;
    smesim_fpfmt f = (smesim_fpfmt)esz;
    unsigned n = smesim_cpu_vl(cpu) >> esz, eps = 16u >> esz;
    unsigned q = rot / 90, b0 = q & 1, b1 = q >> 1;
    uint8_t *d = cpu->z[zda];
    const uint8_t *vn = cpu->z[zn], *vm = cpu->z[zm];
    for (unsigned s = 0; s < n; s += eps) {
        uint64_t mr = elem_get(vm, esz, s + 2 * idx), mi = elem_get(vm, esz, s + 2 * idx + 1);
        uint64_t ea = b0 ? mi : mr, eb = b0 ? mr : mi;
        if (b0 ^ b1) ea = smesim_fp_neg(f, ea, &env);
        if (b1) eb = smesim_fp_neg(f, eb, &env);
        for (unsigned i = s; i < s + eps; i += 2) {
            uint64_t e1 = elem_get(vn, esz, i + b0);
            elem_set(d, esz, i, smesim_fp_muladd(f, elem_get(d, esz, i), e1, ea, &env));
            elem_set(d, esz, i + 1, smesim_fp_muladd(f, elem_get(d, esz, i + 1), e1, eb, &env));
        }
    }
    FPENV_DONE();
    rec->active = n;
    return SMESIM_OK;
}

/* fcmla z0.h, z1.h, z2.h[idx], #rot */
EXEC(sve_fcmla_idx_h) { return fcmla_idx(cpu, 1, F.zda, F.zn, F.zm, (unsigned)F.idx, (unsigned)F.rot, rec); }
/* fcmla z0.s, z1.s, z2.s[idx], #rot */
EXEC(sve_fcmla_idx_s) { return fcmla_idx(cpu, 2, F.zda, F.zn, F.zm, (unsigned)F.idx, (unsigned)F.rot, rec); }

/* ---- fmmla z0.d, z1.d, z2.d: FPMatMulAdd per 256-bit segment, 2x2
 * matrices (row-major), four roundings per element:
 * prod0 = FPMul(zn[2i], zm[2j]), prod1 = FPMul(zn[2i+1], zm[2j+1]),
 * zda[2i+j] = FPAdd(zda[2i+j], FPAdd(prod0, prod1)).  UNDEFINED when VL < 256. */
EXEC(sve_fmmla_d)
{
    unsigned vl = smesim_cpu_vl(cpu);
    if (vl < 32) {
        snprintf(cpu->fault.msg, sizeof cpu->fault.msg, "fmmla (FP64) is UNDEFINED when VL < 256 bits");
        return SMESIM_UNDEF;
    }
    FPENV;
    uint8_t *zdp = cpu->z[F.zd];
    const uint8_t *vn = cpu->z[F.zn], *vm = cpu->z[F.zm];
    for (unsigned s = 0; s < vl / 8; s += 4) {
        uint64_t r[4];
        for (unsigned i = 0; i < 2; i++)
            for (unsigned j = 0; j < 2; j++) {
                uint64_t p0 = smesim_fp_mul(SMESIM_FP64, elem_get(vn, 3, s + 2 * i), elem_get(vm, 3, s + 2 * j), &env);
                uint64_t p1 = smesim_fp_mul(SMESIM_FP64, elem_get(vn, 3, s + 2 * i + 1),
                                            elem_get(vm, 3, s + 2 * j + 1), &env);
                r[2 * i + j] = smesim_fp_add(SMESIM_FP64, elem_get(zdp, 3, s + 2 * i + j),
                                             smesim_fp_add(SMESIM_FP64, p0, p1, &env), &env);
            }
        for (unsigned x = 0; x < 4; x++) elem_set(zdp, 3, s + x, r[x]);
    }
    FPENV_DONE();
    rec->active = vl / 8;
    return SMESIM_OK;
}

/* ---- bfmmla z0.s, z1.h, z2.h: BFMatMulAdd per 128-bit segment: zda 2x2
 * singles, zn 2x4 and zm (transposed) 2x4 bfloat16;
 * sum = zda[2i+j]; for k: sum = BFDotAdd(sum, zn[4i+2k], zn[4i+2k+1],
 * zm[4j+2k], zm[4j+2k+1]). */
EXEC(sve_bfmmla)
{
    FPENV;
    unsigned vl = smesim_cpu_vl(cpu);
    uint8_t *zdp = cpu->z[F.zda];
    const uint8_t *vn = cpu->z[F.zn], *vm = cpu->z[F.zm];
    for (unsigned s = 0; s < vl / 16; s++) {
        uint32_t r[4];
        for (unsigned i = 0; i < 2; i++)
            for (unsigned j = 0; j < 2; j++) {
                uint32_t sum = (uint32_t)elem_get(zdp, 2, 4 * s + 2 * i + j);
                for (unsigned k = 0; k < 2; k++) {
                    unsigned a = 8 * s + 4 * i + 2 * k, b = 8 * s + 4 * j + 2 * k;
                    sum = smesim_bf_dotadd(sum, (uint16_t)elem_get(vn, 1, a), (uint16_t)elem_get(vn, 1, a + 1),
                                           (uint16_t)elem_get(vm, 1, b), (uint16_t)elem_get(vm, 1, b + 1), &env);
                }
                r[2 * i + j] = sum;
            }
        for (unsigned x = 0; x < 4; x++) elem_set(zdp, 2, 4 * s + x, r[x]);
    }
    FPENV_DONE();
    rec->active = vl / 4;
    return SMESIM_OK;
}
