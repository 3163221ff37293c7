/* decode/operands_base.c — operand kinds of base A64 and Advanced SIMD:
 * the extended register of ADD/SUB (extended register), X/W-or-SP by sf,
 * vectors with their arrangement (v0.4s), elements (v0.s[1]), lists with
 * and without a lane ({ v0.s, v1.s }[1]), v22[3] of LUTI2/4, MOVI's byte
 * mask, system registers (decode/sysregs.def) and SYS operations
 * (decode/sysops.def), prefetch operations, barrier options, CRn/CRm.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decode/decode_impl.h"

#define ws smesim_skip_ws

/* ---- ADD/SUB (extended register): Rm, option, imm3, lk, sf.  lk (derived
 * from Rd or Rn being SP) makes the UXTW (32-bit) or UXTX (64-bit) extend
 * print as LSL, or not at all.  The parser leaves lk and sf to the other
 * operands: an X register means UXTX/SXTX (LSL: UXTX), a W register the
 * others (LSL: UXTW). */
static const char *const ext_names[8] = {
    "uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"
};

SMESIM_PRINT_KIND(xext)
{
    (void)param;
    int64_t rm = v[0], option = v[1] & 7, imm3 = v[2], lk = v[3], sf = v[4];
    int is_x = sf && (option & 3) == 3;
    smesim_print_xreg(sb, is_x ? 'x' : 'w', rm, is_x ? "xzr" : "wzr");
    if (lk && option == (sf ? 3 : 2)) {
        if (imm3) smesim_sb_printf(sb, ", lsl #%d", (int)imm3);
        return;
    }
    smesim_sb_printf(sb, ", %s", ext_names[option]);
    if (imm3) smesim_sb_printf(sb, " #%d", (int)imm3);
}
SMESIM_PARSE_KIND(xext)
{
    (void)param;
    int64_t rm, option, imm3 = 0;
    int is_x;
    const char *e = smesim_parse_xreg(s, 'x', "xzr", &rm);
    if (e) is_x = 1;
    else if ((e = smesim_parse_xreg(s, 'w', "wzr", &rm))) is_x = 0;
    else return smesim_parse_fail(cx, s, "expected a register");
    option = is_x ? 3 : 2;
    const char *t = ws(e);
    if (*t == ',') {
        t = ws(t + 1);
        const char *u = smesim_match_word(t, "lsl");
        for (int k = 0; k < 8 && !u; k++)
            if ((u = smesim_match_word(t, ext_names[k]))) option = k;
        if (!u) return smesim_parse_fail(cx, t, "expected an extend (uxtb ... sxtx, lsl)");
        e = u;
        t = ws(u);
        if (*t == '#') {
            e = smesim_parse_int(ws(t + 1), &imm3);
            if (!e) return smesim_parse_fail(cx, t, "expected a shift amount");
        }
    }
    if (is_x && (option & 3) != 3)
        return smesim_parse_fail(cx, s, "an X register takes uxtx, sxtx or lsl");
    v[0] = rm;
    v[1] = option;
    v[2] = imm3;
    cx->unset |= 1u << 3 | 1u << 4;     /* lk and sf: from the other operands */
    return e;
}

/* ---- NEON vectors: v3.8b ... v3.2d; the parameter is size:Q (and 8: 1q,
 * 9: 2h, 10: 4b for the few instructions that name those) */
static const char *const arr_names[11] = {
    "8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d", "1q", "2h", "4b"
};

static const char *parse_arr(const char *e, int *param, int lo, int hi, smesim_parse_ctx *cx)
{
    if (*e != '.') return smesim_parse_fail(cx, e, "expected an arrangement such as .4s");
    for (int k = lo; k < hi; k++) {
        size_t n = strlen(arr_names[k]);
        if ((*param < 0 || *param == k) && !strncasecmp(e + 1, arr_names[k], n) &&
            !smesim_is_ident((unsigned char)e[1 + n])) {
            *param = k;
            return e + 1 + n;
        }
    }
    return smesim_parse_fail(cx, e, "wrong arrangement for this operand");
}

