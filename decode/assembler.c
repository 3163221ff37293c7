/* decode/assembler.c — the two-pass assembler: pass 1 sizes every statement
 * and places the labels, pass 2 encodes with every symbol known.  One
 * instruction at a time is decode/asm_insn.c's job; this file knows lines,
 * comments, labels, sections and directives.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/assembler.h"
#include "decode/decode_impl.h"
#include "decode/readfile.h"

enum { SEC_TEXT, SEC_DATA, SEC_BSS, NSEC };
static const char *const sec_names[NSEC] = { ".text", ".data", ".bss" };
static const unsigned sec_flags[NSEC] = {
    SMESIM_SEG_R | SMESIM_SEG_X, SMESIM_SEG_R | SMESIM_SEG_W, SMESIM_SEG_R | SMESIM_SEG_W
};

typedef struct sym {
    char *name;
    int sec;              /* -1: absolute (.equ) */
    uint64_t off;         /* offset in section, or the absolute value */
    int defined, global;
} sym;

typedef struct numlabel {       /* a numeric local label "1:" */
    unsigned long num, seq;     /* its number; the statement it was defined at */
    int sec;
    uint64_t off;
} numlabel;

typedef struct asmctx {
    const char *name;
    int pass;                       /* 1 or 2 */
    int cur;                        /* current section */
    int text_writable;              /* a .text section was given "w" ("awx") */
    uint64_t size[NSEC];            /* bytes emitted so far, per section */
    uint64_t addr[NSEC];            /* base addresses (after pass 1) */
    uint8_t *buf[NSEC];
    uint64_t cap[NSEC];
    unsigned *lines;                /* source line per .text word */
    sym *syms;
    size_t nsyms, symcap;
    size_t *hash;                   /* open addressing: index + 1, 0 empty */
    size_t hashcap;
    numlabel *nl;
    size_t nnl, nlcap;
    unsigned long seq;              /* statements seen in this pass */
    unsigned line;
    char *err;
    size_t errn;
    int failed;
} asmctx;

