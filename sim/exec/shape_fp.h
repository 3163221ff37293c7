/* sim/exec/shape_fp.h — the loop shapes and operations of SVE's
 * floating-point families (decode/isa/sve_fp_*.decode, sve_bf16.decode):
 * unary, immediate, pairwise, by-element, compare-to-predicate, reduction,
 * complex-pair and widening forms.  Shapes own the loop, predication, the
 * active count and the FP environment (sim/exec/shapes.h); operations are
 * one expression on raw element bits, FP through sim/fp/ only.  Bodies
 * that are their own shape (conversions, FADDA, FTMAD, the matrix
 * multiplies) are in sim/exec/sve_fp.c.
 */
#ifndef SMESIM_SHAPE_FP_H
#define SMESIM_SHAPE_FP_H

#include "sim/exec/shapes.h"

/* the FP format of element size E (1 half, 2 single, 3 double) */
#define SMESIM_FPF(E) ((smesim_fpfmt)(E))
/* the sign bit of an element of size E */
#define SMESIM_SIGNBIT(E) ((SMESIM_U(E))1 << ((8 << (E)) - 1))
/* 128-bit segments: elements of size E per segment */
#define SMESIM_EPS(E) (16u >> (E))

/* Writes V[vd] of `bytes` bytes: the rest of Z[vd] reads as zero (the
 * AArch64 V[] setter zero-extends into the whole vector). */
static inline void smesim_write_v(smesim_cpu *cpu, int64_t vd, const void *v, unsigned bytes)
{
    memset(cpu->z[vd], 0, sizeof cpu->z[0]);
    memcpy(cpu->z[vd], v, bytes);
}

/* ------------------------------------------------------------------ shapes */

/* fzpz_m: predicated unary, merging.
 *   zd[i] = pg[i] ? OP(zn[i]) : zd[i]                 members: zd pg zn */
#define SMESIM_SHAPE_fzpz_m(ID, OP, SET, E)                                              \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        const uint8_t *zn = cpu->z[a->zn], *pg = cpu->p[a->pg];                          \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zn, i)));                           \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* fzz: unpredicated unary.
 *   zd[i] = OP(zn[i])                                 members: zd zn */
#define SMESIM_SHAPE_fzz(ID, OP, SET, E)                                                 \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E);                                          \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        const uint8_t *zn = cpu->z[a->zn];                                               \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++) SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zn, i))); \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* fzpzi_m: predicated with a one-bit immediate, merging.
 *   zdn[i] = pg[i] ? OP(zdn[i], i1) : zdn[i]          members: zdn pg i1 */
#define SMESIM_SHAPE_fzpzi_m(ID, OP, SET, E)                                             \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zdn];                                                    \
        const uint8_t *pg = cpu->p[a->pg];                                               \
        const unsigned i1 = (unsigned)a->i1;                                             \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zd, i), i1));                       \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* fzzz_d: unpredicated ternary into the destination (FCLAMP).
 *   zd[i] = OP(zd[i], zn[i], zm[i])                    members: zd zn zm */
#define SMESIM_SHAPE_fzzz_d(ID, OP, SET, E)                                              \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E);                                          \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                          \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++)                                                 \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zd, i), SMESIM_GET(E, zn, i),        \
                                    SMESIM_GET(E, zm, i)));                              \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* fzpzzz_mad: predicated multiply-add that overwrites the multiplicand
 * (FMAD, FMSB, FNMAD, FNMSB), with the FMLA family's operations.
 *   zdn[i] = pg[i] ? OP(za[i], zdn[i], zm[i]) : zdn[i]  members: zdn pg zm za */
