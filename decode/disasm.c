/* decode/disasm.c — prints a decoded instruction by running its template
 * (or the first alias whose condition holds) from the generated tables.
 * Operand spellings are in decode/operands.c.
 */
#include <string.h>

#include "decode/decode_impl.h"

/* Index of the END matching the OPT at i. */
static unsigned opt_end(unsigned i)
{
    int depth = 0;
    for (;; i++) {
        if (smesim_toks[i].type == SMESIM_TOK_OPT) depth++;
        else if (smesim_toks[i].type == SMESIM_TOK_END && --depth == 0) return i;
    }
}

static int opt_omitted(const smesim_tok *t, const int64_t *slots)
{
    for (unsigned c = 0; c < t->ncond; c++) {
        const smesim_optcond *oc = &smesim_optconds[t->cond0 + c];
        if (slots[oc->slot] != oc->value) return 0;
    }
    return 1;
}

static void print_toks(smesim_sb *sb, unsigned i, unsigned end, const int64_t *slots)
{
    while (i < end) {
        const smesim_tok *t = &smesim_toks[i];
        switch (t->type) {
        case SMESIM_TOK_LIT:
            smesim_sb_puts(sb, t->lit);
            i++;
            break;
        case SMESIM_TOK_OP: {
            int64_t v[SMESIM_KIND_MAX_FIELDS];
            for (unsigned k = 0; k < t->nslots; k++) v[k] = slots[t->slot[k]];
            smesim_kind_print(sb, t->kind, t->pslot >= 0 ? (int)slots[t->pslot] : t->param, v);
            i++;
            break;
        }
        case SMESIM_TOK_OPT: {
            unsigned e = opt_end(i);
            if (!opt_omitted(t, slots)) print_toks(sb, i + 1, e, slots);
            i = e + 1;
            break;
        }
        default:
            i++;
        }
    }
}

int smesim_disasm(const smesim_insn *insn, char *buf, size_t n)
{
    smesim_sb sb = { buf, n, 0 };
    if (n) buf[0] = '\0';
    if (insn->id < 0 || insn->id >= SMESIM_NUM_INSNS) {
        smesim_sb_puts(&sb, "<undefined>");
        return (int)sb.len;
    }
    unsigned first = smesim_insn_forms[insn->id][0], count = smesim_insn_forms[insn->id][1];
    for (unsigned k = first; k < first + count; k++) {
        const smesim_form *fm = &smesim_forms[k];
        if (fm->asmonly || (fm->cond && !fm->cond(&insn->a))) continue;
        int64_t slots[SMESIM_NUM_SLOTS];
        memcpy(slots, insn->a.v, sizeof insn->a.v);
        memset(slots + SMESIM_MAX_ARGS, 0, sizeof(int64_t) * SMESIM_MAX_LOCALS);
        if (fm->let) fm->let(&insn->a, slots + SMESIM_MAX_ARGS);
        smesim_sb_puts(&sb, fm->mnemonic);
        print_toks(&sb, fm->tok0, fm->tok0 + fm->ntok, slots);
        return (int)sb.len;
    }
    smesim_sb_puts(&sb, "<undefined>");
    return (int)sb.len;
}