SMESIM_PRINT_KIND(v)
{
    smesim_sb_printf(sb, "v%d.%s", (int)v[0], param >= 0 && param < 11 ? arr_names[param] : "?");
}
SMESIM_PARSE_KIND(v)
{
    const char *e = smesim_parse_regnum(s, 'v', 31, v);
    if (!e) return smesim_parse_fail(cx, s, "expected a vector register such as v0.4s");
    return parse_arr(e, param, 0, 11, cx);
}

/* ---- one element: v3.s[1] (parameter: b h s d q, 2: 2h, 4: 4b, t: 2b) */
static const char *const elt_names[8] = { "b", "h", "s", "d", "q", "2h", "4b", "2b" };

static const char *parse_elt(const char *e, int *param, smesim_parse_ctx *cx)
{
    if (*e != '.') return smesim_parse_fail(cx, e, "expected an element size such as .s");
    for (int k = 7; k >= 0; k--) {
        size_t n = strlen(elt_names[k]);
        if ((*param < 0 || *param == k) && !strncasecmp(e + 1, elt_names[k], n) &&
            !smesim_is_ident((unsigned char)e[1 + n])) {
            *param = k;
            return e + 1 + n;
        }
    }
    return smesim_parse_fail(cx, e, "wrong element size for this operand");
}

static const char *parse_index(const char *s, int64_t *idx, smesim_parse_ctx *cx)
{
    s = ws(s);
    if (*s != '[') return smesim_parse_fail(cx, s, "expected '[' and an element index");
    const char *e = smesim_parse_int(ws(s + 1), idx);
    if (!e) return smesim_parse_fail(cx, s, "expected an element index");
    e = ws(e);
    if (*e != ']') return smesim_parse_fail(cx, e, "expected ']'");
    return e + 1;
}

SMESIM_PRINT_KIND(ve)
{
    smesim_sb_printf(sb, "v%d.%s[%d]", (int)v[0], param >= 0 && param < 8 ? elt_names[param] : "?",
                     (int)v[1]);
}
SMESIM_PARSE_KIND(ve)
{
    const char *e = smesim_parse_regnum(s, 'v', 31, v);
    if (!e) return smesim_parse_fail(cx, s, "expected a vector element such as v0.s[1]");
    if (!(e = parse_elt(e, param, cx))) return NULL;
    return parse_index(e, &v[1], cx);
}

/* ---- lists of one to four consecutive vectors, counted modulo 32:
 * { v0.16b, v1.16b }; and with a lane: { v0.s, v1.s }[1] */
static void print_vlist(smesim_sb *sb, int64_t first, int n, const char *suffix)
{
    smesim_sb_puts(sb, "{ ");
    for (int i = 0; i < n; i++)
        smesim_sb_printf(sb, "%sv%d.%s", i ? ", " : "", (int)((first + i) & 31), suffix);
    smesim_sb_puts(sb, " }");
}

static const char *parse_vlist(const char *s, int n, int lane, int *param, int64_t *v,
                               smesim_parse_ctx *cx)
{
    if (*s != '{') return smesim_parse_fail(cx, s, "expected '{' and a list of vectors");
    const char *t = ws(s + 1);
    int64_t first = 0, r;
    for (int i = 0; i < n; i++) {
        if (i) {
            if (*t != ',' && !(*t == '-' && n > 1)) return smesim_parse_fail(cx, t, "expected ','");
            if (*t == '-') {       /* { v0.4s - v3.4s } */
                const char *u = ws(t + 1);
                const char *e = smesim_parse_regnum(u, 'v', 31, &r);
                if (!e) return smesim_parse_fail(cx, u, "expected a vector register");
                e = lane ? parse_elt(e, param, cx) : parse_arr(e, param, 0, 9, cx);
                if (!e) return NULL;
                if (((r - first) & 31) != n - 1)
                    return smesim_parse_fail(cx, u, "the range does not have the registers this list needs");
                t = ws(e);
                break;
            }
            t = ws(t + 1);
        }
        const char *e = smesim_parse_regnum(t, 'v', 31, &r);
        if (!e) return smesim_parse_fail(cx, t, "expected a vector register");
        e = lane ? parse_elt(e, param, cx) : parse_arr(e, param, 0, 9, cx);
        if (!e) return NULL;
        if (i == 0) first = r;
        else if (r != ((first + i) & 31)) return smesim_parse_fail(cx, t, "expected the next register");
        t = ws(e);
    }
    if (*t != '}') return smesim_parse_fail(cx, t, "expected '}' to close the list");
    v[0] = first;
    if (lane) return parse_index(t + 1, &v[1], cx);
    return t + 1;
}