#define SMESIM_SHAPE_fzpzzz_mad(ID, OP, SET, E)                                          \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zdn];                                                    \
        const uint8_t *zm = cpu->z[a->zm], *za = cpu->z[a->za], *pg = cpu->p[a->pg];     \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, za, i), SMESIM_GET(E, zd, i),        \
                                    SMESIM_GET(E, zm, i)));                              \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* fpair_m: SVE2 pairwise, merging: an even element takes the pair at its
 * place in zdn, an odd one the pair in zm (FADDP ... FMINP).
 *   zdn[i] = pg[i] ? OP(src[i - i%2], src[i - i%2 + 1]) : zdn[i],
 *   src = i even ? zdn : zm                           members: zdn pg zm */
#define SMESIM_SHAPE_fpair_m(ID, OP, SET, E)                                             \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t res[SMESIM_MAX_VL];                                                      \
        const uint8_t *zdn = cpu->z[a->zdn], *zm = cpu->z[a->zm], *pg = cpu->p[a->pg];   \
        memcpy(res, zdn, (size_t)n << (E));                                              \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            const uint8_t *src = (i & 1) ? zm : zdn;                                     \
            unsigned j = i & ~1u;                                                        \
            SMESIM_PUT(E, res, i, OP(E, SMESIM_GET(E, src, j), SMESIM_GET(E, src, j + 1))); \
        }                                                                                \
        memcpy(cpu->z[a->zdn], res, (size_t)n << (E));                                   \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* fzzx: by element within each 128-bit segment, binary (FMUL indexed).
 *   zd[i] = OP(zn[i], zm[seg(i) + idx])               members: zd zn zm idx */
#define SMESIM_SHAPE_fzzx(ID, OP, SET, E)                                                \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), eps = SMESIM_EPS(E);                     \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                          \
        const unsigned idx = (unsigned)a->idx;                                           \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned s = 0; s < n; s += eps) {                                          \
            SMESIM_U(E) m = SMESIM_GET(E, zm, s + idx);                                  \
            for (unsigned i = s; i < s + eps; i++)                                       \
                SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zn, i), m));                    \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* fzzzx: by element within each 128-bit segment, accumulating (FMLA/FMLS
 * indexed).   zd[i] = OP(zd[i], zn[i], zm[seg(i) + idx])   members: zd zn zm idx */
#define SMESIM_SHAPE_fzzzx(ID, OP, SET, E)                                               \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), eps = SMESIM_EPS(E);                     \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                          \
        const unsigned idx = (unsigned)a->idx;                                           \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned s = 0; s < n; s += eps) {                                          \
            SMESIM_U(E) m = SMESIM_GET(E, zm, s + idx);                                  \
            for (unsigned i = s; i < s + eps; i++)                                       \
                SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zd, i), SMESIM_GET(E, zn, i), m)); \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* Predicate element i of size E set to `on` in a zeroed predicate. */
#define SMESIM_PRED_OR(res, E, i, on) \
    ((res)[((i) << (E)) >> 3] |= (uint8_t)((unsigned)(on) << (((i) << (E)) & 7)))

/* fcmp: compare into a predicate, zeroing (NZCV untouched).
 *   pd[i] = pg[i] && OP(zn[i], zm[i])                 members: pd pg zn zm */
#define SMESIM_SHAPE_fcmp(ID, OP, SET, E)                                                \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned vl = smesim_cpu_vl(cpu), n = vl >> (E), active = 0;                     \
        uint8_t res[SMESIM_MAX_VL / 8] = { 0 };                                          \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm], *pg = cpu->p[a->pg];     \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            SMESIM_PRED_OR(res, E, i, OP(E, SMESIM_GET(E, zn, i), SMESIM_GET(E, zm, i))); \
        }                                                                                \
        memcpy(cpu->p[a->pd], res, vl / 8);                                              \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* fcmp0: compare with #0.0 into a predicate, zeroing.
 *   pd[i] = pg[i] && OP(zn[i])                         members: pd pg zn */
