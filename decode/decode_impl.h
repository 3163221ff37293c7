/* decode/decode_impl.h — private to decode/: the shapes of the generated
 * tables (template tokens, forms, access specs), the field transforms with
 * their inverses, and small helpers the generated code calls.  Included by
 * build/gen/decode_tree.c and build/gen/forms.c and by the decode/ sources.
 */
#ifndef SMESIM_DECODE_IMPL_H
#define SMESIM_DECODE_IMPL_H

#include <stdint.h>

#include "decode/decode.h"

/* ---- helpers for generated code */
static inline int64_t smesim_sext(int64_t v, int bits)
{
    uint64_t m = (uint64_t)1 << (bits - 1);
    uint64_t u = (uint64_t)v & ((m << 1) - 1);
    return (int64_t)(u ^ m) - (int64_t)m;
}

static inline int smesim_fits_s(int64_t v, int bits)
{
    int64_t lim = (int64_t)1 << (bits - 1);
    return v >= -lim && v < lim;
}

static inline int smesim_ctz64(uint64_t v)
{
    return v ? __builtin_ctzll(v) : 64;
}

/* ---- field transforms: tf_X(raw) gives the field's value; tf_X_inv(value,
 * &raw) gives the raw bits back, or 0 if the value has no encoding. */
#define SMESIM_TF_SCALE(name, k)                                         \
    static inline int64_t tf_##name(int64_t raw) { return raw * (k); } \
    static inline int tf_##name##_inv(int64_t v, uint64_t *raw)          \
    {                                                                    \
        if (v % (k)) return 0;                                           \
        *raw = (uint64_t)(v / (k));                                      \
        return 1;                                                        \
    }
SMESIM_TF_SCALE(times_2, 2)
SMESIM_TF_SCALE(times_4, 4)
SMESIM_TF_SCALE(times_8, 8)
SMESIM_TF_SCALE(times_12, 12)
SMESIM_TF_SCALE(times_16, 16)

#define SMESIM_TF_OFFSET(name, k)                                        \
    static inline int64_t tf_##name(int64_t raw) { return raw + (k); } \
    static inline int tf_##name##_inv(int64_t v, uint64_t *raw)          \
    {                                                                    \
        if (v < (k)) return 0;                                           \
        *raw = (uint64_t)(v - (k));                                      \
        return 1;                                                        \
    }
SMESIM_TF_OFFSET(plus_1, 1)
SMESIM_TF_OFFSET(plus_12, 12)

/* ---- operand kinds (decode/kinds.def) */
enum smesim_kind {
#define KIND(name, ...) SMESIM_KIND_##name,
#include "decode/kinds.def"
#undef KIND
    SMESIM_NUM_KINDS
};

/* ---- compiled templates: a flat token array.  An OPT token opens an
 * optional group that runs to its matching END; the group is printed unless
 * every one of its conditions (slot == value) holds, and when it is absent
 * from assembly text those slots take those values. */
enum { SMESIM_TOK_LIT, SMESIM_TOK_OP, SMESIM_TOK_OPT, SMESIM_TOK_END };

typedef struct smesim_tok {
    uint8_t type;
    uint8_t kind;        /* OP: enum smesim_kind */
    char param;          /* OP: kind parameter ('s', 'p', '3', ...) or 0 */
    uint8_t nslots;      /* OP: number of slots the kind takes */
    int16_t slot[4];     /* OP: slots: field index, or NUM_FIELDS + local */
    const char *lit;     /* LIT: the text */
    uint16_t cond0;      /* OPT: first entry in smesim_optconds */
    uint16_t ncond;      /* OPT: number of conditions */
} smesim_tok;

typedef struct smesim_optcond {
    int16_t slot;
    int64_t value;
} smesim_optcond;

/* A form is one way to write an instruction: the pattern's own template,
 * or an alias of it (with a condition, and let/set to convert between the
 * alias's values and the fields). */
