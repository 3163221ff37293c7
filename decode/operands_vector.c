/* decode/operands_vector.c — operand kinds of vector and predicate
 * registers: Z registers with their element size, lists of two to four
 * (consecutive or SME2-strided), P and PN registers and pairs, scalar
 * SIMD&FP registers (b0 ... q0) and 128-bit V registers (v0.4s).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "decode/decode_impl.h"

#define ws smesim_skip_ws

/* ---- one Z register: z3, z3.s */
static const char *parse_zreg(const char *s, int *param, int64_t *v, smesim_parse_ctx *cx)
{
    const char *e = smesim_parse_regnum(s, 'z', 31, v);
    if (!e) return smesim_parse_fail(cx, s, "expected a Z register");
    return smesim_parse_esz(e, param, cx);
}

SMESIM_PRINT_KIND(z)
{
    smesim_sb_reg(sb, 'z', v[0]);
    smesim_print_esz(sb, param);
}
SMESIM_PARSE_KIND(z) { return parse_zreg(s, param, v, cx); }

/* ---- lists of n Z registers `stride` apart, counted modulo 32.  LLVM 19
 * prints three or four consecutive ones without wrap-around as a range
 * ({ z0.s - z3.s }), others with commas; both are read, and GNU as's
 * {z0.s-z3.s}. */
static void print_zlist(smesim_sb *sb, int64_t first, int n, int stride, int param)
{
    int r0 = (int)(first & 31);
    smesim_sb_puts(sb, "{ ");
    if (stride == 1 && n > 2 && r0 + n - 1 < 32) {
        smesim_sb_reg(sb, 'z', r0);
        smesim_print_esz(sb, param);
        smesim_sb_putn(sb, " - ", 3);
        smesim_sb_reg(sb, 'z', r0 + n - 1);
        smesim_print_esz(sb, param);
    } else {
        for (int i = 0; i < n; i++) {
            if (i) smesim_sb_putn(sb, ", ", 2);
            smesim_sb_reg(sb, 'z', (r0 + i * stride) & 31);
            smesim_print_esz(sb, param);
        }
    }
    smesim_sb_puts(sb, " }");
}

static const char *parse_zlist(const char *s, int n, int stride, int *param, int64_t *v,
                               smesim_parse_ctx *cx)
{
    if (*s != '{') return smesim_parse_fail(cx, s, "expected '{' and a list of Z registers");
    const char *t = ws(s + 1);
    int64_t first, r;
    t = parse_zreg(t, param, &first, cx);
    if (!t) return NULL;
    t = ws(t);
    if (*t == '-') {
        const char *u = ws(t + 1);
        const char *e = parse_zreg(u, param, &r, cx);
        if (!e) return NULL;
        if (stride != 1 || ((r - first) & 31) != n - 1)
            return smesim_parse_fail(cx, u, "the range does not have the registers this list needs");
        t = ws(e);
    } else {
        for (int i = 1; i < n; i++) {
            if (*t != ',') return smesim_parse_fail(cx, t, "expected ',' and the next register of the list");
            const char *u = ws(t + 1);
            const char *e = parse_zreg(u, param, &r, cx);
            if (!e) return NULL;
            if (r != ((first + i * stride) & 31)) {
                char msg[80];
                snprintf(msg, sizeof msg, "expected z%d: this list takes registers %d apart",
                         (int)((first + i * stride) & 31), stride);
                return smesim_parse_fail(cx, u, msg);
            }
            t = ws(e);
        }
    }
    if (*t != '}') return smesim_parse_fail(cx, t, "expected '}' to close the list");
    *v = first;
    return t + 1;
}

#define ZLIST_KIND(name, n, stride)                                           \
    SMESIM_PRINT_KIND(name) { print_zlist(sb, v[0], n, stride, param); }     \
    SMESIM_PARSE_KIND(name) { return parse_zlist(s, n, stride, param, v, cx); }
ZLIST_KIND(zl2, 2, 1)
ZLIST_KIND(zl3, 3, 1)
ZLIST_KIND(zl4, 4, 1)
ZLIST_KIND(zs2, 2, 8)
ZLIST_KIND(zs4, 4, 4)