#define SMESIM_SHAPE_fcmp0(ID, OP, SET, E)                                               \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned vl = smesim_cpu_vl(cpu), n = vl >> (E), active = 0;                     \
        uint8_t res[SMESIM_MAX_VL / 8] = { 0 };                                          \
        const uint8_t *zn = cpu->z[a->zn], *pg = cpu->p[a->pg];                          \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            SMESIM_PRED_OR(res, E, i, OP(E, SMESIM_GET(E, zn, i)));                      \
        }                                                                                \
        memcpy(cpu->p[a->pd], res, vl / 8);                                              \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* The pseudocode's Reduce(op, input, esize): the upper and lower halves
 * reduced recursively, then OP(lo, hi) — bottom up, adjacent pairs are the
 * leaves.  n is a power of two. */
#define SMESIM_FP_REDUCE(E, OP, buf, n)                                                  \
    do {                                                                                 \
        for (unsigned w_ = (n); w_ > 1; w_ >>= 1)                                        \
            for (unsigned j_ = 0; j_ < w_ / 2; j_++)                                     \
                (buf)[j_] = (SMESIM_U(E))OP(E, (buf)[2 * j_], (buf)[2 * j_ + 1]);         \
    } while (0)

/* fredv: FPReducePredicated to a scalar (FADDV, FMAXV, ...): inactive
 * elements are OP's identity (OP##_id), a pairwise tree (Reduce), the
 * result written to V[vd].                           members: vd pg zn */
#define SMESIM_SHAPE_fredv(ID, OP, SET, E)                                               \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        SMESIM_U(E) buf[SMESIM_MAX_VL >> (E)];                                           \
        const uint8_t *zn = cpu->z[a->zn], *pg = cpu->p[a->pg];                          \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        const SMESIM_U(E) id = (SMESIM_U(E))OP##_id(E);                                  \
        for (unsigned i = 0; i < n; i++) {                                               \
            int on = pred_active(pg, (E), i);                                            \
            active += (unsigned)on;                                                      \
            buf[i] = on ? SMESIM_GET(E, zn, i) : id;                                     \
        }                                                                                \
        SMESIM_FP_REDUCE(E, OP, buf, n);                                                 \
        smesim_write_v(cpu, a->vd, &buf[0], 1u << (E));                                  \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* fredq: SVE2.1 reduction across segments: lane e of V[vd] (128 bits) is
 * the Reduce of lane e of every 128-bit segment, inactive ones the
 * identity (FADDQV, FMAXQV, ...).                    members: vd pg zn */
#define SMESIM_SHAPE_fredq(ID, OP, SET, E)                                               \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned segs = smesim_cpu_vl(cpu) / 16, eps = SMESIM_EPS(E), active = 0;        \
        SMESIM_U(E) buf[SMESIM_MAX_VL / 16], res[16 >> (E)];                             \
        const uint8_t *zn = cpu->z[a->zn], *pg = cpu->p[a->pg];                          \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        const SMESIM_U(E) id = (SMESIM_U(E))OP##_id(E);                                  \
        for (unsigned e = 0; e < eps; e++) {                                             \
            for (unsigned s = 0; s < segs; s++) {                                        \
                int on = pred_active(pg, (E), s * eps + e);                              \
                active += (unsigned)on;                                                  \
                buf[s] = on ? SMESIM_GET(E, zn, s * eps + e) : id;                       \
            }                                                                            \
            SMESIM_FP_REDUCE(E, OP, buf, segs);                                          \
            res[e] = buf[0];                                                             \
        }                                                                                \
        smesim_write_v(cpu, a->vd, res, 16);                                             \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* fcadd_m: FCADD, complex pairs (real even, imaginary odd), merging per
 * element; rot is 90 or 270.
 *   90:  re = FPAdd(re_n, FPNeg(im_m)), im = FPAdd(im_n, re_m)
 *   270: re = FPAdd(re_n, im_m),        im = FPAdd(im_n, FPNeg(re_m))
 *                                                     members: zdn pg zm rot */