typedef struct smesim_form {
    int16_t insn;
    const char *mnemonic;
    uint16_t tok0, ntok;
    int (*cond)(const smesim_fields *f);
    void (*let)(const smesim_fields *f, int64_t *locals);
    void (*set)(smesim_fields *f, const int64_t *locals);
    uint8_t nlocals;
    uint8_t asmonly;     /* accepted by the assembler, never printed */
} smesim_form;

#define SMESIM_MAX_LOCALS 4
#define SMESIM_NUM_SLOTS (SMESIM_NUM_FIELDS + SMESIM_MAX_LOCALS)

extern const smesim_tok smesim_toks[];
extern const smesim_optcond smesim_optconds[];
extern const smesim_form smesim_forms[];
extern const unsigned smesim_num_forms;
extern const uint16_t smesim_insn_forms[SMESIM_NUM_PATTERNS][2];
extern const uint16_t smesim_forms_by_mnemonic[];

/* ---- operand access specs */
enum {
    SMESIM_CLASS_NONE, SMESIM_CLASS_XZR, SMESIM_CLASS_XSP, SMESIM_CLASS_Z,
    SMESIM_CLASS_P, SMESIM_CLASS_ZATILE, SMESIM_CLASS_ZAMASK,
    SMESIM_CLASS_IMPLICIT
};
enum { SMESIM_ACC_R = 1, SMESIM_ACC_W = 2, SMESIM_ACC_RW = 3 };
enum {
    SMESIM_IMPL_nzcv, SMESIM_IMPL_za, SMESIM_IMPL_zt0, SMESIM_IMPL_ffr,
    SMESIM_IMPL_sm, SMESIM_IMPL_x30, SMESIM_IMPL_sp
};

typedef struct smesim_accspec {
    uint8_t cls;
    uint8_t slot;        /* field index, or SMESIM_IMPL_* for IMPLICIT */
    char param;          /* element size letter for ZATILE */
    uint8_t mode;        /* SMESIM_ACC_* */
} smesim_accspec;

extern const smesim_accspec smesim_accspecs[];
extern const uint16_t smesim_insn_acc[SMESIM_NUM_PATTERNS][2];

/* ---- generated entry points */
int smesim_decode_fields(uint32_t w, smesim_fields *f);
/* Encodes fields as instruction id: 1 on success, else -(index of the
 * first field that does not fit + 1), or 0. */
int smesim_encode_fields(int id, const smesim_fields *f, uint32_t *word);
/* Sets the constant fields (field=value in the pattern) of instruction id. */
void smesim_preset_consts(int id, smesim_fields *f);

/* ---- operand kinds: printing and parsing (decode/operands.c) */
typedef struct smesim_sb {      /* a bounded string builder */
    char *buf;
    size_t cap, len;            /* len may exceed cap: what was wanted */
} smesim_sb;

void smesim_sb_puts(smesim_sb *sb, const char *s);
void smesim_sb_printf(smesim_sb *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

typedef struct smesim_parse_ctx {
    uint64_t pc;
    smesim_symbol_fn lookup;
    void *lookup_ctx;
    const char *start;          /* start of the whole text, for columns */
    const char *err_at;         /* furthest failure seen, and why */
    char err[120];
    int parsed;                 /* err is from a form that parsed fully */
    int unresolved;             /* a symbol was taken as 0 (no lookup: first pass) */
} smesim_parse_ctx;

/* An integer expression (decode/expr.c): numbers, symbols, `.`, 1b/1f,
 * ( ), unary - + ~, binary * / % + - << >> & ^ |.  Returns the end or NULL. */
const char *smesim_parse_expr(const char *s, int64_t *v, smesim_parse_ctx *cx);

/* Record a failure at s (kept if it is the furthest so far); returns NULL. */
const char *smesim_parse_fail(smesim_parse_ctx *cx, const char *s, const char *msg);

void smesim_kind_print(smesim_sb *sb, int kind, char param, const int64_t *v);
/* Parses one operand of `kind` at s; returns the end, or NULL. */
const char *smesim_kind_parse(int kind, char param, const char *s, int64_t *v,
                              smesim_parse_ctx *cx);

/* Element size letter <-> log2 bytes. */
int smesim_esz_of_letter(char c);

#endif
