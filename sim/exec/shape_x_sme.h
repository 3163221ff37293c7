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
 *       ecol_k = pcol_k ? Zm[K*col + k] : 0
 *       ZA[row][col] = OP(E, K, ZA[row][col], erow, ecol)
 *     else ZA[row][col] unchanged
 *
 * (the pseudocode's inactive source elements are FPZero('0') or integer 0;
 * OP_row is FPNeg/BFNeg of the subtracting FP forms, applied to active row
 * elements only, the identity otherwise).  An operation OP names three
 * macros: OP itself, OP##_row(E, x) and OP##_fast(E), 1 where the row is
 * smesim_fp32_muladd_row (single-precision FMOPA: sim/fp's host row).
 * Floating point runs in ZA mode (FPCR.DN forced, FPSR untouched).
 * Members: zada pn pm zn zm. */
#define SMESIM_MOP_LOG2(K) ((K) == 4 ? 2 : (K) == 2 ? 1 : 0)
#define SMESIM_MOP(ID, OP, SET, E, K)                                                       \
    SMESIM_SHAPE_FN(ID, E)                                                                  \
    {                                                                                       \
        SMESIM_SHAPE_ARGS(SET);                                                             \
        enum { S = (E) - SMESIM_MOP_LOG2(K) };          /* source element size */          \
        unsigned dim = cpu->svl >> (E), tile = (unsigned)a->zada, active = 0;               \
        const uint8_t *pn = cpu->p[a->pn], *pm = cpu->p[a->pm];                             \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                             \
        smesim_fpenv env = smesim_fpenv_make((uint32_t)cpu->fpcr, 0, SMESIM_FPENV_ZA);       \
        (void)env;                                                                          \
        uint64_t ecol[SMESIM_MAX_VL];                                                       \
        uint8_t cmask[SMESIM_MAX_VL];                                                       \
        if (!OP##_fast(E))                                                                  \
            for (unsigned c = 0; c < dim; c++) {                                            \
                cmask[c] = 0;                                                               \
                for (unsigned k = 0; k < (K); k++) {                                        \
                    int on = pred_active(pm, S, c * (K) + k);                               \
                    cmask[c] |= (uint8_t)(on << k);                                         \
                    ecol[c * (K) + k] = on ? elem_get(zm, S, c * (K) + k) : 0;              \
                }                                                                           \
            }                                                                               \
        for (unsigned r = 0; r < dim; r++) {                                                \
            uint64_t erow[K];                                                               \
            unsigned rmask = 0;                                                             \
            for (unsigned k = 0; k < (K); k++) {                                            \
                int on = pred_active(pn, S, r * (K) + k);                                   \
                rmask |= (unsigned)on << k;                                                 \
                erow[k] = on ? OP##_row(S, elem_get(zn, S, r * (K) + k)) : 0;               \
            }                                                                               \
            if (!rmask) continue;                                                           \
            uint8_t *acc = SMESIM_ZA_TILE_ROW(cpu, E, tile, r);                             \
            if (OP##_fast(E)) {                                                             \
                active += smesim_fp32_muladd_row(acc, (uint32_t)erow[0], zm, pm, dim, &env); \
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
#define SMESIM_OP_fmopa_fast(E) ((E) == 2)
#define SMESIM_OP_fmops(E, K, acc, n, m) SMESIM_OP_fmopa(E, K, acc, n, m)
#define SMESIM_OP_fmops_row(S, x) smesim_fp_neg((smesim_fpfmt)(S), (x), &env)
#define SMESIM_OP_fmops_fast(E) ((E) == 2)
/* BFMOPA/BFMOPS (non-widening, SME_B16B16): BFMulAdd_ZA, BFMOPS with BFNeg */
#define SMESIM_OP_bfmopa(E, K, acc, n, m) smesim_fp_muladd(SMESIM_BF16, (acc), (n)[0], (m)[0], &env)
#define SMESIM_OP_bfmopa_row SMESIM_MOP_IDENT
#define SMESIM_OP_bfmopa_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_bfmops(E, K, acc, n, m) SMESIM_OP_bfmopa(E, K, acc, n, m)
#define SMESIM_OP_bfmops_row(S, x) smesim_fp_neg(SMESIM_BF16, (x), &env)
#define SMESIM_OP_bfmops_fast SMESIM_MOP_NOFAST
/* FMOPA/FMOPS (widening, 2-way, FP16 to FP32): FPDotAdd_ZA; FMOPS negates
 * the active row elements with FPNeg */
#define SMESIM_OP_fmopa_w(E, K, acc, n, m) \
    smesim_fp_dotadd((acc), (uint16_t)(n)[0], (uint16_t)(n)[1], (uint16_t)(m)[0], (uint16_t)(m)[1], &env)
#define SMESIM_OP_fmopa_w_row SMESIM_MOP_IDENT
#define SMESIM_OP_fmopa_w_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_fmops_w(E, K, acc, n, m) SMESIM_OP_fmopa_w(E, K, acc, n, m)
#define SMESIM_OP_fmops_w_row(S, x) smesim_fp_neg(SMESIM_FP16, (x), &env)
#define SMESIM_OP_fmops_w_fast SMESIM_MOP_NOFAST
/* BFMOPA/BFMOPS (widening): BFDotAdd (FPCR.EBF picks its form); BFMOPS
 * negates the active row elements with BFNeg(x, honor_altfp = FALSE) */
#define SMESIM_OP_bfmopa_w(E, K, acc, n, m) \
    smesim_bf_dotadd((acc), (uint16_t)(n)[0], (uint16_t)(n)[1], (uint16_t)(m)[0], (uint16_t)(m)[1], &env)
#define SMESIM_OP_bfmopa_w_row SMESIM_MOP_IDENT
#define SMESIM_OP_bfmopa_w_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_bfmops_w(E, K, acc, n, m) SMESIM_OP_bfmopa_w(E, K, acc, n, m)
#define SMESIM_OP_bfmops_w_row(S, x) ((x) ^ 0x8000u)
#define SMESIM_OP_bfmops_w_fast SMESIM_MOP_NOFAST

/* ---- integer outer products: sum = sum +/- element1 * element2 for each
 * k, element1/2 UInt or SInt of the source elements as the instruction
 * says (inactive ones are 0 and add nothing); the sum wraps at 2^esize */
static inline int64_t smesim_mop_ext(uint64_t x, unsigned bits, int is_signed)
{
    uint64_t m = bits >= 64 ? ~0ull : (1ull << bits) - 1;
    x &= m;
    if (is_signed && bits < 64 && (x >> (bits - 1))) x |= ~m;
    return (int64_t)x;
}
static inline uint64_t smesim_mop_dot(unsigned bits, unsigned k, const uint64_t *n, const uint64_t *m,
                                      int n_signed, int m_signed)
{
    uint64_t sum = 0;
    for (unsigned i = 0; i < k; i++)
        sum += (uint64_t)smesim_mop_ext(n[i], bits, n_signed) * (uint64_t)smesim_mop_ext(m[i], bits, m_signed);
    return sum;
}
#define SMESIM_MOP_SBITS(E, K) ((8u << (E)) / (K))
#define SMESIM_OP_smopa(E, K, acc, n, m) ((acc) + smesim_mop_dot(SMESIM_MOP_SBITS(E, K), K, n, m, 1, 1))
#define SMESIM_OP_smops(E, K, acc, n, m) ((acc) - smesim_mop_dot(SMESIM_MOP_SBITS(E, K), K, n, m, 1, 1))
#define SMESIM_OP_umopa(E, K, acc, n, m) ((acc) + smesim_mop_dot(SMESIM_MOP_SBITS(E, K), K, n, m, 0, 0))
#define SMESIM_OP_umops(E, K, acc, n, m) ((acc) - smesim_mop_dot(SMESIM_MOP_SBITS(E, K), K, n, m, 0, 0))
#define SMESIM_OP_sumopa(E, K, acc, n, m) ((acc) + smesim_mop_dot(SMESIM_MOP_SBITS(E, K), K, n, m, 1, 0))
#define SMESIM_OP_sumops(E, K, acc, n, m) ((acc) - smesim_mop_dot(SMESIM_MOP_SBITS(E, K), K, n, m, 1, 0))
#define SMESIM_OP_usmopa(E, K, acc, n, m) ((acc) + smesim_mop_dot(SMESIM_MOP_SBITS(E, K), K, n, m, 0, 1))
#define SMESIM_OP_usmops(E, K, acc, n, m) ((acc) - smesim_mop_dot(SMESIM_MOP_SBITS(E, K), K, n, m, 0, 1))
/* BMOPA/BMOPS (32-bit elements only): sum +/- BitCount(NOT(element1 EOR element2)) */
#define SMESIM_OP_bmopa(E, K, acc, n, m) ((acc) + (unsigned)__builtin_popcount(~(uint32_t)((n)[0] ^ (m)[0])))
#define SMESIM_OP_bmops(E, K, acc, n, m) ((acc) - (unsigned)__builtin_popcount(~(uint32_t)((n)[0] ^ (m)[0])))
#define SMESIM_OP_smopa_row SMESIM_MOP_IDENT
#define SMESIM_OP_smops_row SMESIM_MOP_IDENT
#define SMESIM_OP_umopa_row SMESIM_MOP_IDENT
#define SMESIM_OP_umops_row SMESIM_MOP_IDENT
#define SMESIM_OP_sumopa_row SMESIM_MOP_IDENT
#define SMESIM_OP_sumops_row SMESIM_MOP_IDENT
#define SMESIM_OP_usmopa_row SMESIM_MOP_IDENT
#define SMESIM_OP_usmops_row SMESIM_MOP_IDENT
#define SMESIM_OP_bmopa_row SMESIM_MOP_IDENT
#define SMESIM_OP_bmops_row SMESIM_MOP_IDENT
#define SMESIM_OP_smopa_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_smops_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_umopa_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_umops_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_sumopa_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_sumops_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_usmopa_fast SMESIM_MOP_NOFAST
#define SMESIM_OP_usmops_fast SMESIM_MOP_NOFAST
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
