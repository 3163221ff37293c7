/* decode/decode_impl.h — private to decode/: the shapes of the generated
 * tables (template tokens, forms, access specs), the field transforms with
 * their inverses, and small helpers the generated code calls.  Included by
 * build/gen/decode_tree.c and build/gen/tables.c and by the decode/ sources.
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
SMESIM_TF_OFFSET(plus_8, 8)
SMESIM_TF_OFFSET(plus_12, 12)
SMESIM_TF_OFFSET(plus_2, 2)     /* NEON arrangement index of .4h/.8h from Q */
SMESIM_TF_OFFSET(plus_4, 4)     /* ... of .2s/.4s/.2d from sz:Q */

/* ---- logical immediates (decode/bitmask.c): imm13 is N:immr:imms */
/* DecodeBitMasks' element size in bits (2 ... 64), or 0 if reserved */
int smesim_bitmask_esize(int64_t imm13);
/* the mask, replicated to regbits (32 or 64) bits; 0 if reserved */
int64_t smesim_bitmask_value(int64_t imm13, int regbits);
/* the imm13 of value (as regbits bits), or -1 if it has none */
int64_t smesim_bitmask_encode(int64_t value, int regbits);

/* ---- base A64 helpers for let=/if= expressions */
/* Whether v (as bits 32 or 64 bits) is a MOVZ or MOVN immediate: LLVM
 * prints ORR (immediate) from the zero register as MOV only when it is not */
static inline int smesim_movw_able(int64_t v, int bits)
{
    uint64_t m32 = bits == 32 ? 0xffffffffull : ~0ull;
    uint64_t p = (uint64_t)v & m32, n = ~(uint64_t)v & m32;
    for (int s = 0; s < bits; s += 16) {
        uint64_t m = (uint64_t)0xffff << s;
        if (!(p & ~m) || !(n & ~m)) return 1;
    }
    return 0;
}

/* A logical immediate's value as the instruction's register (sf) holds it:
 * 64 bits, or 32 bits sign-extended (LLVM prints MOV's immediate signed) */
static inline int64_t smesim_bitmask_signed(int64_t imm13, int64_t sf)
{
    return sf ? smesim_bitmask_value(imm13, 64) : (int32_t)(uint32_t)smesim_bitmask_value(imm13, 32);
}

/* the index of the highest set bit of v (0 for 0 and 1): the element size
 * of an Advanced SIMD shift from immh */
static inline int64_t smesim_msb(int64_t v)
{
    int n = 0;
    while (v > 1) { v >>= 1; n++; }
    return n;
}

/* the mnemonic of SYS operation op1:CRn:CRm:op2 as LLVM names it
 * (decode/sysops.def): 0 dc, 1 ic, 2 at, 3 tlbi, 4 cfp, 5 dvp, 6 cpp; -1 none */
int smesim_sysop_class(int64_t enc);

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
 * from assembly text those slots take those values.  Slots are argument
 * slots (0 .. SMESIM_MAX_ARGS-1) and then an alias's local values. */
enum { SMESIM_TOK_LIT, SMESIM_TOK_OP, SMESIM_TOK_OPT, SMESIM_TOK_END };

#define SMESIM_KIND_MAX_FIELDS 5

typedef struct smesim_tok {
    uint8_t type;
    uint8_t kind;        /* OP: enum smesim_kind */
    int8_t param;        /* OP: literal parameter (index in the kind's list), or -1 */
    int8_t pslot;        /* OP: slot holding the parameter, or -1 */
    uint8_t nslots;      /* OP: number of slots the kind takes */
    int8_t slot[SMESIM_KIND_MAX_FIELDS];
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
    int (*cond)(const smesim_args *a);
    void (*let)(const smesim_args *a, int64_t *locals);
    void (*set)(smesim_args *a, const int64_t *locals);
    uint8_t nlocals;
    uint8_t asmonly;     /* accepted by the assembler, never printed */
} smesim_form;

#define SMESIM_MAX_LOCALS 4
#define SMESIM_NUM_SLOTS (SMESIM_MAX_ARGS + SMESIM_MAX_LOCALS)

extern const smesim_tok smesim_toks[];
extern const smesim_optcond smesim_optconds[];
extern const smesim_form smesim_forms[];
extern const unsigned smesim_num_forms;
extern const uint16_t smesim_insn_forms[SMESIM_NUM_PATTERNS][2];
extern const uint16_t smesim_forms_by_mnemonic[];

/* ---- the encoder's tables: each pattern's fixed bits, its fields (where
 * their bits go) and its constants (which must hold) */
typedef struct smesim_encfield {
    int8_t slot;
    uint8_t width, sign, func, nparts;   /* func: transform id for smesim_tf_inv */
    uint8_t pos[3], len[3];              /* most significant part first */
} smesim_encfield;

typedef struct smesim_encinfo {
    uint32_t fixval, fixmask;
    uint16_t field0, nfields, const0, nconst;
    void (*set)(smesim_args *a);         /* pattern set=: derived values to fields */
} smesim_encinfo;

extern const smesim_encfield smesim_encfields[];
extern const smesim_optcond smesim_encconsts[];
extern const smesim_encinfo smesim_encinfos[SMESIM_NUM_PATTERNS];
int smesim_tf_inv(int func, int64_t v, uint64_t *raw);

