/* decode/operand_kit.c — the pieces every operand printer and parser
 * uses: a bounded string builder, blanks, numbers, register names, element
 * size suffixes, immediates and the one failure reporter.  The kinds
 * themselves live in decode/operands_*.c.
 */
#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decode/decode_impl.h"

const char smesim_esz_letters[] = "bhsdq";

void smesim_sb_putn_slow(smesim_sb *sb, const char *s, size_t n)
{
    if (sb->len + 1 < sb->cap) {
        size_t room = sb->cap - sb->len - 1;
        memcpy(sb->buf + sb->len, s, n < room ? n : room);
    }
    sb->len += n;
}

size_t smesim_sb_end(smesim_sb *sb)
{
    if (sb->cap) sb->buf[sb->len < sb->cap ? sb->len : sb->cap - 1] = '\0';
    return sb->len;
}

void smesim_sb_puts(smesim_sb *sb, const char *s)
{
    smesim_sb_putn(sb, s, strlen(s));
}

void smesim_sb_putu_slow(smesim_sb *sb, uint64_t v)
{
    char tmp[24];
    int i = (int)sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    smesim_sb_putn(sb, tmp + i, sizeof tmp - (size_t)i);
}

void smesim_sb_puti(smesim_sb *sb, int64_t v)
{
    if (v < 0) {
        smesim_sb_putc(sb, '-');
        smesim_sb_putu(sb, 0 - (uint64_t)v);
    } else {
        smesim_sb_putu(sb, (uint64_t)v);
    }
}

void smesim_sb_putx(smesim_sb *sb, uint64_t v)
{
    char tmp[16];
    int i = (int)sizeof tmp;
    do {
        tmp[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    smesim_sb_putn(sb, tmp + i, sizeof tmp - (size_t)i);
}

void smesim_sb_reg(smesim_sb *sb, char prefix, int64_t n)
{
    smesim_sb_putc(sb, prefix);
    smesim_sb_putu(sb, (uint64_t)n);
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

const char *smesim_parse_fail(smesim_parse_ctx *cx, const char *s, const char *msg)
{
    if (cx->parsed) return NULL;      /* a form that parsed explains it better */
    if (!cx->err_at || s > cx->err_at || !cx->err[0]) {
        cx->err_at = s;
        snprintf(cx->err, sizeof cx->err, "%s", msg);
    }
    return NULL;
}

const char *smesim_skip_ws(const char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    return s;
}

int smesim_is_ident(int c)
{
    return isalnum(c) || c == '_' || c == '.' || c == '$';
}

/* Case-insensitive keyword match that must not run into an identifier. */
const char *smesim_match_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)s[i]) != w[i]) return NULL;
    if (smesim_is_ident((unsigned char)s[n]) && s[n] != '.') return NULL;
    return s + n;
}

/* An integer: [+-] decimal | 0x hex | 0b binary. */
const char *smesim_parse_int(const char *s, int64_t *v)
{
    int neg = 0;
    if (*s == '-' || *s == '+') { neg = *s == '-'; s = smesim_skip_ws(s + 1); }
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
    if (s == start || smesim_is_ident((unsigned char)*s)) return NULL;
    *v = neg ? (int64_t)(0 - acc) : (int64_t)acc;
    return s;
}

/* A register: prefix letter and a number in [0, max]; returns end or NULL. */
const char *smesim_parse_regnum(const char *s, char prefix, int max, int64_t *v)
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
const char *smesim_parse_xreg(const char *s, char prefix, const char *r31, int64_t *v)
{
    const char *e = smesim_match_word(s, r31);
    if (e) { *v = 31; return e; }
    e = smesim_parse_regnum(s, prefix, 30, v);
    if (e && smesim_is_ident((unsigned char)*e)) return NULL;
    return e;
}

const char *smesim_expect_char(const char *s, char c)
{
    s = smesim_skip_ws(s);
    return *s == c ? s + 1 : NULL;
}

/* Whether the identifier at s is a register name (x0, w30, sp, z3, p7, ...),
 * which a bare immediate must not be mistaken for. */
int smesim_register_name(const char *s)
{
    static const char *const names[] = { "sp", "wsp", "xzr", "wzr", "za" };
    size_t n = 0;
    while (smesim_is_ident((unsigned char)s[n]) && s[n] != '.') n++;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i]) == n && !strncasecmp(s, names[i], n)) return 1;
    if (n < 2 || !strchr("xwzpXWZP", s[0])) return 0;
    for (size_t i = 1; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

/* #expr, or a bare expression; `:lo12:expr` gives its low 12 bits. */
const char *smesim_parse_imm(const char *s, int64_t *v, smesim_parse_ctx *cx)
{
    int hash = *s == '#';
    if (hash) s = smesim_skip_ws(s + 1);
    int lo12 = strncmp(s, ":lo12:", 6) == 0;
    if (lo12) s = smesim_skip_ws(s + 6);
    else if (!(isdigit((unsigned char)*s) || *s == '-' || *s == '+' || *s == '~' || *s == '(' ||
               isalpha((unsigned char)*s) || *s == '_' || *s == '.') ||
             (!hash && smesim_register_name(s)))
        return smesim_parse_fail(cx, s, "expected an immediate");
    const char *e = smesim_parse_expr(s, v, cx);
    if (!e) return NULL;
    if (lo12) *v &= 0xfff;
    return e;
}

/* An element-size suffix ".s" at s, checked against *param (or read into
 * it, or refused when the kind takes none). */
const char *smesim_parse_esz(const char *s, int *param, smesim_parse_ctx *cx)
{
    if (*param == -1) {
        if (*s == '.') return smesim_parse_fail(cx, s, "unexpected element size");
        return s;
    }
    int esz = *s == '.' ? smesim_esz_of_letter(s[1]) : -1;
    if (esz < 0 || smesim_is_ident((unsigned char)s[2])) {
        if (*param >= 0) {
            char msg[64];
            snprintf(msg, sizeof msg, "expected element size .%c", smesim_esz_letters[*param]);
            return smesim_parse_fail(cx, s, msg);
        }
        return smesim_parse_fail(cx, s, "expected an element size .b, .h, .s, .d or .q");
    }
    if (*param >= 0 && esz != *param) {
        char msg[64];
        snprintf(msg, sizeof msg, "expected element size .%c", smesim_esz_letters[*param]);
        return smesim_parse_fail(cx, s, msg);
    }
    *param = esz;
    return s + 2;
}

void smesim_print_xreg(smesim_sb *sb, char prefix, int64_t r, const char *r31)
{
    if (r == 31) smesim_sb_puts(sb, r31);
    else smesim_sb_reg(sb, prefix, r);
}

/* ".s" for an element size, nothing for none */
void smesim_print_esz(smesim_sb *sb, int param)
{
    if (param >= 0 && param < 5) {
        smesim_sb_putc(sb, '.');
        smesim_sb_putc(sb, smesim_esz_letters[param]);
    }
}
