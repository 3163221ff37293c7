/* decode/operands_za.c — operand kinds of ZA: tiles (za3.s), tile slices
 * (za1h.s[w12, 3], and ranges za1v.s[w15, 2:3]), ZA array vectors
 * (za.s[w8, 0:1, vgx2], za[w12, 4]) and ZERO's tile masks ({za0.s,za1.s}).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "decode/decode_impl.h"

#define ws smesim_skip_ws

/* w<lo>..w<hi> */
static const char *parse_wrange(const char *s, int lo, int hi, int64_t *v, smesim_parse_ctx *cx)
{
    const char *e = smesim_parse_regnum(s, 'w', 30, v);
    if (!e || *v < lo || *v > hi || smesim_is_ident((unsigned char)*e)) {
        char msg[64];
        snprintf(msg, sizeof msg, "expected a slice index register w%d-w%d", lo, hi);
        return smesim_parse_fail(cx, s, msg);
    }
    return e;
}

/* "off" or "off:last" (last = off + count - 1); count 1 when absent */
static const char *parse_offrange(const char *s, int64_t *off, int64_t *count, smesim_parse_ctx *cx)
{
    const char *e = smesim_parse_int(s, off);
    if (!e) return smesim_parse_fail(cx, s, "expected a slice offset");
    *count = 1;
    const char *t = ws(e);
    if (*t == ':') {
        int64_t last;
        const char *u = ws(t + 1);
        e = smesim_parse_int(u, &last);
        if (!e || last < *off) return smesim_parse_fail(cx, u, "expected the last offset of the range");
        *count = last - *off + 1;
    }
    return e;
}

/* ---- tiles: za3.s */
SMESIM_PRINT_KIND(za)
{
    smesim_sb_putn(sb, "za", 2);
    smesim_sb_putu(sb, (uint64_t)v[0]);
    smesim_print_esz(sb, param);
}
SMESIM_PARSE_KIND(za)
{
    if (tolower((unsigned char)s[0]) != 'z') return smesim_parse_fail(cx, s, "expected a ZA tile");
    const char *e = smesim_parse_regnum(s + 1, 'a', 15, v);
    if (!e) return smesim_parse_fail(cx, s, "expected a ZA tile such as za0.s");
    return smesim_parse_esz(e, param, cx);
}

/* ---- tile slices: za3h.s[w12, 1] (tile, v, Wv, offset) and with a range
 * za1v.s[w15, 2:3] (..., count) */
static void print_slice(smesim_sb *sb, int param, const int64_t *v, int64_t count)
{
    smesim_sb_putn(sb, "za", 2);
    smesim_sb_putu(sb, (uint64_t)v[0]);
    smesim_sb_putc(sb, v[1] ? 'v' : 'h');
    smesim_print_esz(sb, param);
    smesim_sb_putn(sb, "[w", 2);
    smesim_sb_putu(sb, (uint64_t)v[2]);
    smesim_sb_putn(sb, ", ", 2);
    smesim_sb_puti(sb, v[3]);
    if (count > 1) {
        smesim_sb_putc(sb, ':');
        smesim_sb_puti(sb, v[3] + count - 1);
    }
    smesim_sb_putc(sb, ']');
}

static const char *parse_slice(int *param, const char *s, int64_t *v, int64_t *count,
                               smesim_parse_ctx *cx)
{
    const char *msg = "expected a ZA tile slice such as za0h.s[w12, 0]";
    if (tolower((unsigned char)s[0]) != 'z') return smesim_parse_fail(cx, s, msg);
    const char *e = smesim_parse_regnum(s + 1, 'a', 15, &v[0]);
    if (!e) return smesim_parse_fail(cx, s, msg);
    char hv = (char)tolower((unsigned char)*e);
    if (hv != 'h' && hv != 'v') return smesim_parse_fail(cx, e, "expected h or v after the tile number");
    v[1] = hv == 'v';
    e = smesim_parse_esz(e + 1, param, cx);
    if (!e) return NULL;
    e = smesim_expect_char(e, '[');
    if (!e) return smesim_parse_fail(cx, s, msg);
    e = parse_wrange(ws(e), 12, 15, &v[2], cx);
    if (!e) return NULL;
    e = smesim_expect_char(e, ',');
    if (!e) return smesim_parse_fail(cx, s, "expected ', offset' after the slice register");
    const char *t = ws(e);
    e = parse_offrange(t, &v[3], count, cx);
    if (!e) return NULL;
    e = smesim_expect_char(e, ']');
    return e ? e : smesim_parse_fail(cx, t, "expected ']'");
}

SMESIM_PRINT_KIND(zas) { print_slice(sb, param, v, 1); }
SMESIM_PARSE_KIND(zas)
{
    int64_t count;
    const char *e = parse_slice(param, s, v, &count, cx);
    if (e && count != 1) return smesim_parse_fail(cx, s, "expected one slice offset, not a range");
    return e;
}
SMESIM_PRINT_KIND(zasr) { print_slice(sb, param, v, v[4]); }
SMESIM_PARSE_KIND(zasr) { return parse_slice(param, s, v, &v[4], cx); }

