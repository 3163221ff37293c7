/* decode/access.c — which resources (registers, predicates, ZA tiles, flags)
 * an instruction reads and writes, from the acc= column of its pattern.
 * Timing uses this and nothing about values.
 */
#include <string.h>

#include "decode/decode_impl.h"

unsigned smesim_za_tile_granules(unsigned esz, unsigned tile)
{
    /* ZA tile t of element size 2^esz bytes holds the rows r with
     * r mod 2^esz == t; the 16 granules are the .q tiles (r mod 16). */
    unsigned ntiles = 1u << esz;            /* b:1 h:2 s:4 d:8 q:16 */
    unsigned m = 0;
    for (unsigned g = 0; g < 16; g++)
        if ((g & (ntiles - 1)) == (tile & (ntiles - 1))) m |= 1u << g;
    return m;
}

static void add(smesim_access *a, unsigned mode, unsigned res)
{
    uint64_t bit = (uint64_t)1 << (res & 63);
    if (mode & SMESIM_ACC_R) a->rd.w[res >> 6] |= bit;
    if (mode & SMESIM_ACC_W) a->wr.w[res >> 6] |= bit;
}

static void add_za(smesim_access *a, unsigned mode, unsigned granules)
{
    for (unsigned g = 0; g < 16; g++)
        if (granules & (1u << g)) add(a, mode, SMESIM_RES_ZA0 + g);
}

static void add_zlist(smesim_access *a, unsigned mode, int64_t first, int n, int stride)
{
    for (int i = 0; i < n; i++) add(a, mode, SMESIM_RES_Z0 + (unsigned)((first + i * stride) & 31));
}

void smesim_insn_access(const smesim_insn *insn, smesim_access *out)
{
    memset(out, 0, sizeof *out);
    if (insn->id < 0 || insn->id >= SMESIM_NUM_INSNS) return;
    unsigned first = smesim_insn_acc[insn->id][0], n = smesim_insn_acc[insn->id][1];
    for (unsigned k = first; k < first + n; k++) {
        const smesim_accspec *s = &smesim_accspecs[k];
        if (s->cls == SMESIM_CLASS_IMPLICIT) {
            static const uint8_t res[] = {
                [SMESIM_IMPL_nzcv] = SMESIM_RES_NZCV, [SMESIM_IMPL_zt0] = SMESIM_RES_ZT0,
                [SMESIM_IMPL_ffr] = SMESIM_RES_FFR, [SMESIM_IMPL_sm] = SMESIM_RES_SM,
                [SMESIM_IMPL_x30] = SMESIM_RES_X0 + 30, [SMESIM_IMPL_sp] = SMESIM_RES_SP,
                [SMESIM_IMPL_fpcr] = SMESIM_RES_FPCR, [SMESIM_IMPL_fpsr] = SMESIM_RES_FPSR,
                [SMESIM_IMPL_fpmr] = SMESIM_RES_FPMR,
            };
            if (s->slot[0] == SMESIM_IMPL_za) add_za(out, s->mode, 0xffff);
            else add(out, s->mode, res[s->slot[0]]);
            continue;
        }
        const int64_t *v = insn->a.v;
        int64_t r = v[s->slot[0]];
        int esz = s->pslot >= 0 ? (int)v[s->pslot] : s->param;
        switch (s->cls) {
        case SMESIM_CLASS_XZR:
            if (r != 31) add(out, s->mode, SMESIM_RES_X0 + (unsigned)r);
            break;
        case SMESIM_CLASS_XSP: add(out, s->mode, SMESIM_RES_X0 + (unsigned)(r & 31)); break;
        case SMESIM_CLASS_Z: add_zlist(out, s->mode, r, 1, 1); break;
        case SMESIM_CLASS_ZL2: add_zlist(out, s->mode, r, 2, 1); break;
        case SMESIM_CLASS_ZL3: add_zlist(out, s->mode, r, 3, 1); break;
        case SMESIM_CLASS_ZL4: add_zlist(out, s->mode, r, 4, 1); break;
        case SMESIM_CLASS_ZS2: add_zlist(out, s->mode, r, 2, 8); break;
        case SMESIM_CLASS_ZS4: add_zlist(out, s->mode, r, 4, 4); break;
        case SMESIM_CLASS_P:
        case SMESIM_CLASS_PN: add(out, s->mode, SMESIM_RES_P0 + (unsigned)(r & 15)); break;
        case SMESIM_CLASS_PL2:
            add(out, s->mode, SMESIM_RES_P0 + (unsigned)(r & 15));
            add(out, s->mode, SMESIM_RES_P0 + (unsigned)((r + 1) & 15));
            break;
        case SMESIM_CLASS_ZATILE:
            add_za(out, s->mode, smesim_za_tile_granules((unsigned)(esz < 0 ? 0 : esz), (unsigned)r));
            break;
        case SMESIM_CLASS_ZASLICE:   /* the tile (which slice needs W's value) and W */
            add_za(out, s->mode, smesim_za_tile_granules((unsigned)(esz < 0 ? 0 : esz), (unsigned)r));
            add(out, SMESIM_ACC_R, SMESIM_RES_X0 + (unsigned)(v[s->slot[2]] & 31));
            break;
        case SMESIM_CLASS_ZAVEC:     /* which vectors needs W's value: all of ZA, and W */
            add_za(out, s->mode, 0xffff);
            add(out, SMESIM_ACC_R, SMESIM_RES_X0 + (unsigned)(r & 31));
            break;
        case SMESIM_CLASS_ZAMASK: {
            unsigned g = 0;
            for (unsigned t = 0; t < 8; t++)
                if (r & (1 << t)) g |= smesim_za_tile_granules(3, t);
            add_za(out, s->mode, g);
            break;
        }
        default:
            break;
        }
    }
}