#define VLIST_KIND(name, n)                                                       \
    SMESIM_PRINT_KIND(name)                                                       \
    {                                                                             \
        print_vlist(sb, v[0], n, param >= 0 && param < 11 ? arr_names[param] : "?"); \
    }                                                                             \
    SMESIM_PARSE_KIND(name) { return parse_vlist(s, n, 0, param, v, cx); }
VLIST_KIND(vl1, 1)
VLIST_KIND(vl2, 2)
VLIST_KIND(vl3, 3)
VLIST_KIND(vl4, 4)

#define VLANE_KIND(name, n)                                                       \
    SMESIM_PRINT_KIND(name)                                                       \
    {                                                                             \
        print_vlist(sb, v[0], n, param >= 0 && param < 8 ? elt_names[param] : "?"); \
        smesim_sb_printf(sb, "[%d]", (int)v[1]);                                  \
    }                                                                             \
    SMESIM_PARSE_KIND(name) { return parse_vlist(s, n, 1, param, v, cx); }
VLANE_KIND(vle1, 1)
VLANE_KIND(vle2, 2)
VLANE_KIND(vle3, 3)
VLANE_KIND(vle4, 4)

/* ---- system registers (decode/sysregs.def): the name LLVM 19 gives, else
 * S<op0>_<op1>_C<n>_C<m>_<op2>.  Parameter r: as MRS reads it, w: as MSR
 * writes it, z: op0 = 0 (unnamed, in the MSR immediate space).  The field is op0<0>:op1:CRn:CRm:op2 (bits 19:5). */
static const struct sysreg { uint16_t enc; const char *name; uint8_t how; } sysregs[] = {
#define SYSREG(enc, name, how) { enc, name, how },
#include "decode/sysregs.def"
#undef SYSREG
};

SMESIM_PRINT_KIND(sysreg)
{
    int how = param == 1 ? 2 : param == 2 ? 0 : 1;
    int64_t e = v[0];
    for (size_t i = 0; i < sizeof sysregs / sizeof sysregs[0]; i++)
        if (sysregs[i].enc == e && (sysregs[i].how & how)) {
            smesim_sb_puts(sb, sysregs[i].name);
            return;
        }
    smesim_sb_printf(sb, "S%d_%d_C%d_C%d_%d", (int)(param == 2 ? 0 : 2 + (e >> 14 & 1)), (int)(e >> 11 & 7),
                     (int)(e >> 7 & 15), (int)(e >> 3 & 15), (int)(e & 7));
}

/* S<op0>_<op1>_C<n>_C<m>_<op2> with op0 in lo..hi; returns the end or NULL */
static const char *parse_sysreg_generic(const char *s, int lo, int hi, int64_t *enc)
{
    int op0, op1, crn, crm, op2, n = 0;
    if (sscanf(s, "%*1[sS]%d_%d_%*1[cC]%d_%*1[cC]%d_%d%n", &op0, &op1, &crn, &crm, &op2, &n) != 5 ||
        !n || op0 < lo || op0 > hi || op1 > 7 || crn > 15 || crm > 15 || op2 > 7 || op1 < 0 ||
        crn < 0 || crm < 0 || op2 < 0 || smesim_is_ident((unsigned char)s[n]))
        return NULL;
    *enc = (int64_t)((op0 & 1) << 14 | op1 << 11 | crn << 7 | crm << 3 | op2);
    return s + n;
}