static int fail(asmctx *a, int col, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(asmctx *a, int col, const char *fmt, ...)
{
    if (a->failed) return 0;
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (col > 0) snprintf(a->err, a->errn, "%s:%u:%d: %s", a->name, a->line, col, msg);
    else snprintf(a->err, a->errn, "%s:%u: %s", a->name, a->line, msg);
    a->failed = 1;
    return 0;
}

/* ------------------------------------------------------------ symbols */
static size_t hash_str(const char *s, size_t n)
{
    size_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

static sym *sym_find(asmctx *a, const char *name, size_t n)
{
    if (!a->hashcap) return NULL;
    for (size_t h = hash_str(name, n) & (a->hashcap - 1);; h = (h + 1) & (a->hashcap - 1)) {
        size_t k = a->hash[h];
        if (!k) return NULL;
        sym *s = &a->syms[k - 1];
        if (strlen(s->name) == n && !memcmp(s->name, name, n)) return s;
    }
}

static sym *sym_get(asmctx *a, const char *name, size_t n)
{
    sym *s = sym_find(a, name, n);
    if (s) return s;
    if (a->nsyms * 2 >= a->hashcap) {
        size_t cap = a->hashcap ? a->hashcap * 2 : 256;
        size_t *h = calloc(cap, sizeof *h);
        if (!h) return NULL;
        free(a->hash);
        a->hash = h;
        a->hashcap = cap;
        for (size_t i = 0; i < a->nsyms; i++) {
            size_t k = hash_str(a->syms[i].name, strlen(a->syms[i].name)) & (cap - 1);
            while (h[k]) k = (k + 1) & (cap - 1);
            h[k] = i + 1;
        }
    }
    if (a->nsyms == a->symcap) {
        size_t cap = a->symcap ? a->symcap * 2 : 64;
        sym *p = realloc(a->syms, cap * sizeof *p);
        if (!p) return NULL;
        a->syms = p;
        a->symcap = cap;
    }
    s = &a->syms[a->nsyms];
    memset(s, 0, sizeof *s);
    s->name = malloc(n + 1);
    if (!s->name) return NULL;
    memcpy(s->name, name, n);
    s->name[n] = '\0';
    size_t k = hash_str(name, n) & (a->hashcap - 1);
    while (a->hash[k]) k = (k + 1) & (a->hashcap - 1);
    a->hash[k] = ++a->nsyms;
    return s;
}

static uint64_t sym_value(const asmctx *a, const sym *s)
{
    return s->sec < 0 ? s->off : a->addr[s->sec] + s->off;
}

/* 1b / 1f: the nearest numeric label 1 defined at or before this statement,
 * or after it. */
static int lookup_local(asmctx *a, const char *name, size_t n, uint64_t *value)
{
    unsigned long num = strtoul(name, NULL, 10);
    int back = name[n - 1] == 'b';
    const numlabel *best = NULL;
    for (size_t i = 0; i < a->nnl; i++) {
        const numlabel *l = &a->nl[i];
        if (l->num != num) continue;
        if (back && l->seq <= a->seq) best = l;
        if (!back && l->seq > a->seq) { best = l; break; }
    }
    if (!best) return a->pass == 1 && !back ? 2 : 0;
    *value = a->addr[best->sec] + best->off;
    return 1;
}

static int lookup(void *ctx, const char *name, size_t n, uint64_t *value)
{
    asmctx *a = ctx;
    if (n >= 2 && isdigit((unsigned char)name[0]) && (name[n - 1] == 'b' || name[n - 1] == 'f'))
        return lookup_local(a, name, n, value);
    sym *s = sym_find(a, name, n);
    if (!s || !s->defined) return a->pass == 1 ? 2 : 0;   /* later in the file, maybe */
    *value = sym_value(a, s);
    return 1;
}

/* ------------------------------------------------------------ emitting */
static int emit(asmctx *a, const void *p, uint64_t n, int col)
{
    if (a->cur == SEC_BSS) {
        const uint8_t *b = p;
        for (uint64_t i = 0; b && i < n; i++)
            if (b[i]) return fail(a, col, "non-zero contents in .bss");
    }
    if (a->pass == 2 && a->cur != SEC_BSS) {
        int s = a->cur;
        if (a->size[s] + n > a->cap[s]) {
            uint64_t cap = a->cap[s] ? a->cap[s] : 4096;
            while (cap < a->size[s] + n) cap *= 2;
            uint8_t *q = realloc(a->buf[s], cap);
            if (!q) return fail(a, col, "out of memory");
            a->buf[s] = q;
            a->cap[s] = cap;
        }
        if (p) memcpy(a->buf[s] + a->size[s], p, n);
        else memset(a->buf[s] + a->size[s], 0, n);
    }
    a->size[a->cur] += n;
    if (a->size[a->cur] > ((uint64_t)1 << 32)) return fail(a, col, "section larger than 4 GiB");
    return 1;
}

static int emit_fill(asmctx *a, uint64_t n, uint8_t fill, int col)
{
    uint8_t chunk[256];
    memset(chunk, fill, sizeof chunk);
    while (n) {
        uint64_t k = n < sizeof chunk ? n : sizeof chunk;
        if (!emit(a, chunk, k, col)) return 0;
        n -= k;
    }
    return 1;
}

/* ------------------------------------------------------------ lexing */
static const char *skip_ws(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\r') s++;
    return s;
}

static int ident_start(int c) { return isalpha(c) || c == '_' || c == '.' || c == '$'; }
static int ident_char(int c) { return isalnum(c) || c == '_' || c == '.' || c == '$'; }

/* An expression (decode/expr.c).  need: its value matters in the first
 * pass too (sizes, .equ), so every symbol in it must be defined already. */
static const char *parse_expr(asmctx *a, const char *s, const char *line0, int64_t *v, int need)
{
    smesim_parse_ctx cx;
    memset(&cx, 0, sizeof cx);
    cx.pc = a->addr[a->cur] + a->size[a->cur];
    cx.lookup = lookup;
    cx.lookup_ctx = a;
    cx.start = line0;
    const char *e = smesim_parse_expr(skip_ws(s), v, &cx);
    if (!e) {
        fail(a, (int)(cx.err_at - line0) + 1, "%s", cx.err);
        return NULL;
    }
    if (need && cx.unresolved) {
        fail(a, (int)(skip_ws(s) - line0) + 1, "a symbol here must be defined before this line");
        return NULL;
    }
    return e;
}

static int check_end(asmctx *a, const char *s, const char *line0)
{
    s = skip_ws(s);
    if (*s) return fail(a, (int)(s - line0) + 1, "unexpected text '%.20s'", s);
    return 1;
}

/* ------------------------------------------------------------ directives */
static int dir_data(asmctx *a, const char *s, const char *line0, int width)
{
    for (;;) {
        int64_t v;
        const char *at = skip_ws(s);
        s = parse_expr(a, s, line0, &v, 0);
        if (!s) return 0;
        if (width < 8) {
            int64_t lo = -((int64_t)1 << (width * 8 - 1)), hi = ((int64_t)1 << (width * 8)) - 1;
            if (a->pass == 2 && (v < lo || v > hi))
                return fail(a, (int)(at - line0) + 1, "value %lld does not fit in %d byte(s)",
                            (long long)v, width);
        }
        uint8_t b[8];
        for (int i = 0; i < width; i++) b[i] = (uint8_t)((uint64_t)v >> (8 * i));
        if (!emit(a, b, (uint64_t)width, (int)(at - line0) + 1)) return 0;
        s = skip_ws(s);
        if (*s != ',') return check_end(a, s, line0);
        s++;
    }
}

static int dir_float(asmctx *a, const char *s, const char *line0, int dbl)
{
    for (;;) {
        s = skip_ws(s);
        char *e;
        errno = 0;
        uint8_t b[8];
        if (dbl) {
            double d = strtod(s, &e);
            memcpy(b, &d, 8);
        } else {
            float f = strtof(s, &e);
            memcpy(b, &f, 4);
        }
        if (e == s) return fail(a, (int)(s - line0) + 1, "expected a floating-point number");
        if (!emit(a, b, dbl ? 8u : 4u, (int)(s - line0) + 1)) return 0;
        s = skip_ws(e);
        if (*s != ',') return check_end(a, s, line0);
        s++;
    }
}

static int dir_ascii(asmctx *a, const char *s, const char *line0, int zero)
{
    for (;;) {
        s = skip_ws(s);
        if (*s != '"') return fail(a, (int)(s - line0) + 1, "expected a string in double quotes");
        const char *q = s + 1;
        for (;;) {
            uint8_t c;
            if (!*q) return fail(a, (int)(s - line0) + 1, "unterminated string");
            if (*q == '"') break;
            if (*q == '\\') {
                q++;
                switch (*q) {
                case 'n': c = '\n'; break;
                case 't': c = '\t'; break;
                case 'r': c = '\r'; break;
                case '0': c = 0; break;
                case '\\': c = '\\'; break;
                case '"': c = '"'; break;
                default: return fail(a, (int)(q - line0) + 1, "unknown escape '\\%c'", *q ? *q : ' ');
                }
                q++;
            } else {
                c = (uint8_t)*q++;
            }
            if (!emit(a, &c, 1, (int)(q - line0))) return 0;
        }
        if (zero && !emit(a, "", 1, (int)(q - line0))) return 0;
        s = skip_ws(q + 1);
        if (*s != ',') return check_end(a, s, line0);
        s++;
    }
}

static int dir_align(asmctx *a, const char *s, const char *line0, int pow2)
{
    int64_t n, fill = 0;
    const char *at = skip_ws(s);
    s = parse_expr(a, s, line0, &n, 1);
    if (!s) return 0;
    if (pow2) {
        if (n < 0 || n > 16) return fail(a, (int)(at - line0) + 1, "alignment power must be 0..16");
        n = (int64_t)1 << n;
    }
    if (n <= 0 || n > 65536 || (n & (n - 1)))
        return fail(a, (int)(at - line0) + 1, "alignment must be a power of two up to 65536");
    s = skip_ws(s);
    if (*s == ',') {
        s = parse_expr(a, s + 1, line0, &fill, 1);
        if (!s) return 0;
    }
    if (!check_end(a, s, line0)) return 0;
    uint64_t pad = (uint64_t)(-(int64_t)a->size[a->cur]) & (uint64_t)(n - 1);
    if (a->cur == SEC_TEXT && !fill && pad % 4 == 0) {
        for (uint64_t i = 0; i < pad; i += 4) {   /* pad code with NOPs */
            static const uint8_t nop[4] = { 0x1f, 0x20, 0x03, 0xd5 };
            if (!emit(a, nop, 4, 0)) return 0;
        }
        return 1;
    }
    return emit_fill(a, pad, (uint8_t)fill, (int)(at - line0) + 1);
}

static int directive(asmctx *a, const char *s, const char *line0)
{
    const char *e = s + 1;
    while (ident_char((unsigned char)*e)) e++;
    size_t n = (size_t)(e - s);
    char d[24];
    if (n >= sizeof d) n = sizeof d - 1;
    memcpy(d, s, n);
    d[n] = '\0';
    for (char *p = d; *p; p++) *p = (char)tolower((unsigned char)*p);
    const char *args = e;
    int col = (int)(s - line0) + 1;

    if (!strcmp(d, ".text")) { a->cur = SEC_TEXT; return check_end(a, args, line0); }
    if (!strcmp(d, ".data")) { a->cur = SEC_DATA; return check_end(a, args, line0); }
    if (!strcmp(d, ".bss")) { a->cur = SEC_BSS; return check_end(a, args, line0); }
    if (!strcmp(d, ".section")) {
        const char *t = skip_ws(args);
        /* flags ("awx"): code that may be written (self-modifying, JITs)
         * makes the one text segment writable */
        const char *q = strchr(t, '"');
        if (!strncmp(t, ".text", 5) && q && strchr(q + 1, '"')) {
            for (const char *f = q + 1; *f && *f != '"'; f++)
                if (*f == 'w') a->text_writable = 1;
        }
        if (!strncmp(t, ".text", 5)) a->cur = SEC_TEXT;
        else if (!strncmp(t, ".bss", 4)) a->cur = SEC_BSS;
        else if (!strncmp(t, ".data", 5) || !strncmp(t, ".rodata", 7)) a->cur = SEC_DATA;
        else return fail(a, (int)(t - line0) + 1, "unknown section (use .text, .data, .rodata or .bss)");
        return 1;
    }
    if (!strcmp(d, ".global") || !strcmp(d, ".globl")) {
        const char *t = skip_ws(args), *u = t;
        if (!ident_start((unsigned char)*u)) return fail(a, (int)(t - line0) + 1, "expected a symbol name");
        while (ident_char((unsigned char)*u)) u++;
        sym *sy = sym_get(a, t, (size_t)(u - t));
        if (!sy) return fail(a, col, "out of memory");
        sy->global = 1;
        return check_end(a, u, line0);
    }
    if (!strcmp(d, ".equ") || !strcmp(d, ".set")) {
        const char *t = skip_ws(args), *u = t;
        if (!ident_start((unsigned char)*u)) return fail(a, (int)(t - line0) + 1, "expected a symbol name");
        while (ident_char((unsigned char)*u)) u++;
        const char *c = skip_ws(u);
        if (*c != ',') return fail(a, (int)(c - line0) + 1, "expected ',' after the symbol name");
        int64_t v;
        const char *r = parse_expr(a, c + 1, line0, &v, 1);
        if (!r || !check_end(a, r, line0)) return 0;
        sym *sy = sym_get(a, t, (size_t)(u - t));
        if (!sy) return fail(a, col, "out of memory");
        if (sy->defined && a->pass == 1)
            return fail(a, (int)(t - line0) + 1, "symbol '%s' defined twice", sy->name);
        sy->defined = 1;
        sy->sec = -1;
        sy->off = (uint64_t)v;
        return 1;
    }
    if (!strcmp(d, ".byte")) return dir_data(a, args, line0, 1);
    if (!strcmp(d, ".hword") || !strcmp(d, ".short") || !strcmp(d, ".2byte")) return dir_data(a, args, line0, 2);
    if (!strcmp(d, ".word") || !strcmp(d, ".long") || !strcmp(d, ".4byte") || !strcmp(d, ".int"))
        return dir_data(a, args, line0, 4);
    if (!strcmp(d, ".quad") || !strcmp(d, ".xword") || !strcmp(d, ".8byte")) return dir_data(a, args, line0, 8);
    if (!strcmp(d, ".float") || !strcmp(d, ".single")) return dir_float(a, args, line0, 0);
    if (!strcmp(d, ".double")) return dir_float(a, args, line0, 1);
    if (!strcmp(d, ".ascii")) return dir_ascii(a, args, line0, 0);
    if (!strcmp(d, ".asciz") || !strcmp(d, ".string")) return dir_ascii(a, args, line0, 1);
    if (!strcmp(d, ".skip") || !strcmp(d, ".space") || !strcmp(d, ".zero")) {
        int64_t nbytes, fill = 0;
        const char *at = skip_ws(args);
        const char *t = parse_expr(a, args, line0, &nbytes, 1);
        if (!t) return 0;
        t = skip_ws(t);
        if (*t == ',') {
            t = parse_expr(a, t + 1, line0, &fill, 1);
            if (!t) return 0;
        }
        if (!check_end(a, t, line0)) return 0;
        if (nbytes < 0 || nbytes > ((int64_t)1 << 30))
            return fail(a, (int)(at - line0) + 1, "size must be between 0 and 1 GiB");
        return emit_fill(a, (uint64_t)nbytes, (uint8_t)fill, (int)(at - line0) + 1);
    }
    if (!strcmp(d, ".balign")) return dir_align(a, args, line0, 0);
    if (!strcmp(d, ".p2align") || !strcmp(d, ".align")) return dir_align(a, args, line0, 1);
    static const char *const ignored[] = {
        ".type", ".size", ".file", ".ident", ".arch", ".arch_extension", ".variant_pcs",
        ".p2alignl", ".addrsig", ".cfi_startproc", ".cfi_endproc", ".cfi_def_cfa_offset",
        ".cfi_offset", ".cfi_def_cfa", ".cfi_restore", ".cfi_sections", ".local", ".weak",
        ".hidden", ".loh", ".previous", ".ltorg"
    };
    for (size_t i = 0; i < sizeof ignored / sizeof ignored[0]; i++)
        if (!strcmp(d, ignored[i])) return 1;
    return fail(a, col, "unknown directive '%s'", d);
}

/* ------------------------------------------------------------ statements */
static int instruction(asmctx *a, const char *s, const char *line0)
{
    int col = (int)(s - line0) + 1;
    if (a->cur != SEC_TEXT) return fail(a, col, "instruction outside .text");
    if (a->size[SEC_TEXT] & 3) return fail(a, col, "instruction not 4-byte aligned (add .balign 4)");
    uint64_t pc = a->addr[SEC_TEXT] + a->size[SEC_TEXT];
    uint32_t w = 0;
    smesim_asm_error e;
    if (!smesim_asm_insn(s, pc, lookup, a, &w, &e)) {
        if (a->pass == 1 && e.unresolved) w = 0;     /* pass 2 decides */
        else return fail(a, e.col ? (int)(s - line0) + e.col : col, "%s", e.msg);
    }
    if (a->pass == 2) {
        size_t idx = (size_t)(a->size[SEC_TEXT] / 4);
        a->lines[idx] = a->line;
    }
    uint8_t b[4] = { (uint8_t)w, (uint8_t)(w >> 8), (uint8_t)(w >> 16), (uint8_t)(w >> 24) };
    return emit(a, b, 4, col);
}

/* One statement (no comments, no ';'): labels, then a directive or an
 * instruction. */
static int statement(asmctx *a, char *s, const char *line0)
{
    a->seq++;
    for (;;) {
        s = (char *)skip_ws(s);
        if (!*s) return 1;
        const char *e = s;
        if (isdigit((unsigned char)*e)) {          /* 1: a numeric local label */
            while (isdigit((unsigned char)*e)) e++;
            const char *c = skip_ws(e);
            if (*c != ':') break;
            if (a->pass == 1) {
                if (a->nnl == a->nlcap) {
                    size_t cap = a->nlcap ? a->nlcap * 2 : 32;
                    numlabel *p = realloc(a->nl, cap * sizeof *p);
                    if (!p) return fail(a, (int)(s - line0) + 1, "out of memory");
                    a->nl = p;
                    a->nlcap = cap;
                }
                numlabel *l = &a->nl[a->nnl++];
                l->num = strtoul(s, NULL, 10);
                l->seq = a->seq;
                l->sec = a->cur;
                l->off = a->size[a->cur];
            }
            s = (char *)c + 1;
            continue;
        }
        if (!ident_start((unsigned char)*e)) break;
        while (ident_char((unsigned char)*e)) e++;
        const char *c = skip_ws(e);
        if (*c != ':') break;
        if (a->pass == 1) {
            sym *sy = sym_get(a, s, (size_t)(e - s));
            if (!sy) return fail(a, (int)(s - line0) + 1, "out of memory");
            if (sy->defined)
                return fail(a, (int)(s - line0) + 1, "label '%s' defined twice", sy->name);
            sy->defined = 1;
            sy->sec = a->cur;
            sy->off = a->size[a->cur];
        }
        s = (char *)c + 1;
    }
    if (*s == '.' && isalpha((unsigned char)s[1])) return directive(a, s, line0);
    return instruction(a, s, line0);
}

/* Runs one pass over the whole text. */
static int run_pass(asmctx *a, const char *text, size_t len)
{
    char *line = malloc(len + 1);
    if (!line) return fail(a, 0, "out of memory");
    int in_block = 0;
    size_t i = 0;
    a->line = 0;
    a->seq = 0;
    a->cur = SEC_TEXT;
    memset(a->size, 0, sizeof a->size);
    while (i < len && !a->failed) {
        size_t j = i;
        while (j < len && text[j] != '\n') j++;
        a->line++;
        size_t n = j - i;
        memcpy(line, text + i, n);
        line[n] = '\0';
        if (memchr(line, '\0', n)) {
            fail(a, (int)(strlen(line) + 1), "a NUL byte: not a text file");
            break;
        }
        /* strip comments, keeping columns: blank them out */
        int in_str = 0;
        for (size_t k = 0; k < n; k++) {
            if (in_block) {
                if (line[k] == '*' && line[k + 1] == '/') { line[k] = line[k + 1] = ' '; in_block = 0; k++; }
                else line[k] = ' ';
                continue;
            }
            if (in_str) {
                if (line[k] == '\\' && k + 1 < n) k++;
                else if (line[k] == '"') in_str = 0;
                continue;
            }
            if (line[k] == '"') in_str = 1;
            else if (line[k] == '/' && line[k + 1] == '/') { line[k] = '\0'; break; }
            else if (line[k] == '/' && line[k + 1] == '*') { line[k] = line[k + 1] = ' '; in_block = 1; k++; }
        }
        /* code (outside comments and strings) is plain ASCII */
        in_str = 0;
        for (size_t k = 0; line[k]; k++) {
            if (in_str) {
                if (line[k] == '\\' && line[k + 1]) k++;
                else if (line[k] == '"') in_str = 0;
            } else if (line[k] == '"') {
                in_str = 1;
            } else if ((unsigned char)line[k] >= 0x80) {
                fail(a, (int)k + 1, "not plain ASCII (only comments and strings may hold other bytes)");
                break;
            }
        }
        if (a->failed) break;
        /* split at ';' outside strings */
        char *st = line;
        in_str = 0;
        for (char *p = line;; p++) {
            if (in_str && *p) {
                if (*p == '\\' && p[1]) p++;
                else if (*p == '"') in_str = 0;
                continue;
            }
            if (*p == '"') { in_str = 1; continue; }
            if (*p == ';' || !*p) {
                int end = !*p;
                *p = '\0';
                if (!statement(a, st, line)) break;
                if (end) break;
                st = p + 1;
            }
        }
        i = j + 1;
    }
    free(line);
    if (!a->failed && in_block) { a->line++; fail(a, 0, "unterminated /* comment"); }
    return !a->failed;
}

static void ctx_free(asmctx *a)
{
    for (size_t i = 0; i < a->nsyms; i++) free(a->syms[i].name);
    free(a->syms);
    free(a->hash);
    free(a->nl);
    for (int s = 0; s < NSEC; s++) free(a->buf[s]);
    free(a->lines);
}

int smesim_assemble(const char *name, const char *text, size_t len, smesim_image *img,
                    char *err, size_t errn)
{
    asmctx a;
    memset(&a, 0, sizeof a);
    a.name = name;
    a.err = err;
    a.errn = errn;
    memset(img, 0, sizeof *img);

    a.pass = 1;
    a.addr[SEC_TEXT] = SMESIM_ASM_TEXT_ADDR;
    if (!run_pass(&a, text, len)) goto bad;
    /* layout */
    uint64_t end = a.addr[SEC_TEXT] + a.size[SEC_TEXT];
    for (int s = SEC_DATA; s < NSEC; s++) {
        a.addr[s] = (end + 0xffff) & ~(uint64_t)0xffff;
        if (a.addr[s] == end) a.addr[s] += 0x10000;
        end = a.addr[s] + a.size[s];
    }
    for (size_t i = 0; i < a.nsyms; i++)
        if (a.syms[i].global && !a.syms[i].defined) {
            a.line = 0;
            snprintf(err, errn, "%s: global symbol '%s' is never defined", name, a.syms[i].name);
            goto bad;
        }
    a.lines = calloc(a.size[SEC_TEXT] / 4 + 1, sizeof *a.lines);
    if (!a.lines) { snprintf(err, errn, "%s: out of memory", name); goto bad; }
    a.pass = 2;
    if (!run_pass(&a, text, len)) goto bad;

    /* the image */
    img->path = strdup(name);
    img->seg = calloc(NSEC, sizeof *img->seg);
    img->sym = calloc(a.nsyms ? a.nsyms : 1, sizeof *img->sym);
    if (!img->path || !img->seg || !img->sym) { snprintf(err, errn, "%s: out of memory", name); goto bad; }
    for (int s = 0; s < NSEC; s++) {
        if (!a.size[s] && s != SEC_TEXT) continue;
        smesim_segment *g = &img->seg[img->nseg++];
        snprintf(g->name, sizeof g->name, "%s", sec_names[s]);
        g->addr = a.addr[s];
        g->memsz = a.size[s];
        g->filesz = s == SEC_BSS ? 0 : a.size[s];
        g->bytes = s == SEC_BSS ? NULL : a.buf[s];
        g->flags = sec_flags[s] | (s == SEC_TEXT && a.text_writable ? SMESIM_SEG_W : 0u);
        a.buf[s] = NULL;
    }
    for (size_t i = 0; i < a.nsyms; i++) {
        if (!a.syms[i].defined) continue;
        smesim_symbol *o = &img->sym[img->nsym++];
        o->name = a.syms[i].name;
        o->value = sym_value(&a, &a.syms[i]);
        o->global = a.syms[i].global;
        a.syms[i].name = NULL;
    }
    uint64_t start;
    img->entry = smesim_image_symbol(img, "_start", &start) ? start : a.addr[SEC_TEXT];
    img->text_addr = a.addr[SEC_TEXT];
    img->line = a.lines;
    img->nlines = (size_t)(a.size[SEC_TEXT] / 4);
    a.lines = NULL;
    ctx_free(&a);
    return 1;
bad:
    ctx_free(&a);
    smesim_image_free(img);
    return 0;
}

int smesim_assemble_file(const char *path, smesim_image *img, char *err, size_t errn)
{
    memset(img, 0, sizeof *img);
    size_t len;
    uint8_t *buf = smesim_read_file(path, (size_t)1 << 30, &len, err, errn);
    if (!buf) return 0;
    int ok = smesim_assemble(path, (const char *)buf, len, img, err, errn);
    free(buf);
    return ok;
}