#define SMESIM_SHAPE_fcadd_m(ID, OP, SET, E)                                             \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zdn];                                                    \
        const uint8_t *zm = cpu->z[a->zm], *pg = cpu->p[a->pg];                          \
        const int r270 = a->rot == 270;                                                  \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i += 2) {                                            \
            SMESIM_U(E) nr = SMESIM_GET(E, zd, i), ni = SMESIM_GET(E, zd, i + 1);        \
            SMESIM_U(E) mr = SMESIM_GET(E, zm, i), mi = SMESIM_GET(E, zm, i + 1);        \
            if (r270) mr = (SMESIM_U(E))smesim_fp_neg(SMESIM_FPF(E), mr, &env);          \
            else mi = (SMESIM_U(E))smesim_fp_neg(SMESIM_FPF(E), mi, &env);               \
            if (pred_active(pg, (E), i)) {                                               \
                active++;                                                                \
                SMESIM_PUT(E, zd, i, OP(E, nr, mi));                         \
            }                                                                            \
            if (pred_active(pg, (E), i + 1)) {                                           \
                active++;                                                                \
                SMESIM_PUT(E, zd, i + 1, OP(E, ni, mr));                                 \
            }                                                                            \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* One FCMLA pair: acc (re, im) += the rot's products of n and m, each
 * element FPMulAdd(acc, elt1_a, elt2), elt1_a = n[rot<0>] (rot in 90s),
 * elt2 = m[rot<0>] negated if rot<0> != rot<1> for the real part, m[!rot<0>]
 * negated if rot<1> for the imaginary part (FPNeg). */
#define SMESIM_FCMLA_PAIR(E, OP, rot, nr, ni, mr, mi, acc_r, acc_i, do_r, do_i)          \
    do {                                                                                 \
        unsigned q_ = (unsigned)(rot) / 90u, b0_ = q_ & 1, b1_ = q_ >> 1;                \
        SMESIM_U(E) e1_ = b0_ ? (ni) : (nr);                                             \
        SMESIM_U(E) ea_ = b0_ ? (mi) : (mr), eb_ = b0_ ? (mr) : (mi);                    \
        if (b0_ ^ b1_) ea_ = (SMESIM_U(E))smesim_fp_neg(SMESIM_FPF(E), ea_, &env);       \
        if (b1_) eb_ = (SMESIM_U(E))smesim_fp_neg(SMESIM_FPF(E), eb_, &env);             \
        if (do_r) (acc_r) = (SMESIM_U(E))OP(E, (acc_r), e1_, ea_);                        \
        if (do_i) (acc_i) = (SMESIM_U(E))OP(E, (acc_i), e1_, eb_);                        \
    } while (0)

/* fcmla_m: FCMLA (vectors), predicated, merging.   members: zda pg zn zm rot */
#define SMESIM_SHAPE_fcmla_m(ID, OP, SET, E)                                             \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zda];                                                    \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm], *pg = cpu->p[a->pg];     \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i += 2) {                                            \
            int on_r = pred_active(pg, (E), i), on_i = pred_active(pg, (E), i + 1);      \
            SMESIM_U(E) ar = SMESIM_GET(E, zd, i), ai = SMESIM_GET(E, zd, i + 1);        \
            SMESIM_FCMLA_PAIR(E, OP, a->rot, SMESIM_GET(E, zn, i), SMESIM_GET(E, zn, i + 1), \
                              SMESIM_GET(E, zm, i), SMESIM_GET(E, zm, i + 1), ar, ai, on_r, on_i); \
            active += (unsigned)(on_r + on_i);                                           \
            SMESIM_PUT(E, zd, i, ar);                                                    \
            SMESIM_PUT(E, zd, i + 1, ai);                                                \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* Widening half/bfloat16 into single, 32-bit containers: OP(acc, n, m)
 * gets the 32-bit containers of zn and zm (both halves), and picks. */

/* fzzzw: vectors.   zda.s[i] = OP(zda.s[i], zn.s[i], zm.s[i])   members: zda zn zm */
#define SMESIM_SHAPE_fzzzw(ID, OP, SET, E)                                               \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> 2;                                            \
        uint8_t *zd = cpu->z[a->zda];                                                    \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                          \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++)                                                 \
            SMESIM_PUT(2, zd, i, OP(SMESIM_GET(2, zd, i), SMESIM_GET(2, zn, i),           \
                                    SMESIM_GET(2, zm, i)));                              \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* fzzxw_h: by half element (index 0..7 within each 128-bit segment), its
 * value in both halves of m.   members: zda zn zm idx */