SMESIM_PARSE_KIND(sysreg)
{
    int how = *param == 1 ? 2 : *param == 2 ? 0 : 1;
    size_t n = 0;
    while (smesim_is_ident((unsigned char)s[n]) && s[n] != '.') n++;
    for (size_t i = 0; i < sizeof sysregs / sizeof sysregs[0]; i++)
        if ((sysregs[i].how & how) && strlen(sysregs[i].name) == n &&
            !strncasecmp(sysregs[i].name, s, n)) {
            v[0] = sysregs[i].enc;
            return s + n;
        }
    if (*param == 2) {             /* z: op0 = 0, as MSR (immediate) space prints */
        const char *e = parse_sysreg_generic(s, 0, 0, v);
        return e ? e : smesim_parse_fail(cx, s, "expected S0_<op1>_C<n>_C<m>_<op2>");
    }
    const char *e = parse_sysreg_generic(s, 2, 3, v);
    return e ? e : smesim_parse_fail(cx, s, "expected a system register name or S3_<op1>_C<n>_C<m>_<op2>");
}

/* ---- a table-named small number: the name, else #n */
static void print_named(smesim_sb *sb, const char *const *names, int count, int64_t v)
{
    if (v >= 0 && v < count && names[v]) smesim_sb_puts(sb, names[v]);
    else smesim_sb_printf(sb, "#%d", (int)v);
}

static const char *parse_named(const char *s, const char *const *names, int count, int max,
                               int64_t *v, smesim_parse_ctx *cx, const char *what)
{
    const char *e;
    for (int i = 0; i < count; i++)
        if (names[i] && (e = smesim_match_word(s, names[i]))) { *v = i; return e; }
    if (*s == '#' && (e = smesim_parse_int(ws(s + 1), v)) && *v >= 0 && *v <= max) return e;
    return smesim_parse_fail(cx, s, what);
}

/* PRFM operations: pld/pli/pst, l1..l3, keep/strm */
static const char *const prf_names[32] = {
    "pldl1keep", "pldl1strm", "pldl2keep", "pldl2strm", "pldl3keep", "pldl3strm", NULL, NULL,
    "plil1keep", "plil1strm", "plil2keep", "plil2strm", "plil3keep", "plil3strm", NULL, NULL,
    "pstl1keep", "pstl1strm", "pstl2keep", "pstl2strm", "pstl3keep", "pstl3strm",
};
/* RPRFM (parameter r) operations */
static const char *const rprf_names[64] = { "pldkeep", "pstkeep", NULL, NULL, "pldstrm", "pststrm" };
SMESIM_PRINT_KIND(prfop)
{
    if (param == 0) print_named(sb, rprf_names, 64, v[0]);
    else print_named(sb, prf_names, 32, v[0]);
}
SMESIM_PARSE_KIND(prfop)
{
    if (*param == 0)
        return parse_named(s, rprf_names, 64, 63, v, cx, "expected a range prefetch operation (pldkeep, ...)");
    return parse_named(s, prf_names, 32, 31, v, cx, "expected a prefetch operation (pldl1keep, ...)");
}

/* DMB/DSB options */
static const char *const barrier_names[16] = {
    NULL, "oshld", "oshst", "osh", NULL, "nshld", "nshst", "nsh",
    NULL, "ishld", "ishst", "ish", NULL, "ld", "st", "sy",
};
SMESIM_PRINT_KIND(barrier) { (void)param; print_named(sb, barrier_names, 16, v[0]); }
SMESIM_PARSE_KIND(barrier)
{
    (void)param;
    return parse_named(s, barrier_names, 16, 15, v, cx, "expected a barrier option (sy, ish, ...)");
}

/* CRn / CRm of SYS and SYSL: c0 ... c15 */
SMESIM_PRINT_KIND(cr) { (void)param; smesim_sb_printf(sb, "c%d", (int)v[0]); }
SMESIM_PARSE_KIND(cr)
{
    (void)param;
    const char *e = smesim_parse_regnum(s, 'c', 15, v);
    if (!e || smesim_is_ident((unsigned char)*e)) return smesim_parse_fail(cx, s, "expected c0 ... c15");
    return e;
}

/* ---- SYS operations LLVM names (decode/sysops.def): op1, CRn, CRm, op2, Rt.  The
 * parameter is the mnemonic: d dc, i ic, a at, t tlbi, f cfp, v dvp, p cpp */
