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

void smesim_insn_access(const smesim_insn *insn, smesim_access *out)
{
    memset(out, 0, sizeof *out);
    if (insn->id < 0 || insn->id >= SMESIM_NUM_INSNS) return;
    unsigned first = smesim_insn_acc[insn->id][0], n = smesim_insn_acc[insn->id][1];
    for (unsigned k = first; k < first + n; k++) {
        const smesim_accspec *s = &smesim_accspecs[k];
        int64_t v = s->cls == SMESIM_CLASS_IMPLICIT ? 0 : insn->f.val[s->slot];
        switch (s->cls) {
        case SMESIM_CLASS_XZR:
            if (v != 31) add(out, s->mode, SMESIM_RES_X0 + (unsigned)v);
            break;
        case SMESIM_CLASS_XSP:
            add(out, s->mode, SMESIM_RES_X0 + (unsigned)(v & 31));
            break;
        case SMESIM_CLASS_Z: add(out, s->mode, SMESIM_RES_Z0 + (unsigned)(v & 31)); break;
        case SMESIM_CLASS_P: add(out, s->mode, SMESIM_RES_P0 + (unsigned)(v & 15)); break;
        case SMESIM_CLASS_ZATILE:
            add_za(out, s->mode, smesim_za_tile_granules((unsigned)smesim_esz_of_letter(s->param),
                                                         (unsigned)v));
            break;
        case SMESIM_CLASS_ZAMASK: {
            unsigned g = 0;
            for (unsigned t = 0; t < 8; t++)
                if (v & (1 << t)) g |= smesim_za_tile_granules(3, t);
            add_za(out, s->mode, g);
            break;
        }
        case SMESIM_CLASS_IMPLICIT:
            switch (s->slot) {
            case SMESIM_IMPL_nzcv: add(out, s->mode, SMESIM_RES_NZCV); break;
            case SMESIM_IMPL_za: add_za(out, s->mode, 0xffff); break;
            case SMESIM_IMPL_zt0: add(out, s->mode, SMESIM_RES_ZT0); break;
            case SMESIM_IMPL_ffr: add(out, s->mode, SMESIM_RES_FFR); break;
            case SMESIM_IMPL_sm: add(out, s->mode, SMESIM_RES_SM); break;
            case SMESIM_IMPL_x30: add(out, s->mode, SMESIM_RES_X0 + 30); break;
            case SMESIM_IMPL_sp: add(out, s->mode, SMESIM_RES_SP); break;
            }
            break;
        default:
            break;
        }
    }
}
