/* decode/operands.c — dispatch from an operand kind (decode/kinds.def) to
 * its printer and parser, which live in decode/operands_*.c: one function
 * pair per kind, so a new kind is a line in kinds.def and two functions in
 * the file of its family.  The toolkit they share: decode/operand_kit.c.
 */
#include "decode/decode_impl.h"

typedef void (*print_fn)(smesim_sb *, int, const int64_t *);
typedef const char *(*parse_fn)(int *, const char *, int64_t *, smesim_parse_ctx *);

static const print_fn printers[SMESIM_NUM_KINDS] = {
#define KIND(name, ...) smesim_kprint_##name,
#include "decode/kinds.def"
#undef KIND
};

static const parse_fn parsers[SMESIM_NUM_KINDS] = {
#define KIND(name, ...) smesim_kparse_##name,
#include "decode/kinds.def"
#undef KIND
};

void smesim_kind_print(smesim_sb *sb, int kind, int param, const int64_t *v)
{
    if (kind < 0 || kind >= SMESIM_NUM_KINDS) {
        smesim_sb_puts(sb, "?");
        return;
    }
    printers[kind](sb, param, v);
}

const char *smesim_kind_parse(int kind, int *param, const char *s, int64_t *v,
                              smesim_parse_ctx *cx)
{
    s = smesim_skip_ws(s);
    if (kind < 0 || kind >= SMESIM_NUM_KINDS) return smesim_parse_fail(cx, s, "internal: unknown operand kind");
    return parsers[kind](param, s, v, cx);
}
