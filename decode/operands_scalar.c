/* decode/operands_scalar.c — operand kinds of scalars and their modifiers:
 * numbers and immediates, X/W registers, branch labels and ADRP pages,
 * conditions, shifts, extended index registers, SVE predicate patterns and
 * 8-bit floating-point immediates.  Vector kinds: operands_vector.c; ZA:
 * operands_za.c.
 */
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/decode_impl.h"

#define ws smesim_skip_ws

static const char *const cond_names[16] = {
    "eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc",
    "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"
};
static const char *const shift_names[4] = { "lsl", "lsr", "asr", "ror" };

/* ---- numbers */
SMESIM_PRINT_KIND(u) { (void)param; smesim_sb_puti(sb, v[0]); }
SMESIM_PARSE_KIND(u)
{
    (void)param;
    const char *e = smesim_parse_int(s, v);
    return e ? e : smesim_parse_fail(cx, s, "expected a number");
}

SMESIM_PRINT_KIND(imm)
{
    (void)param;
    smesim_sb_putc(sb, '#');
    smesim_sb_puti(sb, v[0]);
}
SMESIM_PARSE_KIND(imm) { (void)param; return smesim_parse_imm(s, v, cx); }

SMESIM_PRINT_KIND(immhex)
{
    (void)param;
    if (v[0]) {
        smesim_sb_putn(sb, "#0x", 3);
        smesim_sb_putx(sb, (uint64_t)v[0]);
    } else {
        smesim_sb_putn(sb, "#0", 2);
    }
}
SMESIM_PARSE_KIND(immhex) { (void)param; return smesim_parse_imm(s, v, cx); }

/* ---- general-purpose registers */
#define XREG_KIND(name, prefix, r31, what)                                  \
    SMESIM_PRINT_KIND(name) { (void)param; smesim_print_xreg(sb, prefix, v[0], r31); } \
    SMESIM_PARSE_KIND(name)                                                 \
    {                                                                       \
        (void)param;                                                        \
        const char *e = smesim_parse_xreg(s, prefix, r31, v);              \
        return e ? e : smesim_parse_fail(cx, s, what);                     \
    }
XREG_KIND(x, 'x', "xzr", "expected an X register (x0-x30, xzr)")
XREG_KIND(xsp, 'x', "sp", "expected an X register or sp")
XREG_KIND(w, 'w', "wzr", "expected a W register (w0-w30, wzr)")
XREG_KIND(wsp, 'w', "wsp", "expected a W register or wsp")

/* x3 or w3 by sf (v[1]) */
SMESIM_PRINT_KIND(r)
{
    (void)param;
    smesim_print_xreg(sb, v[1] ? 'x' : 'w', v[0], v[1] ? "xzr" : "wzr");
}
SMESIM_PARSE_KIND(r)
{
    (void)param;
    const char *e;
    if ((e = smesim_parse_xreg(s, 'x', "xzr", v))) { v[1] = 1; return e; }
    if ((e = smesim_parse_xreg(s, 'w', "wzr", v))) { v[1] = 0; return e; }
    return smesim_parse_fail(cx, s, "expected an X or W register");
}

/* ---- x3 / sp or w3 / wsp by sf (v[1]): DUP/CPY from a scalar, add (extended) */
SMESIM_PRINT_KIND(rsp)
{
    (void)param;
    smesim_print_xreg(sb, v[1] ? 'x' : 'w', v[0], v[1] ? "sp" : "wsp");
}
SMESIM_PARSE_KIND(rsp)
{
    (void)param;
    const char *e;
    if ((e = smesim_parse_xreg(s, 'x', "sp", v))) { v[1] = 1; return e; }
    if ((e = smesim_parse_xreg(s, 'w', "wsp", v))) { v[1] = 0; return e; }
    return smesim_parse_fail(cx, s, "expected an X or W register, or sp");
}

/* ---- labels: #offset from this instruction, or an expression naming the
 * target; page: ADRP's offset in 4 KiB pages (the field counts pages) */
