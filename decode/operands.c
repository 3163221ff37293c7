/* decode/operands.c — the operand kinds of decode/kinds.def: how each one is
 * printed (LLVM 19's spelling) and parsed back.  Templates and the table
 * interpreters live in decode/disasm.c and decode/asm_insn.c; this file only
 * knows single operands.
 */
#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decode/decode_impl.h"

/* ------------------------------------------------------------ string builder */
void smesim_sb_puts(smesim_sb *sb, const char *s)
{
    size_t n = strlen(s);
    if (sb->len < sb->cap) {
        size_t room = sb->cap - sb->len - 1;
        memcpy(sb->buf + sb->len, s, n < room ? n : room);
        sb->buf[sb->len + (n < room ? n : room)] = '\0';
    }
    sb->len += n;
}

void smesim_sb_printf(smesim_sb *sb, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    smesim_sb_puts(sb, tmp);
}

int smesim_esz_of_letter(char c)
{
    switch (tolower((unsigned char)c)) {
    case 'b': return 0;
    case 'h': return 1;
    case 's': return 2;
    case 'd': return 3;
    case 'q': return 4;
    default: return -1;
    }
}

static const char esz_letters[] = "bhsdq";

/* ------------------------------------------------------------ tables of names */
static const char *const cond_names[16] = {
    "eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc",
    "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"
};
static const char *const shift_names[4] = { "lsl", "lsr", "asr", "ror" };

static const char *pattern_name(int64_t p)
{
    static const char *const names[32] = {
        "pow2", "vl1", "vl2", "vl3", "vl4", "vl5", "vl6", "vl7", "vl8",
        "vl16", "vl32", "vl64", "vl128", "vl256",
        [29] = "mul4", [30] = "mul3", [31] = "all"
    };
    return (p >= 0 && p < 32) ? names[p] : NULL;
}

/* The value of an 8-bit floating-point immediate (the Arm ARM's
 * VFPExpandImm): +-(16 + efgh) / 16 * 2^e, e in -3..4. */
static double fpimm_value(int64_t imm8)
{
    int sign = (int)((imm8 >> 7) & 1);
    int b = (int)((imm8 >> 6) & 1);
    int cd = (int)((imm8 >> 4) & 3);
    int frac = (int)(imm8 & 15);
    int e = b ? cd - 3 : cd + 1;
    double v = (16.0 + frac) / 16.0;
    for (; e > 0; e--) v *= 2.0;
    for (; e < 0; e++) v /= 2.0;
    return sign ? -v : v;
}

/* ------------------------------------------------------------ printing */
static void print_zamask(smesim_sb *sb, int64_t m)
{
    m &= 0xff;
    if (m == 0xff) { smesim_sb_puts(sb, "{za}"); return; }
    if (m == 0x55) { smesim_sb_puts(sb, "{za0.h}"); return; }
    if (m == 0xaa) { smesim_sb_puts(sb, "{za1.h}"); return; }
    smesim_sb_puts(sb, "{");
    if (m && (m >> 4) == (m & 15)) {
        /* a union of .s tiles: LLVM's alias strings have no blank */
        const char *sep = "";
        for (int t = 0; t < 4; t++)
            if (m & (1 << t)) {
                smesim_sb_printf(sb, "%sza%d.s", sep, t);
                sep = ",";
            }
    } else {
        const char *sep = "";
        for (int t = 0; t < 8; t++)
            if (m & (1 << t)) {
                smesim_sb_printf(sb, "%sza%d.d", sep, t);
                sep = ", ";
            }
    }
    smesim_sb_puts(sb, "}");
}

static void print_xreg(smesim_sb *sb, char prefix, int64_t r, const char *r31)
{
    if (r == 31) smesim_sb_puts(sb, r31);
    else smesim_sb_printf(sb, "%c%d", prefix, (int)r);
}