#define SMESIM_SHAPE_fzzxw_h(ID, OP, SET, E)                                             \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> 2;                                            \
        uint8_t *zd = cpu->z[a->zda];                                                    \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                          \
        const unsigned idx = (unsigned)a->idx;                                           \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned s = 0; s < n; s += 4) {                                            \
            uint32_t h = SMESIM_GET(1, zm, 2 * s + idx), m = h << 16 | h;                \
            for (unsigned i = s; i < s + 4; i++)                                         \
                SMESIM_PUT(2, zd, i, OP(SMESIM_GET(2, zd, i), SMESIM_GET(2, zn, i), m));  \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* fzzxw_s: by pair of halves (32-bit element, index 0..3 within each
 * 128-bit segment: BFDOT, FDOT).   members: zda zn zm idx */
#define SMESIM_SHAPE_fzzxw_s(ID, OP, SET, E)                                             \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> 2;                                            \
        uint8_t *zd = cpu->z[a->zda];                                                    \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                          \
        const unsigned idx = (unsigned)a->idx;                                           \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned s = 0; s < n; s += 4) {                                            \
            uint32_t m = SMESIM_GET(2, zm, s + idx);                                     \
            for (unsigned i = s; i < s + 4; i++)                                         \
                SMESIM_PUT(2, zd, i, OP(SMESIM_GET(2, zd, i), SMESIM_GET(2, zn, i), m));  \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* -------------------------------------------------------------- operations */

/* FPDiv(zm, zdn); FPAbs(FPSub) (FABD: FPAbs leaves a NaN alone under AH);
 * FPScale with SInt(zm); FPMulX; FPAbsMax/Min; the Newton steps;
 * FPTrigSMul */
#define SMESIM_OP_fdivr(E, a, b) smesim_fp_div(SMESIM_FPF(E), (b), (a), &env)
#define SMESIM_OP_fabd(E, a, b) \
    smesim_fp_abs(SMESIM_FPF(E), smesim_fp_sub(SMESIM_FPF(E), (a), (b), &env), &env)
#define SMESIM_OP_fscale(E, a, b) smesim_fp_scale(SMESIM_FPF(E), (a), (int64_t)(SMESIM_S(E))(b), &env)
#define SMESIM_OP_fmulx(E, a, b) smesim_fp_mulx(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_famax(E, a, b) smesim_fp_absmax(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_famin(E, a, b) smesim_fp_absmin(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_frecps(E, a, b) smesim_fp_recps(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_frsqrts(E, a, b) smesim_fp_rsqrts(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_ftsmul(E, a, b) smesim_fp_trig_smul(SMESIM_FPF(E), (a), (b), &env)

/* SVE_B16B16: the same pseudocode functions on bfloat16 (element size 1) */
#define SMESIM_OP_bfadd(E, a, b) smesim_fp_add(SMESIM_BF16, (a), (b), &env)
#define SMESIM_OP_bfsub(E, a, b) smesim_fp_sub(SMESIM_BF16, (a), (b), &env)
#define SMESIM_OP_bfmul(E, a, b) smesim_fp_mul(SMESIM_BF16, (a), (b), &env)
#define SMESIM_OP_bfmax(E, a, b) smesim_fp_max(SMESIM_BF16, (a), (b), &env)
#define SMESIM_OP_bfmin(E, a, b) smesim_fp_min(SMESIM_BF16, (a), (b), &env)
#define SMESIM_OP_bfmaxnm(E, a, b) smesim_fp_maxnum(SMESIM_BF16, (a), (b), &env)
#define SMESIM_OP_bfminnm(E, a, b) smesim_fp_minnum(SMESIM_BF16, (a), (b), &env)
#define SMESIM_OP_bfmla(E, acc, a, b) smesim_fp_muladd(SMESIM_BF16, (acc), (a), (b), &env)
#define SMESIM_OP_bfmls(E, acc, a, b) \
    smesim_fp_muladd(SMESIM_BF16, (acc), smesim_fp_neg(SMESIM_BF16, (a), &env), (b), &env)

/* FCLAMP Zd, Zn, Zm: FPMinNum(FPMaxNum(Zn, Zd), Zm), the pseudocode's
 * operand order (element1 Zn, element3 Zd), which picks the NaN */
#define SMESIM_OP_fclamp(E, d, n, m) \
    smesim_fp_minnum(SMESIM_FPF(E), smesim_fp_maxnum(SMESIM_FPF(E), (n), (d), &env), (m), &env)
#define SMESIM_OP_bfclamp(E, d, n, m) \
    smesim_fp_minnum(SMESIM_BF16, smesim_fp_maxnum(SMESIM_BF16, (n), (d), &env), (m), &env)

/* the one-bit immediates: #0.5/#1.0, #0.5/#2.0, #0.0/#1.0 */
#define SMESIM_FP_HALF(E) ((E) == 1 ? 0x3800ull : (E) == 2 ? 0x3f000000ull : 0x3fe0000000000000ull)
#define SMESIM_FP_ONE(E) ((E) == 1 ? 0x3c00ull : (E) == 2 ? 0x3f800000ull : 0x3ff0000000000000ull)
#define SMESIM_FP_TWO(E) ((E) == 1 ? 0x4000ull : (E) == 2 ? 0x40000000ull : 0x4000000000000000ull)
#define SMESIM_FPI_A(E, i) ((i) ? SMESIM_FP_ONE(E) : SMESIM_FP_HALF(E))
#define SMESIM_FPI_M(E, i) ((i) ? SMESIM_FP_TWO(E) : SMESIM_FP_HALF(E))
#define SMESIM_FPI_Z(E, i) ((i) ? SMESIM_FP_ONE(E) : 0ull)
#define SMESIM_OP_fadd_i(E, a, i) smesim_fp_add(SMESIM_FPF(E), (a), SMESIM_FPI_A(E, i), &env)
#define SMESIM_OP_fsub_i(E, a, i) smesim_fp_sub(SMESIM_FPF(E), (a), SMESIM_FPI_A(E, i), &env)
#define SMESIM_OP_fsubr_i(E, a, i) smesim_fp_sub(SMESIM_FPF(E), SMESIM_FPI_A(E, i), (a), &env)
#define SMESIM_OP_fmul_i(E, a, i) smesim_fp_mul(SMESIM_FPF(E), (a), SMESIM_FPI_M(E, i), &env)
#define SMESIM_OP_fmaxnm_i(E, a, i) smesim_fp_maxnum(SMESIM_FPF(E), (a), SMESIM_FPI_Z(E, i), &env)
#define SMESIM_OP_fminnm_i(E, a, i) smesim_fp_minnum(SMESIM_FPF(E), (a), SMESIM_FPI_Z(E, i), &env)
#define SMESIM_OP_fmax_i(E, a, i) smesim_fp_max(SMESIM_FPF(E), (a), SMESIM_FPI_Z(E, i), &env)
#define SMESIM_OP_fmin_i(E, a, i) smesim_fp_min(SMESIM_FPF(E), (a), SMESIM_FPI_Z(E, i), &env)

/* unary: FPRoundInt with the instruction's rounding (FRINTI/FRINTX:
 * FPCR's; FRINTX exact), FPRecpX, FPSqrt, FPLogB, the estimates */
#define SMESIM_OP_frintn(E, a) smesim_fp_round_int(SMESIM_FPF(E), (a), SMESIM_FPR_TIEEVEN, false, &env)
#define SMESIM_OP_frintp(E, a) smesim_fp_round_int(SMESIM_FPF(E), (a), SMESIM_FPR_POSINF, false, &env)
#define SMESIM_OP_frintm(E, a) smesim_fp_round_int(SMESIM_FPF(E), (a), SMESIM_FPR_NEGINF, false, &env)
#define SMESIM_OP_frintz(E, a) smesim_fp_round_int(SMESIM_FPF(E), (a), SMESIM_FPR_ZERO, false, &env)
#define SMESIM_OP_frinta(E, a) smesim_fp_round_int(SMESIM_FPF(E), (a), SMESIM_FPR_TIEAWAY, false, &env)
#define SMESIM_OP_frintx(E, a) smesim_fp_round_int(SMESIM_FPF(E), (a), smesim_fp_rounding(&env), true, &env)
#define SMESIM_OP_frinti(E, a) smesim_fp_round_int(SMESIM_FPF(E), (a), smesim_fp_rounding(&env), false, &env)
#define SMESIM_OP_frecpx(E, a) smesim_fp_recpx(SMESIM_FPF(E), (a), &env)
#define SMESIM_OP_fsqrt(E, a) smesim_fp_sqrt(SMESIM_FPF(E), (a), &env)
#define SMESIM_OP_flogb(E, a) smesim_fp_logb(SMESIM_FPF(E), (a), &env)
#define SMESIM_OP_frecpe(E, a) smesim_fp_recpe(SMESIM_FPF(E), (a), &env)
#define SMESIM_OP_frsqrte(E, a) smesim_fp_rsqrte(SMESIM_FPF(E), (a), &env)

/* compares: FPCompareGE/GT/EQ/NE/UN; FACGE/FACGT on FPAbs; against zero
 * LT and LE are GT and GE with the operands swapped */
#define SMESIM_OP_fcmge(E, a, b) smesim_fp_compare_ge(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_fcmgt(E, a, b) smesim_fp_compare_gt(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_fcmeq(E, a, b) smesim_fp_compare_eq(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_fcmne(E, a, b) smesim_fp_compare_ne(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_fcmuo(E, a, b) smesim_fp_compare_un(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_facge(E, a, b) smesim_fp_compare_ge(SMESIM_FPF(E), smesim_fp_abs(SMESIM_FPF(E), (a), &env), \
                                                      smesim_fp_abs(SMESIM_FPF(E), (b), &env), &env)