static const char *parse_label(const char *s, int page, int64_t *v, smesim_parse_ctx *cx)
{
    int64_t x;
    if (*s == '#') {
        const char *e = smesim_parse_expr(ws(s + 1), &x, cx);
        if (!e) return NULL;
        if (page) {
            if (x % 4096) return smesim_parse_fail(cx, s, "adrp offset must be a multiple of 4096");
            x /= 4096;
        }
        *v = x;
        return e;
    }
    const char *e = smesim_parse_expr(s, &x, cx);
    if (!e) return NULL;
    if (page) *v = (int64_t)(((uint64_t)x >> 12) - (cx->pc >> 12));
    else *v = x - (int64_t)cx->pc;
    return e;
}

SMESIM_PRINT_KIND(label)
{
    (void)param;
    smesim_sb_putc(sb, '#');
    smesim_sb_puti(sb, v[0]);
}
SMESIM_PARSE_KIND(label) { (void)param; return parse_label(s, 0, v, cx); }
SMESIM_PRINT_KIND(page)
{
    (void)param;
    smesim_sb_putc(sb, '#');
    smesim_sb_puti(sb, v[0] * 4096);
}
SMESIM_PARSE_KIND(page) { (void)param; return parse_label(s, 1, v, cx); }

/* ---- conditions and shifts */
SMESIM_PRINT_KIND(cond) { (void)param; smesim_sb_puts(sb, cond_names[v[0] & 15]); }
SMESIM_PARSE_KIND(cond)
{
    (void)param;
    const char *e;
    for (int i = 0; i < 16; i++)
        if ((e = smesim_match_word(s, cond_names[i]))) { *v = i; return e; }
    if ((e = smesim_match_word(s, "cs"))) { *v = 2; return e; }
    if ((e = smesim_match_word(s, "cc"))) { *v = 3; return e; }
    return smesim_parse_fail(cx, s, "expected a condition (eq, ne, lt, ...)");
}

SMESIM_PRINT_KIND(shift) { (void)param; smesim_sb_puts(sb, shift_names[v[0] & 3]); }
SMESIM_PARSE_KIND(shift)
{
    (void)param;
    const char *e;
    for (int i = 0; i < 4; i++)
        if ((e = smesim_match_word(s, shift_names[i]))) { *v = i; return e; }
    return smesim_parse_fail(cx, s, "expected lsl, lsr, asr or ror");
}

/* ---- an index register with its extend: x2 / w2, uxtw #3 (Rm, option, S);
 * the parameter is the access size's log2, the only non-zero amount */
SMESIM_PRINT_KIND(rext)
{
    int64_t rm = v[0], option = v[1], sbit = v[2];
    int is_x = (option & 3) == 3;  /* 011 lsl/uxtx, 111 sxtx use X */
    smesim_print_xreg(sb, is_x ? 'x' : 'w', rm, is_x ? "xzr" : "wzr");
    if (option == 3) {
        if (sbit) {
            smesim_sb_putn(sb, ", lsl #", 7);
            smesim_sb_puti(sb, param);
        }
    } else {
        static const char *const ext[8] = {
            "uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"
        };
        smesim_sb_putn(sb, ", ", 2);
        smesim_sb_putn(sb, ext[option & 7], 4);
        if (sbit) {
            smesim_sb_putn(sb, " #", 2);
            smesim_sb_puti(sb, param);
        }
    }
}
SMESIM_PARSE_KIND(rext)
{
    int amount = *param;
    int64_t rm;
    int is_x;
    const char *e = smesim_parse_xreg(s, 'x', "xzr", &rm);
    if (e) is_x = 1;
    else if ((e = smesim_parse_xreg(s, 'w', "wzr", &rm))) is_x = 0;
    else return smesim_parse_fail(cx, s, "expected an index register");
    const char *t = ws(e);
    int64_t option, sbit = 0;
    if (*t != ',') {
        if (!is_x) return smesim_parse_fail(cx, t, "a W index register needs uxtw or sxtw");
        v[0] = rm; v[1] = 3; v[2] = 0;
        return e;
    }
    t = ws(t + 1);
    static const struct { const char *name; int option; int x; } ext[] = {
        { "lsl", 3, 1 }, { "uxtw", 2, 0 }, { "sxtw", 6, 0 }, { "sxtx", 7, 1 }, { "uxtx", 3, 1 },
    };
    const char *u = NULL;
    int k;
    for (k = 0; k < 5; k++)
        if ((u = smesim_match_word(t, ext[k].name))) break;
    if (!u) return smesim_parse_fail(cx, t, "expected lsl, uxtw, sxtw or sxtx");
    if (ext[k].x != is_x) return smesim_parse_fail(cx, s, "index register width does not match the extend");
    option = ext[k].option;
    const char *w = ws(u);
    if (*w == '#') {
        int64_t a;
        const char *z = smesim_parse_int(ws(w + 1), &a);
        if (!z) return smesim_parse_fail(cx, w, "expected a shift amount");
        if (a == amount) sbit = 1;
        else if (a == 0) sbit = 0;
        else return smesim_parse_fail(cx, w, "shift amount must be 0 or the access size");
        u = z;
    } else if (k == 0) {
        return smesim_parse_fail(cx, w, "lsl needs an amount");
    }
    v[0] = rm; v[1] = option; v[2] = sbit;
    return u;
}

