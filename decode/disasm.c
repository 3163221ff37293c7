/* decode/disasm.c — prints a decoded instruction: the first alias whose
 * condition holds, else the pattern's own template, each a generated
 * printer (build/gen/tables.c).  Operand spellings: decode/operands_*.c.
 */
#include <string.h>

#include "decode/decode_impl.h"

int smesim_disasm(const smesim_insn *insn, char *buf, size_t n)
{
    smesim_sb sb = { buf, n, 0 };
    if (insn->id < 0 || insn->id >= SMESIM_NUM_INSNS) {
        smesim_sb_puts(&sb, "<undefined>");
        return (int)smesim_sb_end(&sb);
    }
    unsigned first = smesim_insn_forms[insn->id][0], count = smesim_insn_forms[insn->id][1];
    for (unsigned k = first; k < first + count; k++) {
        const smesim_form *fm = &smesim_forms[k];
        if (fm->asmonly || (fm->cond && !fm->cond(&insn->a))) continue;
        if (!fm->let) {   /* the arguments are the slots */
            fm->print(&sb, insn->a.v);
        } else {
            int64_t slots[SMESIM_NUM_SLOTS];
            memcpy(slots, insn->a.v, sizeof insn->a.v);
            memset(slots + SMESIM_MAX_ARGS, 0, sizeof(int64_t) * SMESIM_MAX_LOCALS);
            fm->let(&insn->a, slots + SMESIM_MAX_ARGS);
            fm->print(&sb, slots);
        }
        return (int)smesim_sb_end(&sb);
    }
    smesim_sb_puts(&sb, "<undefined>");
    return (int)smesim_sb_end(&sb);
}