#define SMESIM_OP_facgt(E, a, b) smesim_fp_compare_gt(SMESIM_FPF(E), smesim_fp_abs(SMESIM_FPF(E), (a), &env), \
                                                      smesim_fp_abs(SMESIM_FPF(E), (b), &env), &env)
#define SMESIM_OP_fcmge0(E, a) smesim_fp_compare_ge(SMESIM_FPF(E), (a), 0, &env)
#define SMESIM_OP_fcmgt0(E, a) smesim_fp_compare_gt(SMESIM_FPF(E), (a), 0, &env)
#define SMESIM_OP_fcmle0(E, a) smesim_fp_compare_ge(SMESIM_FPF(E), 0, (a), &env)
#define SMESIM_OP_fcmlt0(E, a) smesim_fp_compare_gt(SMESIM_FPF(E), 0, (a), &env)
#define SMESIM_OP_fcmeq0(E, a) smesim_fp_compare_eq(SMESIM_FPF(E), (a), 0, &env)
#define SMESIM_OP_fcmne0(E, a) smesim_fp_compare_ne(SMESIM_FPF(E), (a), 0, &env)

/* reductions (FPReducePredicated): the operation and, as OP_id, the
 * identity that inactive elements take */
#define SMESIM_OP_faddv(E, a, b) smesim_fp_add(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_faddv_id(E) smesim_fp_zero(SMESIM_FPF(E), 0)
#define SMESIM_OP_fmaxnmv(E, a, b) smesim_fp_maxnum(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_fmaxnmv_id(E) smesim_fp_default_nan(SMESIM_FPF(E), &env)
#define SMESIM_OP_fminnmv(E, a, b) smesim_fp_minnum(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_fminnmv_id(E) smesim_fp_default_nan(SMESIM_FPF(E), &env)
#define SMESIM_OP_fmaxv(E, a, b) smesim_fp_max(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_fmaxv_id(E) smesim_fp_inf(SMESIM_FPF(E), 1)
#define SMESIM_OP_fminv(E, a, b) smesim_fp_min(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_fminv_id(E) smesim_fp_inf(SMESIM_FPF(E), 0)