static const struct sysop { uint16_t enc; const char *mn, *name; uint8_t reg; } sysops[] = {
#define SYSOP(enc, mn, name, reg) { enc, mn, name, reg },
#include "decode/sysops.def"
#undef SYSOP
};
static const char *const sysop_mn[7] = { "dc", "ic", "at", "tlbi", "cfp", "dvp", "cpp" };

static const struct sysop *find_sysop(int64_t enc)
{
    for (size_t i = 0; i < sizeof sysops / sizeof sysops[0]; i++)
        if (sysops[i].enc == enc) return &sysops[i];
    return NULL;
}

int smesim_sysop_class(int64_t enc)
{
    const struct sysop *op = find_sysop(enc);
    if (!op) return -1;
    for (int k = 0; k < 7; k++)
        if (!strcmp(op->mn, sysop_mn[k])) return k;
    return -1;
}

SMESIM_PRINT_KIND(sysop)
{
    (void)param;
    const struct sysop *op = find_sysop(v[0] << 11 | v[1] << 7 | v[2] << 3 | v[3]);
    if (!op) { smesim_sb_puts(sb, "?"); return; }
    smesim_sb_puts(sb, op->name);
    if (op->reg) {
        smesim_sb_puts(sb, ", ");
        smesim_print_xreg(sb, 'x', v[4], "xzr");
    }
}
SMESIM_PARSE_KIND(sysop)
{
    size_t n = 0;
    while (smesim_is_ident((unsigned char)s[n]) && s[n] != '.') n++;
    for (size_t i = 0; i < sizeof sysops / sizeof sysops[0]; i++) {
        const struct sysop *op = &sysops[i];
        if (*param >= 0 && strcmp(op->mn, sysop_mn[*param])) continue;
        if (strlen(op->name) != n || strncasecmp(op->name, s, n)) continue;
        const char *e = s + n;
        v[0] = op->enc >> 11;
        v[1] = op->enc >> 7 & 15;
        v[2] = op->enc >> 3 & 15;
        v[3] = op->enc & 7;
        v[4] = 31;
        if (op->reg) {
            const char *t = ws(e);
            if (*t != ',') return smesim_parse_fail(cx, t, "this operation takes a register");
            t = ws(t + 1);
            e = smesim_parse_xreg(t, 'x', "xzr", &v[4]);
            if (!e) return smesim_parse_fail(cx, t, "expected an X register");
        }
        return e;
    }
    return smesim_parse_fail(cx, s, "unknown system operation");
}

/* ---- MOVI (64-bit): each bit of imm8 is a byte of ones; LLVM prints the
 * mask as "#%#016llx" (#0000000000000000, #0x0000ffffffffff) */
SMESIM_PRINT_KIND(bytemask)
{
    (void)param;
    uint64_t m = 0;
    for (int i = 0; i < 8; i++)
        if (v[0] >> i & 1) m |= (uint64_t)0xff << (8 * i);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "#%#016llx", (unsigned long long)m);
    smesim_sb_puts(sb, tmp);
}
SMESIM_PARSE_KIND(bytemask)
{
    (void)param;
    int64_t x;
    const char *e = smesim_parse_imm(s, &x, cx);
    if (!e) return NULL;
    int64_t imm8 = 0;
    for (int i = 0; i < 8; i++) {
        unsigned b = (unsigned)((uint64_t)x >> (8 * i)) & 0xff;
        if (b == 0xff) imm8 |= 1 << i;
        else if (b) return smesim_parse_fail(cx, s, "each byte of this mask must be 0x00 or 0xff");
    }
    *v = imm8;
    return e;
}

/* ---- a vector register with a segment index and no arrangement: v22[3] */
SMESIM_PRINT_KIND(vi) { (void)param; smesim_sb_printf(sb, "v%d[%d]", (int)v[0], (int)v[1]); }
SMESIM_PARSE_KIND(vi)
{
    (void)param;
    const char *e = smesim_parse_regnum(s, 'v', 31, v);
    if (!e) return smesim_parse_fail(cx, s, "expected a vector register and an index such as v3[1]");
    return parse_index(e, &v[1], cx);
}
