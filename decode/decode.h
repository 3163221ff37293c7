/* decode/decode.h — the public face of the instruction tables: decode a
 * 32-bit word into a smesim_insn, print it as LLVM 19 text, assemble one
 * line of text back into a word, and list what it reads and writes.
 * Everything here is pure: no machine state.  Tables are generated from
 * decode/ pattern files into build/gen/ (see docs/decode-format.md).
 */
#ifndef SMESIM_DECODE_H
#define SMESIM_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "args.h"
#include "insn_list.h"

/* Instruction ids, one per pattern, in pattern-file order. */
enum smesim_insn_id {
#define X(id) SMESIM_INSN_##id,
    SMESIM_FOREACH_INSN(X)
#undef X
    SMESIM_NUM_INSNS,
    SMESIM_INSN_UNDEF = -1
};

/* Architecture features (decode/features.def), one bit each in a mask. */
enum smesim_feature {
#define FEATURE(name, implies, text) SMESIM_FEAT_##name,
#include "decode/features.def"
#undef FEATURE
    SMESIM_NUM_FEATURES
};
#define SMESIM_FEATBIT(name) ((uint64_t)1 << SMESIM_FEAT_##name)
#define SMESIM_FEAT_NEVER ((uint64_t)1 << 63)   /* not allowed in this mode */

/* Timing groups: dotted names, each with its parent (sve.int.mul -> sve.int). */
enum smesim_tgroup {
#define X(c, name, parent) SMESIM_TG_##c,
    SMESIM_FOREACH_TGROUP(X)
#undef X
    SMESIM_NUM_TGROUPS,
    SMESIM_TG_root = -1
};

/* PSTATE an instruction needs beyond its feature (the Arm ARM's
 * CheckSMEAndZAEnabled, CheckSMEAndZT0Enabled). */
enum smesim_need { SMESIM_NEED_none, SMESIM_NEED_za, SMESIM_NEED_zt0 };

enum smesim_memkind { SMESIM_MEM_none, SMESIM_MEM_ld, SMESIM_MEM_st, SMESIM_MEM_ldst };

/* A decoded instruction: its word, its id and its operands.  The operands
 * are the pattern's argument set (build/gen/args.h): a.v[i] by slot, or by
 * name through the set's struct (insn.a.mop_s.zada). */
typedef struct smesim_insn {
    uint32_t word;
    int16_t id;          /* enum smesim_insn_id, or SMESIM_INSN_UNDEF */
    smesim_args a;
} smesim_insn;

/* Static facts about an instruction id, from the pattern files. */
typedef struct smesim_insn_info {
    const char *name;      /* pattern name, e.g. "FMOPA_s" */
    const char *mnemonic;  /* e.g. "fmopa" */
    uint64_t feat;         /* features needed outside streaming mode (mask) */
    uint64_t sfeat;        /* features needed in streaming mode (mask) */
    int16_t tgroup;        /* enum smesim_tgroup */
    uint8_t need;          /* enum smesim_need */
    uint8_t mem;           /* enum smesim_memkind */
    uint8_t flops;         /* arithmetic operations per active element */
    int8_t esz_slot;       /* argument slot of the element size, or -1 */
} smesim_insn_info;

extern const smesim_insn_info smesim_insn_infos[SMESIM_NUM_INSNS];
/* Each pattern's fixed bits: {mask, value}; a word w can be instruction i
 * only if (w & mask) == value. */
extern const uint32_t smesim_pattern_bits[SMESIM_NUM_INSNS][2];
/* Each pattern's argument set: its name and its members, blank-separated. */
extern const char *const smesim_argset_names[SMESIM_NUM_INSNS];
extern const char *const smesim_arg_names[SMESIM_NUM_INSNS];
extern const char *const smesim_tgroup_names[SMESIM_NUM_TGROUPS];
extern const int16_t smesim_tgroup_parent[SMESIM_NUM_TGROUPS];
extern const char *const smesim_feature_names[SMESIM_NUM_FEATURES];
/* A feature mask with every feature its members imply, transitively. */
uint64_t smesim_feature_mask_closed(uint64_t mask);

/* Argument slot of member `name` for instruction id, or -1. */
int smesim_arg_slot(int id, const char *name);

/* Decode one word.  Fills *out (always) and returns its id. */
int smesim_decode(uint32_t word, smesim_insn *out);

/* Print the instruction as LLVM 19 text ("<undefined>" for UNDEF) into buf;
 * returns the length it wanted (like snprintf). */
int smesim_disasm(const smesim_insn *insn, char *buf, size_t n);

/* ---- assembling one instruction */

/* Looks a symbol up for the assembler: returns 1 and sets *value if known,
 * 0 if it is undefined (an error), 2 if it is not known yet (a first pass:
 * it counts as 0 and the instruction is marked unresolved). */
typedef int (*smesim_symbol_fn)(void *ctx, const char *name, size_t len, uint64_t *value);

typedef struct smesim_asm_error {
    int col;             /* 1-based column in the text, 0 if none */
    int unresolved;      /* a symbol not known yet was involved */
    char msg[160];
} smesim_asm_error;

/* Assemble one instruction (no label, no directive, no comment) placed at
 * address pc.  Returns 1 and sets *word, or 0 and fills *err.  Symbols go
 * through lookup; with lookup NULL every symbol counts as not known yet. */
int smesim_asm_insn(const char *text, uint64_t pc, smesim_symbol_fn lookup,
                    void *ctx, uint32_t *word, smesim_asm_error *err);

/* ---- operand access, for timing: which resources an instruction reads
 * and writes.  Resources are bits of a 128-bit set: */
enum smesim_resource {
    SMESIM_RES_X0 = 0,     /* X0..X30; 31 is SP */
    SMESIM_RES_SP = 31,
    SMESIM_RES_Z0 = 32,    /* Z0..Z31 */
    SMESIM_RES_P0 = 64,    /* P0..P15 */
    SMESIM_RES_ZA0 = 80,   /* 16 granules: the ZA .q tiles; a .s tile is 4 */
    SMESIM_RES_NZCV = 96,
    SMESIM_RES_FFR = 97,
    SMESIM_RES_ZT0 = 98,
    SMESIM_RES_SM = 99,    /* PSTATE.SM / .ZA, the mode bits */
    SMESIM_RES_FPCR = 100,
    SMESIM_RES_FPSR = 101,
    SMESIM_RES_FPMR = 102,
    SMESIM_NUM_RES = 103
};

typedef struct smesim_resset { uint64_t w[2]; } smesim_resset;

typedef struct smesim_access {
    smesim_resset rd, wr;
} smesim_access;

void smesim_insn_access(const smesim_insn *insn, smesim_access *out);

static inline int smesim_res_has(const smesim_resset *s, unsigned r)
{
    return (int)((s->w[r >> 6] >> (r & 63)) & 1);
}

/* The ZA granules (bits 0..15) that tile `tile` of element size esz
 * (0=b 1=h 2=s 3=d 4=q) covers. */
unsigned smesim_za_tile_granules(unsigned esz, unsigned tile);

/* ---- Capstone fallback for base A64 outside our tables */

/* Prints Capstone's text for word into buf; returns 1 if Capstone knows it. */
int smesim_capstone_text(uint32_t word, char *buf, size_t n);

#endif
