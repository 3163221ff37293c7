/* decode/operands_svemem.c — operand kinds of the SVE loads, stores and
 * prefetches: the prefetch operation (pldl1keep ... pstl3strm), and the
 * modifiers of a vector of offsets: `uxtw`/`sxtw` with an optional scale
 * (`[x0, z1.s, sxtw #2]`) and `lsl #n` (`[x0, z1.d, lsl #3]`).
 */
#include <stdio.h>

#include "decode/decode_impl.h"

#define ws smesim_skip_ws

/* ---- SVE prefetch operations: 0-5 pld, 8-13 pst; the rest print as #n */
static const char *prfop_name(int64_t op)
{
    static const char *const names[16] = {
        "pldl1keep", "pldl1strm", "pldl2keep", "pldl2strm", "pldl3keep", "pldl3strm", NULL, NULL,
        "pstl1keep", "pstl1strm", "pstl2keep", "pstl2strm", "pstl3keep", "pstl3strm", NULL, NULL,
    };
    return (op >= 0 && op < 16) ? names[op] : NULL;
}

SMESIM_PRINT_KIND(sprfop)
{
    (void)param;
    const char *n = prfop_name(v[0]);
    if (n) smesim_sb_puts(sb, n);
    else smesim_sb_printf(sb, "#%d", (int)v[0]);
}
SMESIM_PARSE_KIND(sprfop)
{
    (void)param;
    const char *e;
    for (int i = 0; i < 16; i++) {
        const char *n = prfop_name(i);
        if (n && (e = smesim_match_word(s, n))) { *v = i; return e; }
    }
    if (*s == '#') {
        e = smesim_parse_int(ws(s + 1), v);
        if (e && *v >= 0 && *v < 16) return e;
    }
    return smesim_parse_fail(cx, s, "expected a prefetch operation (pldl1keep, pstl2strm, #0-15, ...)");
}

/* A `#n` shift amount: the end, or NULL. */
static const char *parse_amount(const char *s, int64_t *amt, smesim_parse_ctx *cx)
{
    if (*s != '#') return smesim_parse_fail(cx, s, "expected '#' and a shift amount");
    const char *e = smesim_parse_int(ws(s + 1), amt);
    return e ? e : smesim_parse_fail(cx, s, "expected a shift amount");
}

/* ---- uxtw / sxtw [#amount]: fields sign (1: sxtw), scaled, amount.  The
 * amount shows when scaled and non-zero (PRFB's scaled form prints none).
 * Without an amount in the text, scaled and amount are the form's own. */
SMESIM_PRINT_KIND(xtw)
{
    (void)param;
    smesim_sb_puts(sb, v[0] ? "sxtw" : "uxtw");
    if (v[1] && v[2]) smesim_sb_printf(sb, " #%d", (int)v[2]);
}
SMESIM_PARSE_KIND(xtw)
{
    (void)param;
    const char *e = smesim_match_word(s, "uxtw");
    v[0] = 0;
    if (!e && (e = smesim_match_word(s, "sxtw"))) v[0] = 1;
    if (!e) return smesim_parse_fail(cx, s, "expected uxtw or sxtw");
    const char *t = ws(e);
    if (*t != '#') {
        cx->unset |= 6;                 /* scaled and amount: the form's own */
        return e;
    }
    v[1] = 1;
    return parse_amount(t, &v[2], cx);
}

/* ---- lsl #amount: fields scaled (always 1 when read: an optional group
 * `<?sc=0:, <lsl:sc,msz>>` stands for the unscaled form), amount */
SMESIM_PRINT_KIND(lsl)
{
    (void)param;
    smesim_sb_printf(sb, "lsl #%d", (int)v[1]);
}
SMESIM_PARSE_KIND(lsl)
{
    (void)param;
    const char *e = smesim_match_word(s, "lsl");
    if (!e) return smesim_parse_fail(cx, s, "expected lsl");
    v[0] = 1;
    return parse_amount(ws(e), &v[1], cx);
}