/* complex: FCADD adds (FPAdd); FCMLA accumulates (FPMulAdd(acc, n, m)) */
#define SMESIM_OP_fcadd(E, a, b) smesim_fp_add(SMESIM_FPF(E), (a), (b), &env)
#define SMESIM_OP_fcmla(E, acc, a, b) smesim_fp_muladd(SMESIM_FPF(E), (acc), (a), (b), &env)

/* widening, on 32-bit containers n, m (bottom half: bits 15:0, top: 31:16):
 * FPMulAddH (FMLAL/FMLSL, FMLSL negating the zn element by FPNeg);
 * BFMulAddH (BFMLAL/BFMLSL); BFDotAdd (BFDOT, FPCR.EBF); FPDotAdd (FDOT) */
#define SMESIM_H_B(x) ((uint16_t)(x))
#define SMESIM_H_T(x) ((uint16_t)((x) >> 16))
#define SMESIM_FMLAL(acc, h1, h2, neg) \
    smesim_fp_muladd_h((acc), (neg) ? (uint16_t)smesim_fp_neg(SMESIM_FP16, (h1), &env) : (h1), (h2), &env)
#define SMESIM_BFMLAL(acc, h1, h2, neg) \
    smesim_bf_muladd_h((acc), (neg) ? (uint16_t)smesim_fp_neg(SMESIM_BF16, (h1), &env) : (h1), (h2), &env)