/* ---- operand access specs: one per register operand and implicit state */
enum {
#define CLASS(name, text) SMESIM_CLASS_##name,
#include "decode/classes.def"
#undef CLASS
    SMESIM_NUM_CLASSES
};
enum { SMESIM_ACC_R = 1, SMESIM_ACC_W = 2, SMESIM_ACC_RW = 3 };
enum {
    SMESIM_IMPL_nzcv, SMESIM_IMPL_za, SMESIM_IMPL_zt0, SMESIM_IMPL_ffr,
    SMESIM_IMPL_sm, SMESIM_IMPL_x30, SMESIM_IMPL_sp, SMESIM_IMPL_fpcr,
    SMESIM_IMPL_fpsr, SMESIM_IMPL_fpmr
};

typedef struct smesim_accspec {
    uint8_t cls;         /* SMESIM_CLASS_* of the operand's main field */
    uint8_t mode;        /* SMESIM_ACC_* */
    int8_t param;        /* literal element size, or -1 */
    int8_t pslot;        /* slot holding the element size, or -1 */
    uint8_t nslots;
    int8_t slot[SMESIM_KIND_MAX_FIELDS];  /* the operand's fields; IMPLICIT: SMESIM_IMPL_* */
    uint8_t kind;        /* the operand's kind */
} smesim_accspec;

extern const smesim_accspec smesim_accspecs[];
extern const uint16_t smesim_insn_acc[SMESIM_NUM_PATTERNS][2];

/* ---- generated entry points */
int smesim_decode_args(uint32_t w, smesim_args *a);

/* Encodes the arguments of instruction id: 1 on success, else -(slot of
 * the first value that does not fit + 1), or 0. */
int smesim_encode_args(int id, const smesim_args *a, uint32_t *word);
/* Sets the constants (name=value in the pattern) of instruction id. */
void smesim_preset_consts(int id, smesim_args *a);

/* ---- operand kinds: printing and parsing (decode/operands_*.c) */
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
    unsigned unset;             /* fields (bit k: v[k]) the text left out */
} smesim_parse_ctx;

/* An integer expression (decode/expr.c): numbers, symbols, `.`, 1b/1f,
 * ( ), unary - + ~, binary * / % + - << >> & ^ |.  Returns the end or NULL. */
const char *smesim_parse_expr(const char *s, int64_t *v, smesim_parse_ctx *cx);

/* Record a failure at s (kept if it is the furthest so far); returns NULL. */
const char *smesim_parse_fail(smesim_parse_ctx *cx, const char *s, const char *msg);

/* Every kind K of decode/kinds.def has a printer and a parser, in any
 * decode/operands_*.c:
 *   smesim_kprint_K(sb, param, v): v holds the kind's fields; param is the
 *     kind parameter (index in the kind's list, e.g. the element size 0..4
 *     for "bhsdq"), or -1 for none.
 *   smesim_kparse_K(&param, s, v, cx): parses at s (blanks skipped), fills v,
 *     returns the end or NULL (after smesim_parse_fail).  *param in: the
 *     parameter required, -1 for none, or SMESIM_PARAM_READ to accept any the
 *     kind allows and give it back.  A field the text may leave out (zav's
 *     vgx) is marked in cx->unset (bit k for v[k]); the form's own applies. */
#define SMESIM_PARAM_READ (-2)
#define SMESIM_PRINT_KIND(name) void smesim_kprint_##name(smesim_sb *sb, int param, const int64_t *v)
#define SMESIM_PARSE_KIND(name) \
    const char *smesim_kparse_##name(int *param, const char *s, int64_t *v, smesim_parse_ctx *cx)
#define KIND(name, ...) SMESIM_PRINT_KIND(name); SMESIM_PARSE_KIND(name);
#include "decode/kinds.def"
#undef KIND

void smesim_kind_print(smesim_sb *sb, int kind, int param, const int64_t *v);
const char *smesim_kind_parse(int kind, int *param, const char *s, int64_t *v,
                              smesim_parse_ctx *cx);

/* ---- the operand toolkit (decode/operand_kit.c) */
extern const char smesim_esz_letters[];          /* "bhsdq" */
const char *smesim_skip_ws(const char *s);
int smesim_is_ident(int c);
/* case-insensitive keyword that must not run into an identifier */
const char *smesim_match_word(const char *s, const char *w);
/* [+-] decimal | 0x hex | 0b binary */
const char *smesim_parse_int(const char *s, int64_t *v);
/* prefix letter and a number in [0, max] */
const char *smesim_parse_regnum(const char *s, char prefix, int max, int64_t *v);
/* x0..x30 or the name of register 31 (xzr, sp) */
const char *smesim_parse_xreg(const char *s, char prefix, const char *r31, int64_t *v);
const char *smesim_expect_char(const char *s, char c);
/* x0, w30, sp, z3, p7, ...: what a bare immediate must not be */
int smesim_register_name(const char *s);
/* #expr or a bare expression; `:lo12:expr` its low 12 bits */
const char *smesim_parse_imm(const char *s, int64_t *v, smesim_parse_ctx *cx);
/* an element size suffix ".s", checked against or read into *param */
const char *smesim_parse_esz(const char *s, int *param, smesim_parse_ctx *cx);
void smesim_print_esz(smesim_sb *sb, int param);
void smesim_print_xreg(smesim_sb *sb, char prefix, int64_t r, const char *r31);

/* Element size letter <-> log2 bytes. */
int smesim_esz_of_letter(char c);

#endif