void smesim_kind_print(smesim_sb *sb, int kind, char param, const int64_t *v)
{
    switch (kind) {
    case SMESIM_KIND_u: smesim_sb_printf(sb, "%" PRId64, v[0]); break;
    case SMESIM_KIND_imm: smesim_sb_printf(sb, "#%" PRId64, v[0]); break;
    case SMESIM_KIND_immhex:
        if (v[0]) smesim_sb_printf(sb, "#0x%" PRIx64, v[0]);
        else smesim_sb_puts(sb, "#0");
        break;
    case SMESIM_KIND_x: print_xreg(sb, 'x', v[0], "xzr"); break;
    case SMESIM_KIND_xsp: print_xreg(sb, 'x', v[0], "sp"); break;
    case SMESIM_KIND_w: print_xreg(sb, 'w', v[0], "wzr"); break;
    case SMESIM_KIND_wsp: print_xreg(sb, 'w', v[0], "wsp"); break;
    case SMESIM_KIND_r: print_xreg(sb, v[1] ? 'x' : 'w', v[0], v[1] ? "xzr" : "wzr"); break;
    case SMESIM_KIND_z:
    case SMESIM_KIND_p:
        smesim_sb_printf(sb, "%c%d", kind == SMESIM_KIND_z ? 'z' : 'p', (int)v[0]);
        if (param) smesim_sb_printf(sb, ".%c", param);
        break;
    case SMESIM_KIND_zt:
    case SMESIM_KIND_pt:
        smesim_sb_printf(sb, "%c%d.%c", kind == SMESIM_KIND_zt ? 'z' : 'p', (int)v[0],
                         esz_letters[v[1] & 3]);
        break;
    case SMESIM_KIND_za: smesim_sb_printf(sb, "za%d.%c", (int)v[0], param); break;
    case SMESIM_KIND_zas:
        smesim_sb_printf(sb, "za%d%c.%c[w%d, %d]", (int)v[0], v[1] ? 'v' : 'h', param,
                         (int)v[2], (int)v[3]);
        break;
    case SMESIM_KIND_zamask: print_zamask(sb, v[0]); break;
    case SMESIM_KIND_label:
        smesim_sb_printf(sb, "#%" PRId64, param == 'p' ? v[0] * 4096 : v[0]);
        break;
    case SMESIM_KIND_cond: smesim_sb_puts(sb, cond_names[v[0] & 15]); break;
    case SMESIM_KIND_shift: smesim_sb_puts(sb, shift_names[v[0] & 3]); break;
    case SMESIM_KIND_pat: {
        const char *n = pattern_name(v[0]);
        if (n) smesim_sb_puts(sb, n);
        else smesim_sb_printf(sb, "#%d", (int)v[0]);
        break;
    }
    case SMESIM_KIND_fpimm: smesim_sb_printf(sb, "#%.8f", fpimm_value(v[0])); break;
    case SMESIM_KIND_rext: {
        int amount = param - '0';
        int64_t rm = v[0], option = v[1], s = v[2];
        int is_x = (option & 1) != 0;  /* 011 lsl/uxtx, 111 sxtx use X */
        print_xreg(sb, is_x ? 'x' : 'w', rm, is_x ? "xzr" : "wzr");
        if (option == 3) {
            if (s) smesim_sb_printf(sb, ", lsl #%d", amount);
        } else {
            static const char *const ext[8] = {
                "uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"
            };
            smesim_sb_printf(sb, ", %s", ext[option & 7]);
            if (s) smesim_sb_printf(sb, " #%d", amount);
        }
        break;
    }
    default:
        smesim_sb_puts(sb, "?");
    }
}

/* ------------------------------------------------------------ parsing helpers */
const char *smesim_parse_fail(smesim_parse_ctx *cx, const char *s, const char *msg)
{
    if (cx->parsed) return NULL;      /* a form that parsed explains it better */
    if (!cx->err_at || s > cx->err_at || !cx->err[0]) {
        cx->err_at = s;
        snprintf(cx->err, sizeof cx->err, "%s", msg);
    }
    return NULL;
}

static const char *skip_ws(const char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    return s;
}

static int is_ident(int c)
{
    return isalnum(c) || c == '_' || c == '.' || c == '$';
}

/* Case-insensitive keyword match that must not run into an identifier. */
static const char *match_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)s[i]) != w[i]) return NULL;
    if (is_ident((unsigned char)s[n]) && s[n] != '.') return NULL;
    return s + n;
}

/* An integer: [+-] decimal | 0x hex | 0b binary. */
static const char *parse_int(const char *s, int64_t *v)
{
    int neg = 0;
    if (*s == '-' || *s == '+') { neg = *s == '-'; s = skip_ws(s + 1); }
    uint64_t acc = 0;
    const char *start;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        s += 2;
        start = s;
        while (isxdigit((unsigned char)*s)) {
            int d = isdigit((unsigned char)*s) ? *s - '0' : tolower((unsigned char)*s) - 'a' + 10;
            if (acc >> 60) return NULL;
            acc = acc * 16 + (uint64_t)d;
            s++;
        }
    } else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
        s += 2;
        start = s;
        while (*s == '0' || *s == '1') {
            if (acc >> 63) return NULL;
            acc = acc * 2 + (uint64_t)(*s++ - '0');
        }
    } else {
        start = s;
        while (isdigit((unsigned char)*s)) {
            if (acc > (UINT64_MAX - 9) / 10) return NULL;
            acc = acc * 10 + (uint64_t)(*s++ - '0');
        }
    }
    if (s == start || is_ident((unsigned char)*s)) return NULL;
    *v = neg ? (int64_t)(0 - acc) : (int64_t)acc;
    return s;
}

