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

/* SVE shifts by immediate and narrowing extracts encode the element size
 * as the highest set bit of a tsz field: 1 -> 0 (.b), 2-3 -> 1 (.h), 4-7 ->
 * 2 (.s), 8-15 -> 3 (.d).  tsz 0 is reserved (the patterns refuse it with
 * if=); it gives 0 so that let= values computed from it stay defined. */
static inline int64_t smesim_tsz_hsb(int64_t tsz)
{
    return tsz > 0 ? 63 - __builtin_clzll((uint64_t)tsz) : 0;
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
SMESIM_TF_SCALE(times_90, 90)       /* complex rotations #0, #90, #180, #270 */
SMESIM_TF_SCALE(times_3, 3)
SMESIM_TF_SCALE(times_32, 32)

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

/* k - raw: a field stored complemented (the element size of SVE's
 * sign-extending loads, 3 - esz in the dtype field) */
#define SMESIM_TF_RSUB(name, k)                                          \
    static inline int64_t tf_##name(int64_t raw) { return (k) - raw; } \
    static inline int tf_##name##_inv(int64_t v, uint64_t *raw)          \
    {                                                                    \
        if (v > (k)) return 0;                                           \
        *raw = (uint64_t)((k) - v);                                      \
        return 1;                                                        \
    }
SMESIM_TF_RSUB(rsub_3, 3)

/* ---- SVE shifts and rotations by an immediate, encoded as tsz:imm3 (a
 * 7-bit field `tszimm`): the element size is the highest set bit of tsz
 * (0 if tsz is 0, which is reserved: test tszimm >= 8); a right shift or
 * rotation counts down from twice the element's bits, a left shift up from
 * its bits.  The _inv forms give tszimm back for an element size and amount. */
static inline int64_t smesim_tsz_esz(int64_t tszimm)
{
    int64_t tsz = tszimm >> 3;
    return tsz >= 8 ? 3 : tsz >= 4 ? 2 : tsz >= 2 ? 1 : 0;
}
static inline int64_t smesim_tsz_shr(int64_t tszimm)
{
    return (16 << smesim_tsz_esz(tszimm)) - tszimm;
}
static inline int64_t smesim_tsz_shl(int64_t tszimm)
{
    return tszimm - (8 << smesim_tsz_esz(tszimm));
}
static inline int64_t smesim_tsz_shr_inv(int64_t esz, int64_t sh) { return (16 << (esz & 3)) - sh; }
static inline int64_t smesim_tsz_shl_inv(int64_t esz, int64_t sh) { return (8 << (esz & 3)) + sh; }

/* complex rotations: FCMLA's #0/#90/#180/#270, and FCADD's one bit, which
 * is #90 (0) or #270 (1) */
static inline int64_t tf_rot_90_270(int64_t raw) { return raw ? 270 : 90; }
static inline int tf_rot_90_270_inv(int64_t v, uint64_t *raw)
{
    if (v != 90 && v != 270) return 0;
    *raw = v == 270;
    return 1;
}

/* SME2 strided register lists name their first register by T:Zt, T being
 * its bit 4: { z(16T+Zt), z(16T+Zt+8) } with Zt 0..7 (zstride2), and
 * { z(16T+Zt), +4, +8, +12 } with Zt 0..3 (zstride4). */
static inline int64_t tf_zstride2(int64_t raw) { return (raw & 8) << 1 | (raw & 7); }
static inline int tf_zstride2_inv(int64_t v, uint64_t *raw)
{
    if (v < 0 || v > 31 || (v & 8)) return 0;
    *raw = (uint64_t)((v >> 1 & 8) | (v & 7));
    return 1;
}
static inline int64_t tf_zstride4(int64_t raw) { return (raw & 4) << 2 | (raw & 3); }
static inline int tf_zstride4_inv(int64_t v, uint64_t *raw)
{
    if (v < 0 || v > 31 || (v & 12)) return 0;
    *raw = (uint64_t)((v >> 2 & 4) | (v & 3));
    return 1;
}

/* ---- logical immediates (decode/bitmask.c): imm13 is N:immr:imms */
/* DecodeBitMasks' element size in bits (2 ... 64), or 0 if reserved */
int smesim_bitmask_esize(int64_t imm13);
/* the mask, replicated to regbits (32 or 64) bits; 0 if reserved */
int64_t smesim_bitmask_value(int64_t imm13, int regbits);
/* the imm13 of value (as regbits bits), or -1 if it has none */
int64_t smesim_bitmask_encode(int64_t value, int regbits);

/* ---- tsz encodings (SVE DUP indexed, PSEL, DUPQ, ...): the lowest set bit
 * of tsz gives the element size, the bits above it the index.  -1: tsz 0 */
static inline int64_t smesim_tsz_lsb(int64_t tsz)
{
    return tsz ? smesim_ctz64((uint64_t)tsz) : -1;
}
/* index:tsz from an element size and an index (the assembler's set=);
 * 1 << 16, too wide for any tsz field, when they have no encoding */
static inline int64_t smesim_tsz_encode(int64_t esz, int64_t index)
{
    if (esz < 0 || esz > 4 || index < 0 || index >= 256) return (int64_t)1 << 16;
    return (index << (esz + 1)) | ((int64_t)1 << esz);
}

/* ---- the reverse: the highest set bit gives the element size, the bits
 * below it the index (PMOV).  -1: 0 */
static inline int64_t smesim_msb_esz(int64_t imm)
{
    return imm ? 63 - __builtin_clzll((unsigned long long)imm) : -1;
}

/* ---- SVE logical immediates (AND/ORR/EOR/DUPM).  LLVM prints them at the
 * smallest element size (.b ... .d) whose elements are all equal, and one
 * element's value */
static inline int64_t smesim_sve_limm_esz(int64_t imm13)
{
    int e = smesim_bitmask_esize(imm13);
    return e <= 8 ? 0 : e == 16 ? 1 : e == 32 ? 2 : 3;
}
/* one element, zero-extended */
static inline int64_t smesim_sve_limm_elem(int64_t imm13)
{
    int64_t esz = smesim_sve_limm_esz(imm13);
    uint64_t v = (uint64_t)smesim_bitmask_value(imm13, 64);
    return esz == 3 ? (int64_t)v : (int64_t)(v & ((1ull << (8 << esz)) - 1));
}
/* imm13 of an element value (signed or unsigned) replicated, or -1 */
static inline int64_t smesim_sve_limm_encode(int64_t v, int64_t esz)
{
    unsigned bits = 8u << esz;
    if (bits < 64 && (v < -((int64_t)1 << (bits - 1)) || v >= ((int64_t)1 << bits))) return -1;
    uint64_t u = (uint64_t)v;
    for (; bits < 64; bits *= 2) u = (u & ((1ull << bits) - 1)) * (1 + (1ull << bits));
    return smesim_bitmask_encode((int64_t)u, 64);
}
/* the inverted element (the BIC, ORN, EON spellings); 0, never a logical
 * immediate, when v does not fit the element */
static inline int64_t smesim_sve_limm_not(int64_t v, int64_t esz)
{
    unsigned bits = 8u << esz;
    if (bits == 64) return ~v;
    if (v < -((int64_t)1 << (bits - 1)) || v >= ((int64_t)1 << bits)) return 0;
    return (int64_t)(~(uint64_t)v & ((1ull << bits) - 1));
}
/* one element, sign-extended */
static inline int64_t smesim_sve_limm_selem(int64_t imm13)
{
    int64_t esz = smesim_sve_limm_esz(imm13), u = smesim_sve_limm_elem(imm13);
    return esz == 3 ? u : smesim_sext(u, 8 << esz);
}
/* whether a (sign-extended) value is a DUP/CPY immediate: -128 ... 127, or
 * a multiple of 256 in -32768 ... 32767 */
static inline int smesim_sve_cpy_imm(int64_t v)
{
    return (v & 0xff) ? v >= -128 && v <= 127 : v >= -32768 && v <= 32767;
}
/* LLVM prints DUPM as MOV when no DUP of a .h, .s or .d immediate does the
 * same; the value then in decimal when it fits 16 bits, else in hex */
static inline int smesim_sve_dupm_is_mov(int64_t imm13)
{
    return smesim_sve_limm_esz(imm13) > 0 && !smesim_sve_cpy_imm(smesim_sve_limm_selem(imm13));
}
static inline int smesim_sve_dupm_mov_dec(int64_t imm13)
{
    int64_t s = smesim_sve_limm_selem(imm13);
    return (s >= -32768 && s <= 32767) || (uint64_t)smesim_sve_limm_elem(imm13) <= 0xffff;
}
static inline int64_t smesim_sve_dupm_mov_decval(int64_t imm13)
{
    int64_t s = smesim_sve_limm_selem(imm13);
    return s >= -32768 && s <= 32767 ? s : smesim_sve_limm_elem(imm13);
}
/* the assembler's MOV: the value for DUPM where LLVM would print MOV, else
 * 0, never a logical immediate (the text is then a DUP) */
static inline int64_t smesim_sve_dupm_mov_value(int64_t v, int64_t esz)
{
    int64_t imm13 = smesim_sve_limm_encode(v, esz);
    return imm13 >= 0 && smesim_sve_dupm_is_mov(imm13) ? v : 0;
}

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
    uint16_t cond0;      /* OPT: first entry in smesim_optconds; LIT: strlen(lit) */
    uint16_t ncond;      /* OPT: number of conditions */
    uint16_t end;        /* OPT: index of its END token */
} smesim_tok;