/* ---- predicates: p3, p3.s; pn8, pn8.b; { p0.s, p1.s } */
SMESIM_PRINT_KIND(p)
{
    smesim_sb_reg(sb, 'p', v[0]);
    smesim_print_esz(sb, param);
}
SMESIM_PARSE_KIND(p)
{
    const char *e = smesim_parse_regnum(s, 'p', 15, v);
    if (!e || (tolower((unsigned char)s[1]) == 'n'))
        return smesim_parse_fail(cx, s, "expected a P register");
    return smesim_parse_esz(e, param, cx);
}

SMESIM_PRINT_KIND(pn)
{
    smesim_sb_putn(sb, "pn", 2);
    smesim_sb_putu(sb, (uint64_t)v[0]);
    smesim_print_esz(sb, param);
}
SMESIM_PARSE_KIND(pn)
{
    if (tolower((unsigned char)s[0]) != 'p' || tolower((unsigned char)s[1]) != 'n')
        return smesim_parse_fail(cx, s, "expected a predicate-as-counter register pn0-pn15");
    const char *e = smesim_parse_regnum(s + 1, 'n', 15, v);
    if (!e) return smesim_parse_fail(cx, s, "expected a predicate-as-counter register pn0-pn15");
    return smesim_parse_esz(e, param, cx);
}

SMESIM_PRINT_KIND(pl2)
{
    smesim_sb_printf(sb, "{ p%d", (int)v[0]);
    smesim_print_esz(sb, param);
    smesim_sb_printf(sb, ", p%d", (int)(v[0] + 1) & 15);
    smesim_print_esz(sb, param);
    smesim_sb_puts(sb, " }");
}
SMESIM_PARSE_KIND(pl2)
{
    if (*s != '{') return smesim_parse_fail(cx, s, "expected '{' and two P registers");
    const char *t = ws(s + 1);
    int64_t r;
    const char *e = smesim_parse_regnum(t, 'p', 15, v);
    if (!e || !(e = smesim_parse_esz(e, param, cx))) return smesim_parse_fail(cx, t, "expected a P register");
    t = ws(e);
    if (*t != ',' && *t != '-') return smesim_parse_fail(cx, t, "expected ',' and the next P register");
    const char *u = ws(t + 1);
    e = smesim_parse_regnum(u, 'p', 15, &r);
    if (!e || !(e = smesim_parse_esz(e, param, cx)) || r != ((*v + 1) & 15))
        return smesim_parse_fail(cx, u, "expected the next P register");
    t = ws(e);
    return *t == '}' ? t + 1 : smesim_parse_fail(cx, t, "expected '}'");
}

/* ---- scalar SIMD&FP registers: b3 h3 s3 d3 q3 (the parameter) */
SMESIM_PRINT_KIND(fpr)
{
    smesim_sb_reg(sb, param >= 0 ? smesim_esz_letters[param] : '?', v[0]);
}
SMESIM_PARSE_KIND(fpr)
{
    int esz = smesim_esz_of_letter(*s);
    const char *e = NULL;
    if (esz >= 0 && (*param < 0 || esz == *param))
        e = smesim_parse_regnum(s, (char)tolower((unsigned char)*s), 31, v);
    if (!e || smesim_is_ident((unsigned char)*e))
        return smesim_parse_fail(cx, s, "expected a scalar SIMD&FP register (b0, h0, s0, d0, q0)");
    *param = esz;
    return e;
}

/* ---- 128-bit vector registers: v3.16b v3.8h v3.4s v3.2d v3.1q */
static const char *const vq_arr[5] = { "16b", "8h", "4s", "2d", "1q" };

SMESIM_PRINT_KIND(vq)
{
    smesim_sb_printf(sb, "v%d.%s", (int)v[0], param >= 0 && param < 5 ? vq_arr[param] : "?");
}
SMESIM_PARSE_KIND(vq)
{
    const char *e = smesim_parse_regnum(s, 'v', 31, v);
    if (!e || *e != '.') return smesim_parse_fail(cx, s, "expected a vector register such as v0.4s");
    for (int k = 0; k < 5; k++) {
        size_t n = strlen(vq_arr[k]);
        if ((*param < 0 || *param == k) && !strncasecmp(e + 1, vq_arr[k], n) &&
            !smesim_is_ident((unsigned char)e[1 + n])) {
            *param = k;
            return e + 1 + n;
        }
    }
    return smesim_parse_fail(cx, e, "expected an arrangement .16b, .8h, .4s or .2d");
}