/* A register: prefix letter and a number in [0, max]; returns end or NULL. */
static const char *parse_regnum(const char *s, char prefix, int max, int64_t *v)
{
    if (tolower((unsigned char)*s) != prefix || !isdigit((unsigned char)s[1])) return NULL;
    s++;
    int n = 0;
    while (isdigit((unsigned char)*s)) {
        n = n * 10 + (*s++ - '0');
        if (n > 99) return NULL;
    }
    if (n > max) return NULL;
    *v = n;
    return s;
}

/* x0..x30 or the name for 31 (xzr, sp, ...). */
static const char *parse_xreg(const char *s, char prefix, const char *r31, int64_t *v)
{
    const char *e = match_word(s, r31);
    if (e) { *v = 31; return e; }
    e = parse_regnum(s, prefix, 30, v);
    if (e && is_ident((unsigned char)*e)) return NULL;
    return e;
}

static const char *expect_char(const char *s, char c)
{
    s = skip_ws(s);
    return *s == c ? s + 1 : NULL;
}

/* ------------------------------------------------------------ kinds */
/* Whether the identifier at s is a register name (x0, w30, sp, z3, p7, ...),
 * which a bare immediate must not be mistaken for. */
static int register_name(const char *s)
{
    static const char *const names[] = { "sp", "wsp", "xzr", "wzr", "za" };
    size_t n = 0;
    while (is_ident((unsigned char)s[n]) && s[n] != '.') n++;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i]) == n && !strncasecmp(s, names[i], n)) return 1;
    if (n < 2 || !strchr("xwzpXWZP", s[0])) return 0;
    for (size_t i = 1; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

/* #expr, or a bare expression; `:lo12:expr` gives its low 12 bits. */
static const char *parse_imm(const char *s, int64_t *v, smesim_parse_ctx *cx)
{
    int hash = *s == '#';
    if (hash) s = skip_ws(s + 1);
    int lo12 = strncmp(s, ":lo12:", 6) == 0;
    if (lo12) s = skip_ws(s + 6);
    else if (!(isdigit((unsigned char)*s) || *s == '-' || *s == '+' || *s == '~' || *s == '(' ||
               isalpha((unsigned char)*s) || *s == '_' || *s == '.') ||
             (!hash && register_name(s)))
        return smesim_parse_fail(cx, s, "expected an immediate");
    const char *e = smesim_parse_expr(s, v, cx);
    if (!e) return NULL;
    if (lo12) *v &= 0xfff;
    return e;
}

/* #offset (from this instruction), or an expression giving the target. */
static const char *parse_label(const char *s, char param, int64_t *v, smesim_parse_ctx *cx)
{
    int64_t x;
    if (*s == '#') {
        const char *e = smesim_parse_expr(skip_ws(s + 1), &x, cx);
        if (!e) return NULL;
        if (param == 'p') {
            if (x % 4096) return smesim_parse_fail(cx, s, "adrp offset must be a multiple of 4096");
            x /= 4096;
        }
        *v = x;
        return e;
    }
    const char *e = smesim_parse_expr(s, &x, cx);
    if (!e) return NULL;
    if (param == 'p')
        *v = (int64_t)(((uint64_t)x >> 12) - (cx->pc >> 12));
    else
        *v = x - (int64_t)cx->pc;
    return e;
}

static const char *parse_zamask(const char *s, int64_t *v, smesim_parse_ctx *cx)
{
    if (*s != '{') return smesim_parse_fail(cx, s, "expected '{' and a list of ZA tiles");
    s = skip_ws(s + 1);
    int64_t m = 0;
    if (*s == '}') { *v = 0; return s + 1; }
    for (;;) {
        const char *t = s;
        int64_t n;
        if (strncmp(t, "za", 2) != 0 && strncmp(t, "ZA", 2) != 0)
            return smesim_parse_fail(cx, s, "expected a ZA tile");
        t += 2;
        if (!isdigit((unsigned char)*t)) {
            if (is_ident((unsigned char)*t)) return smesim_parse_fail(cx, s, "expected a ZA tile");
            m = 0xff;
        } else {
            t = parse_regnum(t - 1, 'a', 15, &n);  /* 'a' then digits */
            int esz = (t && *t == '.') ? smesim_esz_of_letter(t[1]) : -1;
            if (!t || esz < 0 || esz > 3 || n >= (1 << esz))
                return smesim_parse_fail(cx, s, "expected a ZA tile such as za0.s");
            t += 2;
            for (int i = 0; i < 8; i++)
                if ((i & ((1 << esz) - 1)) == n) m |= (int64_t)1 << i;
        }
        s = skip_ws(t);
        if (*s == '}') { *v = m; return s + 1; }
        if (*s != ',') return smesim_parse_fail(cx, s, "expected ',' or '}' in the tile list");
        s = skip_ws(s + 1);
    }
}

static const char *parse_fpimm(const char *s, int64_t *v, smesim_parse_ctx *cx)
{
    if (*s == '#') s = skip_ws(s + 1);
    char *end;
    double d = strtod(s, &end);
    if (end == s) return smesim_parse_fail(cx, s, "expected a floating-point immediate");
    for (int i = 0; i < 256; i++)
        if (fpimm_value(i) == d) { *v = i; return end; }
    return smesim_parse_fail(cx, s, "this value has no 8-bit floating-point encoding");
}

static const char *parse_rext(const char *s, char param, int64_t *v, smesim_parse_ctx *cx)
{
    int amount = param - '0';
    int64_t rm;
    int is_x;
    const char *e = parse_xreg(s, 'x', "xzr", &rm);
    if (e) is_x = 1;
    else if ((e = parse_xreg(s, 'w', "wzr", &rm))) is_x = 0;
    else return smesim_parse_fail(cx, s, "expected an index register");
    const char *t = skip_ws(e);
    int64_t option = 3, sbit = 0;
    if (*t != ',') {
        if (!is_x) return smesim_parse_fail(cx, t, "a W index register needs uxtw or sxtw");
        v[0] = rm; v[1] = 3; v[2] = 0;
        return e;
    }
    t = skip_ws(t + 1);
    static const struct { const char *name; int option; int x; } ext[] = {
        { "lsl", 3, 1 }, { "uxtw", 2, 0 }, { "sxtw", 6, 0 }, { "sxtx", 7, 1 }, { "uxtx", 3, 1 },
    };
    const char *u = NULL;
    int k;
    for (k = 0; k < 5; k++)
        if ((u = match_word(t, ext[k].name))) break;
    if (!u) return smesim_parse_fail(cx, t, "expected lsl, uxtw, sxtw or sxtx");
    if (ext[k].x != is_x) return smesim_parse_fail(cx, s, "index register width does not match the extend");
    option = ext[k].option;
    const char *w = skip_ws(u);
    if (*w == '#') {
        int64_t a;
        const char *z = parse_int(skip_ws(w + 1), &a);
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

const char *smesim_kind_parse(int kind, char param, const char *s, int64_t *v,
                              smesim_parse_ctx *cx)
{
    const char *e;
    s = skip_ws(s);
    switch (kind) {
    case SMESIM_KIND_u:
        e = parse_int(s, v);
        return e ? e : smesim_parse_fail(cx, s, "expected a number");
    case SMESIM_KIND_imm:
    case SMESIM_KIND_immhex:
        return parse_imm(s, v, cx);
    case SMESIM_KIND_x:
        e = parse_xreg(s, 'x', "xzr", v);
        return e ? e : smesim_parse_fail(cx, s, "expected an X register (x0-x30, xzr)");
    case SMESIM_KIND_xsp:
        e = parse_xreg(s, 'x', "sp", v);
        return e ? e : smesim_parse_fail(cx, s, "expected an X register or sp");
    case SMESIM_KIND_w:
        e = parse_xreg(s, 'w', "wzr", v);
        return e ? e : smesim_parse_fail(cx, s, "expected a W register (w0-w30, wzr)");
    case SMESIM_KIND_wsp:
        e = parse_xreg(s, 'w', "wsp", v);
        return e ? e : smesim_parse_fail(cx, s, "expected a W register or wsp");
    case SMESIM_KIND_r:
        if ((e = parse_xreg(s, 'x', "xzr", v))) { v[1] = 1; return e; }
        if ((e = parse_xreg(s, 'w', "wzr", v))) { v[1] = 0; return e; }
        return smesim_parse_fail(cx, s, "expected an X or W register");
    case SMESIM_KIND_z:
    case SMESIM_KIND_p:
    case SMESIM_KIND_zt:
    case SMESIM_KIND_pt: {
        int isz = kind == SMESIM_KIND_z || kind == SMESIM_KIND_zt;
        e = parse_regnum(s, isz ? 'z' : 'p', isz ? 31 : 15, v);
        if (!e) return smesim_parse_fail(cx, s, isz ? "expected a Z register" : "expected a P register");
        if (kind == SMESIM_KIND_zt || kind == SMESIM_KIND_pt) {
            int esz = *e == '.' ? smesim_esz_of_letter(e[1]) : -1;
            if (esz < 0 || esz > 3 || is_ident((unsigned char)e[2]))
                return smesim_parse_fail(cx, e, "expected an element size .b, .h, .s or .d");
            v[1] = esz;
            return e + 2;
        }
        if (param) {
            if (*e != '.' || tolower((unsigned char)e[1]) != param || is_ident((unsigned char)e[2])) {
                char msg[64];
                snprintf(msg, sizeof msg, "expected element size .%c", param);
                return smesim_parse_fail(cx, e, msg);
            }
            return e + 2;
        }
        if (*e == '.' || is_ident((unsigned char)*e))
            return smesim_parse_fail(cx, e, "unexpected element size");
        return e;
    }
    case SMESIM_KIND_za: {
        if (tolower((unsigned char)s[0]) != 'z') return smesim_parse_fail(cx, s, "expected a ZA tile");
        e = parse_regnum(s + 1, 'a', 15, v);
        if (!e || *e != '.' || tolower((unsigned char)e[1]) != param || is_ident((unsigned char)e[2])) {
            char msg[64];
            snprintf(msg, sizeof msg, "expected a ZA tile such as za0.%c", param);
            return smesim_parse_fail(cx, s, msg);
        }
        return e + 2;
    }
    case SMESIM_KIND_zas: {
        char msg[80];
        snprintf(msg, sizeof msg, "expected a ZA tile slice such as za0h.%c[w12, 0]", param);
        if (tolower((unsigned char)s[0]) != 'z') return smesim_parse_fail(cx, s, msg);
        e = parse_regnum(s + 1, 'a', 15, &v[0]);
        if (!e) return smesim_parse_fail(cx, s, msg);
        char hv = (char)tolower((unsigned char)*e);
        if (hv != 'h' && hv != 'v') return smesim_parse_fail(cx, e, "expected h or v after the tile number");
        v[1] = hv == 'v';
        e++;
        if (*e != '.' || tolower((unsigned char)e[1]) != param) return smesim_parse_fail(cx, e, msg);
        e = expect_char(e + 2, '[');
        if (!e) return smesim_parse_fail(cx, s, msg);
        const char *t = skip_ws(e);
        e = parse_regnum(t, 'w', 15, &v[2]);
        if (!e) return smesim_parse_fail(cx, t, "expected a slice index register w12-w15");
        e = expect_char(e, ',');
        if (!e) return smesim_parse_fail(cx, t, "expected ', offset' after the slice register");
        t = skip_ws(e);
        e = parse_int(t, &v[3]);
        if (!e) return smesim_parse_fail(cx, t, "expected a slice offset");
        e = expect_char(e, ']');
        return e ? e : smesim_parse_fail(cx, t, "expected ']'");
    }
    case SMESIM_KIND_zamask:
        return parse_zamask(s, v, cx);
    case SMESIM_KIND_label:
        return parse_label(s, param, v, cx);
    case SMESIM_KIND_cond:
        for (int i = 0; i < 16; i++)
            if ((e = match_word(s, cond_names[i]))) { *v = i; return e; }
        if ((e = match_word(s, "cs"))) { *v = 2; return e; }
        if ((e = match_word(s, "cc"))) { *v = 3; return e; }
        return smesim_parse_fail(cx, s, "expected a condition (eq, ne, lt, ...)");
    case SMESIM_KIND_shift:
        for (int i = 0; i < 4; i++)
            if ((e = match_word(s, shift_names[i]))) { *v = i; return e; }
        return smesim_parse_fail(cx, s, "expected lsl, lsr, asr or ror");
    case SMESIM_KIND_pat:
        for (int i = 0; i < 32; i++) {
            const char *n = pattern_name(i);
            if (n && (e = match_word(s, n))) { *v = i; return e; }
        }
        if (*s == '#') {
            e = parse_int(skip_ws(s + 1), v);
            if (e) return e;
        }
        return smesim_parse_fail(cx, s, "expected a predicate pattern (all, pow2, vl1, ...)");
    case SMESIM_KIND_fpimm:
        return parse_fpimm(s, v, cx);
    case SMESIM_KIND_rext:
        return parse_rext(s, param, v, cx);
    default:
        return smesim_parse_fail(cx, s, "internal: unknown operand kind");
    }
}
