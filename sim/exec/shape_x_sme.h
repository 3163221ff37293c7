/* sim/exec/shape_x_sme.h — the shapes and operations of the SME tile
 * families (decode/isa/sme_mop*.decode, sme_addhv.decode): the sum of
 * outer products into a ZA tile, written once for the integer, widening and
 * non-widening floating-point forms, and ADDHA/ADDVA.  Loads, stores and
 * moves of tile slices are bodies (sim/exec/sme_ldst_za.c, sme_mova.c).
 */
#ifndef SMESIM_SHAPE_X_SME_H
#define SMESIM_SHAPE_X_SME_H

/* The ZA tile element (row, col) of tile t, elements of 2^E bytes: tile
 * rows are ZA rows row * 2^E + t (the Arm ARM's ZAtile). */
#define SMESIM_ZA_TILE_ROW(cpu, E, t, row) ((cpu)->za[((size_t)(row) << (E)) + (t)])

/* ---- outer products
 * SMESIM_MOP(ID, OP, SET, E, K): tile elements of 2^E bytes, each the sum
 * of K products of source elements of 2^E / K bytes (K = 1 non-widening,
 * 2 or 4 widening), after the Arm ARM's FMOPA (non-widening, widening
 * 2-way), BFMOPA, SMOPA (2-way, 4-way), SUMOPA, USMOPA, UMOPA, BMOPA and
 * their subtracting forms:
 *
 *   for row, col:  prow_k = Pn[K*row + k], pcol_k = Pm[K*col + k]   (k < K)
 *     if (prow_0 && pcol_0) || ... || (prow_K-1 && pcol_K-1):
 *       erow_k = prow_k ? OP_row(Zn[K*row + k]) : 0
 *       ecol_k = pcol_k ? OP_col(Zm[K*col + k]) : 0
 *       ZA[row][col] = OP(E, K, ZA[row][col], erow, ecol)
 *     else ZA[row][col] unchanged
 *
 * The pseudocode's inactive source elements are FPZero('0') or integer 0.
 * OP_row and OP_col prepare an element: FPNeg/BFNeg of the subtracting FP
 * forms (active row elements only), UInt/SInt of the integer forms (to
 * the tile element's width, where the sum wraps as bits(esize) does).  An
 * operation OP names OP itself (one expression over arrays of prepared
 * elements of the tile element's type), OP##_row(S, x), OP##_col(S, x),
 * OP##_dense (1 when zeroed elements add nothing, so no element needs a
 * test: the integer sums) and OP##_fast(E) (1 where the row is
 * smesim_fp32_muladd_row: single-precision FMOPA, sim/fp's host row).
 * Floating point runs in ZA mode (FPCR.DN forced, FPSR untouched).
 * Members: zada pn pm zn zm. */