/* ---- SVE predicate patterns: pow2 vl1 ... all, or #n */
static const char *pattern_name(int64_t p)
{
    static const char *const names[32] = {
        "pow2", "vl1", "vl2", "vl3", "vl4", "vl5", "vl6", "vl7", "vl8",
        "vl16", "vl32", "vl64", "vl128", "vl256",
        [29] = "mul4", [30] = "mul3", [31] = "all"
    };
    return (p >= 0 && p < 32) ? names[p] : NULL;
}

SMESIM_PRINT_KIND(pat)
{
    (void)param;
    const char *n = pattern_name(v[0]);
    if (n) {
        smesim_sb_puts(sb, n);
    } else {
        smesim_sb_putc(sb, '#');
        smesim_sb_puti(sb, v[0]);
    }
}
SMESIM_PARSE_KIND(pat)
{
    (void)param;
    const char *e;
    for (int i = 0; i < 32; i++) {
        const char *n = pattern_name(i);
        if (n && (e = smesim_match_word(s, n))) { *v = i; return e; }
    }
    if (*s == '#') {
        e = smesim_parse_int(ws(s + 1), v);
        if (e) return e;
    }
    return smesim_parse_fail(cx, s, "expected a predicate pattern (all, pow2, vl1, ...)");
}

/* ---- 8-bit floating-point immediates (the Arm ARM's VFPExpandImm):
 * +-(16 + efgh) / 16 * 2^e, e in -3..4 */
static double fpimm_value(int64_t imm8)
{
    int sign = (int)((imm8 >> 7) & 1);
    int b = (int)((imm8 >> 6) & 1);
    int cd = (int)((imm8 >> 4) & 3);
    int frac = (int)(imm8 & 15);
    int e = b ? cd - 3 : cd + 1;
    double d = (16.0 + frac) / 16.0;
    for (; e > 0; e--) d *= 2.0;
    for (; e < 0; e++) d /= 2.0;
    return sign ? -d : d;
}

SMESIM_PRINT_KIND(fpimm) { (void)param; smesim_sb_printf(sb, "#%.8f", fpimm_value(v[0])); }
SMESIM_PARSE_KIND(fpimm)
{
    (void)param;
    if (*s == '#') s = ws(s + 1);
    char *end;
    double d = strtod(s, &end);
    if (end == s) return smesim_parse_fail(cx, s, "expected a floating-point immediate");
    for (int i = 0; i < 256; i++)
        if (fpimm_value(i) == d) { *v = i; return end; }
    return smesim_parse_fail(cx, s, "this value has no 8-bit floating-point encoding");
}
