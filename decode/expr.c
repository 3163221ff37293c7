/* decode/expr.c — the assembler's integer expressions, shared by operands
 * (immediates, branch targets) and directives: numbers (decimal, 0x, 0b),
 * symbols, `.` (the current address), local label references (1b, 2f),
 * parentheses, unary - + ~, and binary * / % + - << >> & ^ | with C's
 * precedence.  Arithmetic wraps at 64 bits.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "decode/decode_impl.h"

static const char *skip_ws(const char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    return s;
}

static int ident_start(int c) { return isalpha(c) || c == '_' || c == '.' || c == '$'; }
static int ident_char(int c) { return isalnum(c) || c == '_' || c == '.' || c == '$'; }

static const char *binary(const char *s, int min_prec, uint64_t *v, smesim_parse_ctx *cx);

/* A symbol's value through cx->lookup; one not known yet counts as 0 and
 * marks the result unresolved.  Without a lookup there are no symbols. */
static const char *symbol(const char *s, size_t n, uint64_t *v, smesim_parse_ctx *cx)
{
    int r = cx->lookup ? cx->lookup(cx->lookup_ctx, s, n, v) : 0;
    if (r == 2) {
        cx->unresolved = 1;
        *v = 0;
        return s + n;
    }
    if (r != 1) {
        char msg[96];
        snprintf(msg, sizeof msg, "undefined symbol '%.*s'", (int)(n > 60 ? 60 : n), s);
        return smesim_parse_fail(cx, s, msg);
    }
    return s + n;
}

static const char *number(const char *s, uint64_t *v, smesim_parse_ctx *cx)
{
    const char *p = s;
    uint64_t acc = 0;
    int base = 10;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) { base = 16; p += 2; }
    else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B') && (p[2] == '0' || p[2] == '1')) { base = 2; p += 2; }
    const char *digits = p;
    for (;; p++) {
        int d;
        if (isdigit((unsigned char)*p)) d = *p - '0';
        else if (base == 16 && isxdigit((unsigned char)*p)) d = tolower((unsigned char)*p) - 'a' + 10;
        else break;
        if (d >= base) return smesim_parse_fail(cx, s, "bad digit in a number");
        if (acc > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) return smesim_parse_fail(cx, s, "number too large");
        acc = acc * (uint64_t)base + (uint64_t)d;
    }
    if (p == digits) return smesim_parse_fail(cx, s, "expected a number");
    /* 1b / 1f: a reference to the numeric local label 1, backwards or forwards */
    if (base == 10 && (*p == 'b' || *p == 'f') && !ident_char((unsigned char)p[1]))
        return symbol(s, (size_t)(p + 1 - s), v, cx);
    if (ident_char((unsigned char)*p)) return smesim_parse_fail(cx, s, "bad number");
    *v = acc;
    return p;
}

static const char *primary(const char *s, uint64_t *v, smesim_parse_ctx *cx)
{
    s = skip_ws(s);
    if (*s == '(') {
        const char *e = binary(s + 1, 0, v, cx);
        if (!e) return NULL;
        e = skip_ws(e);
        if (*e != ')') return smesim_parse_fail(cx, e, "expected ')'");
        return e + 1;
    }
    if (*s == '-' || *s == '+' || *s == '~') {
        const char *e = primary(s + 1, v, cx);
        if (!e) return NULL;
        if (*s == '-') *v = 0 - *v;
        else if (*s == '~') *v = ~*v;
        return e;
    }
    if (isdigit((unsigned char)*s)) return number(s, v, cx);
    if (*s == '.' && !ident_char((unsigned char)s[1])) {
        *v = cx->pc;
        return s + 1;
    }
    if (ident_start((unsigned char)*s)) {
        const char *e = s;
        while (ident_char((unsigned char)*e)) e++;
        return symbol(s, (size_t)(e - s), v, cx);
    }
    return smesim_parse_fail(cx, s, "expected a number or a symbol");
}

/* The binary operator at s: its precedence (C's order: | ^ & shifts
 * additive multiplicative) and length; 0 if there is none. */
static int op_prec(const char *s, int *len)
{
    *len = 1;
    switch (*s) {
    case '|': return 1;
    case '^': return 2;
    case '&': return 3;
    case '<': case '>':
        if (s[1] != s[0]) return 0;
        *len = 2;
        return 4;
    case '+': case '-': return 5;
    case '*': case '/': case '%': return 6;
    default: return 0;
    }
}

static const char *binary(const char *s, int min_prec, uint64_t *v, smesim_parse_ctx *cx)
{
    const char *e = primary(s, v, cx);
    if (!e) return NULL;
    for (;;) {
        const char *o = skip_ws(e);
        int len, prec = op_prec(o, &len);
        if (!prec || prec <= min_prec) return e;
        uint64_t r;
        const char *next = binary(o + len, prec, &r, cx);
        if (!next) return NULL;
        switch (*o) {
        case '*': *v *= r; break;
        case '/':
        case '%':
            if (!r) return smesim_parse_fail(cx, o, "division by zero");
            if (*o == '/') *v = (uint64_t)((int64_t)*v / (int64_t)r);
            else *v = (uint64_t)((int64_t)*v % (int64_t)r);
            break;
        case '+': *v += r; break;
        case '-': *v -= r; break;
        case '<': *v = r >= 64 ? 0 : *v << r; break;
        case '>': *v = r >= 64 ? 0 : *v >> r; break;
        case '&': *v &= r; break;
        case '^': *v ^= r; break;
        case '|': *v |= r; break;
        }
        e = next;
    }
}

const char *smesim_parse_expr(const char *s, int64_t *v, smesim_parse_ctx *cx)
{
    uint64_t u = 0;
    const char *e = binary(s, 0, &u, cx);
    if (e) *v = (int64_t)u;
    return e;
}