typedef struct smesim_optcond {
    int16_t slot;
    int64_t value;
} smesim_optcond;

/* A form is one way to write an instruction: the pattern's own template,
 * or an alias of it (with a condition, and let/set to convert between the
 * alias's values and the fields). */
struct smesim_sb;
typedef struct smesim_form {
    int16_t insn;
    const char *mnemonic;
    uint16_t tok0, ntok;
    int (*cond)(const smesim_args *a);
    void (*let)(const smesim_args *a, int64_t *locals);
    void (*set)(smesim_args *a, const int64_t *locals);
    uint8_t nlocals;
    uint8_t asmonly;     /* accepted by the assembler, never printed */
    /* prints the mnemonic and operands from the slots (arguments, then the
     * alias's locals); generated straight-line C (decode/gen/emit_print.py) */
    void (*print)(struct smesim_sb *sb, const int64_t *slots);
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
} smesim_sb;                    /* not terminated until smesim_sb_end */

/* Terminates the text (truncated to cap - 1 bytes); returns the length wanted. */
size_t smesim_sb_end(smesim_sb *sb);

void smesim_sb_puts(smesim_sb *sb, const char *s);
void smesim_sb_putn_slow(smesim_sb *sb, const char *s, size_t n);
void smesim_sb_putu_slow(smesim_sb *sb, uint64_t v);
void smesim_sb_puti(smesim_sb *sb, int64_t v);           /* signed decimal */
void smesim_sb_putx(smesim_sb *sb, uint64_t v);          /* hex digits, no prefix */
void smesim_sb_reg(smesim_sb *sb, char prefix, int64_t n);   /* z12 */
/* printf into the builder: for rare spellings; the hot kinds use the above */
void smesim_sb_printf(smesim_sb *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static inline void smesim_sb_putc(smesim_sb *sb, char c)
{
    if (sb->len + 1 < sb->cap) sb->buf[sb->len] = c;
    sb->len++;
}

/* n bytes of s; short strings with room to spare are copied inline */
static inline void smesim_sb_putn(smesim_sb *sb, const char *s, size_t n)
{
    if (n <= 8 && sb->len + n < sb->cap) {
        char *d = sb->buf + sb->len;
        for (size_t i = 0; i < n; i++) d[i] = s[i];
        sb->len += n;
        return;
    }
    smesim_sb_putn_slow(sb, s, n);
}

/* decimal; one and two digits inline */
static inline void smesim_sb_putu(smesim_sb *sb, uint64_t v)
{
    if (v < 10) {
        smesim_sb_putc(sb, (char)('0' + v));
    } else if (v < 100) {
        char d[2] = { (char)('0' + v / 10), (char)('0' + v % 10) };
        smesim_sb_putn(sb, d, 2);
    } else {
        smesim_sb_putu_slow(sb, v);
    }
}

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