#define SMESIM_MOP_LOG2(K) ((K) == 4 ? 2 : (K) == 2 ? 1 : 0)
#if defined(__GNUC__) && !defined(__clang__)
#define SMESIM_MOP_VECTORISE __attribute__((optimize("tree-vectorize")))   /* the dense integer rows */
#else
#define SMESIM_MOP_VECTORISE
#endif
#define SMESIM_MOP(ID, OP, SET, E, K)                                                       \
    SMESIM_MOP_VECTORISE SMESIM_SHAPE_FN(ID, E)                                             \
    {                                                                                       \
        SMESIM_SHAPE_ARGS(SET);                                                             \
        typedef SMESIM_U(E) elem_t;                                                         \
        enum { S = (E) - SMESIM_MOP_LOG2(K) };          /* source element size */          \
        unsigned dim = cpu->svl >> (E), tile = (unsigned)a->zada, active = 0;               \
        const uint8_t *pn = cpu->p[a->pn], *pm = cpu->p[a->pm];                             \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                             \
        smesim_fpenv env = smesim_fpenv_make((uint32_t)cpu->fpcr, 0, SMESIM_FPENV_ZA);       \
        (void)env;                                                                          \
        elem_t ecol[SMESIM_MAX_VL + 4];                                                     \
        elem_t ecolk[4][OP##_dense ? SMESIM_MAX_VL : 1];  /* the same by k, for the dense loop */ \
        uint8_t cmask[SMESIM_MAX_VL];                                                       \
        unsigned ncols = 0;                             /* columns with an active element */ \
        if (!OP##_fast(E))                                                                  \
            for (unsigned c = 0; c < dim; c++) {                                            \
                cmask[c] = 0;                                                               \
                for (unsigned k = 0; k < (K); k++) {                                        \
                    int on = pred_active(pm, S, c * (K) + k);                               \
                    cmask[c] |= (uint8_t)(on << k);                                         \
                    ecol[c * (K) + k] = on ? (elem_t)OP##_col(S, elem_get(zm, S, c * (K) + k)) : 0; \
                    if (OP##_dense) ecolk[k][c] = ecol[c * (K) + k];                        \
                }                                                                           \
                ncols += cmask[c] != 0;                                                     \
            }                                                                               \
        for (unsigned r = 0; r < dim; r++) {                                                \
            elem_t erow[4] = { 0, 0, 0, 0 };                                                \
            unsigned rmask = 0;                                                             \
            for (unsigned k = 0; k < (K); k++) {                                            \
                int on = pred_active(pn, S, r * (K) + k);                                   \
                rmask |= (unsigned)on << k;                                                 \
                if (on) erow[k] = (elem_t)OP##_row(S, elem_get(zn, S, r * (K) + k));        \
            }                                                                               \
            if (!rmask) continue;                                                           \
            uint8_t *acc = SMESIM_ZA_TILE_ROW(cpu, E, tile, r);                             \
            if (OP##_fast(E)) {                                                             \
                active += smesim_fp32_muladd_row(acc, (uint32_t)erow[0], zm, pm, dim, &env); \
                continue;                                                                   \
            }                                                                               \
            if (OP##_dense) {           /* zeroed elements add nothing: no test */          \
                for (unsigned c = 0; c < dim; c++) {                                        \
                    elem_t m4[4] = { ecolk[0][c], (K) > 1 ? ecolk[1][c] : 0, (K) > 2 ? ecolk[2][c] : 0, \
                                      (K) > 2 ? ecolk[3][c] : 0 };                          \
                    SMESIM_PUT(E, acc, c, OP(E, K, SMESIM_GET(E, acc, c), erow, m4));       \
                }                                                                           \
                if ((K) == 1 || rmask == (1u << (K)) - 1) {                                 \
                    active += ncols;                                                        \
                } else {                                                                    \
                    for (unsigned c = 0; c < dim; c++) active += (rmask & cmask[c]) != 0;   \
                }                                                                           \
                continue;                                                                   \
            }                                                                               \
            for (unsigned c = 0; c < dim; c++) {                                            \
                if (!(rmask & cmask[c])) continue;                                          \
                active++;                                                                   \
                SMESIM_PUT(E, acc, c, OP(E, K, SMESIM_GET(E, acc, c), erow, &ecol[c * (K)])); \
            }                                                                               \
        }                                                                                   \
        rec->active = active;                                                               \
        return SMESIM_OK;                                                                   \
    }
#define SMESIM_SHAPE_mop1(ID, OP, SET, E) SMESIM_MOP(ID, OP, SET, E, 1)
#define SMESIM_SHAPE_mop2(ID, OP, SET, E) SMESIM_MOP(ID, OP, SET, E, 2)
#define SMESIM_SHAPE_mop4(ID, OP, SET, E) SMESIM_MOP(ID, OP, SET, E, 4)

/* ---- floating-point outer products (sim/fp/, ZA mode) */
#define SMESIM_MOP_IDENT(S, x) (x)
#define SMESIM_MOP_NOFAST(E) 0
/* FMOPA/FMOPS (non-widening): FPMulAdd_ZA(ZA, Zn, Zm), FMOPS with FPNeg(Zn);
 * half, single and double by E */
#define SMESIM_OP_fmopa(E, K, acc, n, m) smesim_fp_muladd((smesim_fpfmt)(E), (acc), (n)[0], (m)[0], &env)
#define SMESIM_OP_fmopa_row SMESIM_MOP_IDENT
#define SMESIM_OP_fmopa_col SMESIM_MOP_IDENT
#define SMESIM_OP_fmopa_dense 0
#define SMESIM_OP_fmopa_fast(E) ((E) == 2)
#define SMESIM_OP_fmops(E, K, acc, n, m) SMESIM_OP_fmopa(E, K, acc, n, m)
#define SMESIM_OP_fmops_row(S, x) smesim_fp_neg((smesim_fpfmt)(S), (x), &env)
#define SMESIM_OP_fmops_col SMESIM_MOP_IDENT
#define SMESIM_OP_fmops_dense 0
#define SMESIM_OP_fmops_fast(E) ((E) == 2)
/* BFMOPA/BFMOPS (non-widening, SME_B16B16): BFMulAdd_ZA, BFMOPS with BFNeg */
#define SMESIM_OP_bfmopa(E, K, acc, n, m) smesim_fp_muladd(SMESIM_BF16, (acc), (n)[0], (m)[0], &env)
#define SMESIM_OP_bfmopa_row SMESIM_MOP_IDENT
#define SMESIM_OP_bfmopa_col SMESIM_MOP_IDENT
#define SMESIM_OP_bfmopa_dense 0
#define SMESIM_OP_bfmopa_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_bfmops(E, K, acc, n, m) SMESIM_OP_bfmopa(E, K, acc, n, m)
#define SMESIM_OP_bfmops_row(S, x) smesim_fp_neg(SMESIM_BF16, (x), &env)
#define SMESIM_OP_bfmops_col SMESIM_MOP_IDENT
#define SMESIM_OP_bfmops_dense 0
#define SMESIM_OP_bfmops_fast SMESIM_MOP_NOFAST
/* FMOPA/FMOPS (widening, 2-way, FP16 to FP32): FPDotAdd_ZA; FMOPS negates
 * the active row elements with FPNeg */
#define SMESIM_OP_fmopa_w(E, K, acc, n, m) \
    smesim_fp_dotadd((acc), (uint16_t)(n)[0], (uint16_t)(n)[1], (uint16_t)(m)[0], (uint16_t)(m)[1], &env)
#define SMESIM_OP_fmopa_w_row SMESIM_MOP_IDENT
#define SMESIM_OP_fmopa_w_col SMESIM_MOP_IDENT
#define SMESIM_OP_fmopa_w_dense 0
#define SMESIM_OP_fmopa_w_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_fmops_w(E, K, acc, n, m) SMESIM_OP_fmopa_w(E, K, acc, n, m)
#define SMESIM_OP_fmops_w_row(S, x) smesim_fp_neg(SMESIM_FP16, (x), &env)
#define SMESIM_OP_fmops_w_col SMESIM_MOP_IDENT
#define SMESIM_OP_fmops_w_dense 0
#define SMESIM_OP_fmops_w_fast SMESIM_MOP_NOFAST
/* BFMOPA/BFMOPS (widening): BFDotAdd (FPCR.EBF picks its form); BFMOPS
 * negates the active row elements with BFNeg(x, honor_altfp = FALSE) */
#define SMESIM_OP_bfmopa_w(E, K, acc, n, m) \
    smesim_bf_dotadd((acc), (uint16_t)(n)[0], (uint16_t)(n)[1], (uint16_t)(m)[0], (uint16_t)(m)[1], &env)
#define SMESIM_OP_bfmopa_w_row SMESIM_MOP_IDENT
#define SMESIM_OP_bfmopa_w_col SMESIM_MOP_IDENT
#define SMESIM_OP_bfmopa_w_dense 0
#define SMESIM_OP_bfmopa_w_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_bfmops_w(E, K, acc, n, m) SMESIM_OP_bfmopa_w(E, K, acc, n, m)
#define SMESIM_OP_bfmops_w_row(S, x) ((x) ^ 0x8000u)
#define SMESIM_OP_bfmops_w_col SMESIM_MOP_IDENT
#define SMESIM_OP_bfmops_w_dense 0
#define SMESIM_OP_bfmops_w_fast SMESIM_MOP_NOFAST

/* ---- integer outer products: sum = sum +/- element1 * element2 for each
 * k, element1/2 UInt or SInt of the source elements as the instruction
 * says, prepared to the tile element's width (the sum wraps at 2^esize, so
 * the products may too); inactive ones are 0 and add nothing */
static inline uint64_t smesim_mop_sint(uint64_t x, unsigned s)
{
    unsigned sh = 64 - (8u << s);
    return (uint64_t)((int64_t)(x << sh) >> sh);
}
#define SMESIM_MOP_UINT(S, x) (x)
#define SMESIM_MOP_SINT(S, x) smesim_mop_sint((x), (S))
/* n[0]*m[0] + ... + n[K-1]*m[K-1] in the element type */
#define SMESIM_MOP_DOT(K, n, m) \
    ((n)[0] * (m)[0] + ((K) > 1 ? (n)[1] * (m)[1] : 0) + ((K) > 2 ? (n)[2] * (m)[2] + (n)[3] * (m)[3] : 0))
#define SMESIM_OP_smopa(E, K, acc, n, m) ((acc) + SMESIM_MOP_DOT(K, n, m))
#define SMESIM_OP_smops(E, K, acc, n, m) ((acc) - SMESIM_MOP_DOT(K, n, m))
#define SMESIM_OP_smopa_row SMESIM_MOP_SINT
#define SMESIM_OP_smopa_col SMESIM_MOP_SINT
#define SMESIM_OP_smops_row SMESIM_MOP_SINT
#define SMESIM_OP_smops_col SMESIM_MOP_SINT
#define SMESIM_OP_umopa(E, K, acc, n, m) ((acc) + SMESIM_MOP_DOT(K, n, m))
#define SMESIM_OP_umops(E, K, acc, n, m) ((acc) - SMESIM_MOP_DOT(K, n, m))
#define SMESIM_OP_umopa_row SMESIM_MOP_UINT
#define SMESIM_OP_umopa_col SMESIM_MOP_UINT
#define SMESIM_OP_umops_row SMESIM_MOP_UINT
#define SMESIM_OP_umops_col SMESIM_MOP_UINT
#define SMESIM_OP_sumopa(E, K, acc, n, m) ((acc) + SMESIM_MOP_DOT(K, n, m))
#define SMESIM_OP_sumops(E, K, acc, n, m) ((acc) - SMESIM_MOP_DOT(K, n, m))
#define SMESIM_OP_sumopa_row SMESIM_MOP_SINT
#define SMESIM_OP_sumopa_col SMESIM_MOP_UINT
#define SMESIM_OP_sumops_row SMESIM_MOP_SINT
#define SMESIM_OP_sumops_col SMESIM_MOP_UINT
#define SMESIM_OP_usmopa(E, K, acc, n, m) ((acc) + SMESIM_MOP_DOT(K, n, m))
#define SMESIM_OP_usmops(E, K, acc, n, m) ((acc) - SMESIM_MOP_DOT(K, n, m))
#define SMESIM_OP_usmopa_row SMESIM_MOP_UINT
#define SMESIM_OP_usmopa_col SMESIM_MOP_SINT
#define SMESIM_OP_usmops_row SMESIM_MOP_UINT
#define SMESIM_OP_usmops_col SMESIM_MOP_SINT
#define SMESIM_OP_smopa_dense 1
#define SMESIM_OP_smops_dense 1
#define SMESIM_OP_umopa_dense 1
#define SMESIM_OP_umops_dense 1
#define SMESIM_OP_sumopa_dense 1
#define SMESIM_OP_sumops_dense 1
#define SMESIM_OP_usmopa_dense 1
#define SMESIM_OP_usmops_dense 1
#define SMESIM_OP_smopa_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_smops_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_umopa_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_umops_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_sumopa_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_sumops_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_usmopa_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_usmops_fast SMESIM_MOP_NOFAST
/* BMOPA/BMOPS (32-bit elements): sum +/- BitCount(NOT(element1 EOR element2)) */
#define SMESIM_OP_bmopa(E, K, acc, n, m) ((acc) + (unsigned)__builtin_popcount(~(uint32_t)((n)[0] ^ (m)[0])))
#define SMESIM_OP_bmops(E, K, acc, n, m) ((acc) - (unsigned)__builtin_popcount(~(uint32_t)((n)[0] ^ (m)[0])))
#define SMESIM_OP_bmopa_row SMESIM_MOP_IDENT
#define SMESIM_OP_bmopa_col SMESIM_MOP_IDENT
#define SMESIM_OP_bmops_row SMESIM_MOP_IDENT
#define SMESIM_OP_bmops_col SMESIM_MOP_IDENT
#define SMESIM_OP_bmopa_dense 0
#define SMESIM_OP_bmops_dense 0
#define SMESIM_OP_bmopa_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_bmops_fast SMESIM_MOP_NOFAST

/* ---- ADDHA / ADDVA: add Zn[col] (ADDHA) or Zn[row] (ADDVA) to each
 * element of a 32- or 64-bit tile where Pn[row] and Pm[col] are active:
 *   ZA[row][col] = ZA[row][col] + Zn[col or row]
 * Members: zada pn pm zn. */
#define SMESIM_ADDHV(ID, OP, SET, E, VERT)                                                  \
    SMESIM_SHAPE_FN(ID, E)                                                                  \
    {                                                                                       \
        SMESIM_SHAPE_ARGS(SET);                                                             \
        unsigned dim = cpu->svl >> (E), active = 0;                                         \
        const uint8_t *pn = cpu->p[a->pn], *pm = cpu->p[a->pm], *zn = cpu->z[a->zn];         \
        for (unsigned r = 0; r < dim; r++) {                                                \
            if (!pred_active(pn, (E), r)) continue;                                         \
            uint8_t *acc = SMESIM_ZA_TILE_ROW(cpu, E, (unsigned)a->zada, r);                \
            for (unsigned c = 0; c < dim; c++) {                                            \
                if (!pred_active(pm, (E), c)) continue;                                     \
                active++;                                                                   \
                SMESIM_PUT(E, acc, c, OP(E, SMESIM_GET(E, acc, c), SMESIM_GET(E, zn, (VERT) ? r : c))); \
            }                                                                               \
        }                                                                                   \
        rec->active = active;                                                               \
        return SMESIM_OK;                                                                   \
    }
#define SMESIM_SHAPE_addha(ID, OP, SET, E) SMESIM_ADDHV(ID, OP, SET, E, 0)
#define SMESIM_SHAPE_addva(ID, OP, SET, E) SMESIM_ADDHV(ID, OP, SET, E, 1)

#endif