#define SMESIM_OP_fmlalb(acc, n, m) SMESIM_FMLAL(acc, SMESIM_H_B(n), SMESIM_H_B(m), 0)
#define SMESIM_OP_fmlalt(acc, n, m) SMESIM_FMLAL(acc, SMESIM_H_T(n), SMESIM_H_T(m), 0)
#define SMESIM_OP_fmlslb(acc, n, m) SMESIM_FMLAL(acc, SMESIM_H_B(n), SMESIM_H_B(m), 1)
#define SMESIM_OP_fmlslt(acc, n, m) SMESIM_FMLAL(acc, SMESIM_H_T(n), SMESIM_H_T(m), 1)
#define SMESIM_OP_bfmlalb(acc, n, m) SMESIM_BFMLAL(acc, SMESIM_H_B(n), SMESIM_H_B(m), 0)
#define SMESIM_OP_bfmlalt(acc, n, m) SMESIM_BFMLAL(acc, SMESIM_H_T(n), SMESIM_H_T(m), 0)
#define SMESIM_OP_bfmlslb(acc, n, m) SMESIM_BFMLAL(acc, SMESIM_H_B(n), SMESIM_H_B(m), 1)
#define SMESIM_OP_bfmlslt(acc, n, m) SMESIM_BFMLAL(acc, SMESIM_H_T(n), SMESIM_H_T(m), 1)
#define SMESIM_OP_bfdot(acc, n, m) \
    smesim_bf_dotadd((acc), SMESIM_H_B(n), SMESIM_H_T(n), SMESIM_H_B(m), SMESIM_H_T(m), &env)
#define SMESIM_OP_fdot(acc, n, m) \
    smesim_fp_dotadd_h((acc), SMESIM_H_B(n), SMESIM_H_T(n), SMESIM_H_B(m), SMESIM_H_T(m), &env)

#endif