/* ---- ZA array vectors: za.s[w8, 0:1, vgx2] (Wv, offset, vgx, count); no
 * element size for LDR/STR's za[w12, 4].  vgx may be left out in assembly
 * text (marked in cx->unset): the form's own applies. */
SMESIM_PRINT_KIND(zav)
{
    smesim_sb_putn(sb, "za", 2);
    smesim_print_esz(sb, param);
    smesim_sb_putn(sb, "[w", 2);
    smesim_sb_putu(sb, (uint64_t)v[0]);
    smesim_sb_putn(sb, ", ", 2);
    smesim_sb_puti(sb, v[1]);
    if (v[3] > 1) {
        smesim_sb_putc(sb, ':');
        smesim_sb_puti(sb, v[1] + v[3] - 1);
    }
    if (v[2] > 1) {
        smesim_sb_putn(sb, ", vgx", 5);
        smesim_sb_putu(sb, (uint64_t)v[2]);
    }
    smesim_sb_putc(sb, ']');
}
SMESIM_PARSE_KIND(zav)
{
    const char *msg = "expected ZA array vectors such as za.s[w8, 0, vgx2]";
    if (strncasecmp(s, "za", 2) != 0) return smesim_parse_fail(cx, s, msg);
    const char *e = smesim_parse_esz(s + 2, param, cx);
    if (!e) return NULL;
    e = smesim_expect_char(e, '[');
    if (!e) return smesim_parse_fail(cx, s, msg);
    e = parse_wrange(ws(e), 8, 15, &v[0], cx);
    if (!e) return NULL;
    e = smesim_expect_char(e, ',');
    if (!e) return smesim_parse_fail(cx, s, msg);
    const char *t = ws(e);
    e = parse_offrange(t, &v[1], &v[3], cx);
    if (!e) return NULL;
    t = ws(e);
    v[2] = 1;
    cx->unset |= 1u << 2;
    if (*t == ',') {
        t = ws(t + 1);
        cx->unset &= ~(1u << 2);
        if (!strncasecmp(t, "vgx2", 4)) v[2] = 2;
        else if (!strncasecmp(t, "vgx4", 4)) v[2] = 4;
        else return smesim_parse_fail(cx, t, "expected vgx2 or vgx4");
        t += 4;
    }
    e = smesim_expect_char(t, ']');
    return e ? e : smesim_parse_fail(cx, t, "expected ']'");
}

/* ---- ZERO's mask of 64-bit tiles, as LLVM 19 prints it: {za}, {za0.h},
 * a union of .s tiles without blanks, else .d tiles */
SMESIM_PRINT_KIND(zamask)
{
    (void)param;
    int64_t m = v[0] & 0xff;
    if (m == 0xff) { smesim_sb_puts(sb, "{za}"); return; }
    if (m == 0x55) { smesim_sb_puts(sb, "{za0.h}"); return; }
    if (m == 0xaa) { smesim_sb_puts(sb, "{za1.h}"); return; }
    smesim_sb_puts(sb, "{");
    const char *sep = "";
    if (m && (m >> 4) == (m & 15)) {
        for (int t = 0; t < 4; t++)
            if (m & (1 << t)) {
                smesim_sb_puts(sb, sep);
                smesim_sb_putn(sb, "za", 2);
                smesim_sb_putu(sb, (uint64_t)t);
                smesim_sb_putn(sb, ".s", 2);
                sep = ",";
            }
    } else {
        for (int t = 0; t < 8; t++)
            if (m & (1 << t)) {
                smesim_sb_puts(sb, sep);
                smesim_sb_putn(sb, "za", 2);
                smesim_sb_putu(sb, (uint64_t)t);
                smesim_sb_putn(sb, ".d", 2);
                sep = ", ";
            }
    }
    smesim_sb_puts(sb, "}");
}
SMESIM_PARSE_KIND(zamask)
{
    (void)param;
    if (*s != '{') return smesim_parse_fail(cx, s, "expected '{' and a list of ZA tiles");
    s = ws(s + 1);
    int64_t m = 0;
    if (*s == '}') { *v = 0; return s + 1; }
    for (;;) {
        const char *t = s;
        int64_t n;
        if (strncasecmp(t, "za", 2) != 0) return smesim_parse_fail(cx, s, "expected a ZA tile");
        t += 2;
        if (!isdigit((unsigned char)*t)) {
            if (smesim_is_ident((unsigned char)*t)) return smesim_parse_fail(cx, s, "expected a ZA tile");
            m = 0xff;
        } else {
            t = smesim_parse_regnum(t - 1, 'a', 15, &n);  /* 'a' then digits */
            int esz = (t && *t == '.') ? smesim_esz_of_letter(t[1]) : -1;
            if (!t || esz < 0 || esz > 3 || n >= (1 << esz))
                return smesim_parse_fail(cx, s, "expected a ZA tile such as za0.s");
            t += 2;
            for (int i = 0; i < 8; i++)
                if ((i & ((1 << esz) - 1)) == n) m |= (int64_t)1 << i;
        }
        s = ws(t);
        if (*s == '}') { *v = m; return s + 1; }
        if (*s != ',') return smesim_parse_fail(cx, s, "expected ',' or '}' in the tile list");
        s = ws(s + 1);
    }
}
