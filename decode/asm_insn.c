/* decode/asm_insn.c — assembles one instruction: the disassembler run
 * backwards.  Every form (pattern template or alias) with the text's
 * mnemonic is tried in table order; the first whose template parses, whose
 * alias condition holds and whose fields encode wins, and the word must
 * decode back to the same instruction.  Files, labels and directives are
 * decode/assembler.c's business.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "decode/decode_impl.h"

typedef struct parse_state {
    int64_t slots[SMESIM_NUM_SLOTS];
    uint8_t set[SMESIM_NUM_SLOTS];
    const char *pos[SMESIM_NUM_SLOTS];   /* where each slot was read */
} parse_state;

static const char *skip_ws(const char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    return s;
}

static const char *match_lit(const char *lit, const char *s, smesim_parse_ctx *cx)
{
    for (; *lit; lit++) {
        s = skip_ws(s);
        if (*lit == ' ') continue;
        if (tolower((unsigned char)*s) != tolower((unsigned char)*lit)) {
            char msg[64];
            snprintf(msg, sizeof msg, "expected '%c'", *lit);
            return smesim_parse_fail(cx, s, msg);
        }
        s++;
    }
    return s;
}

static int assign(parse_state *ps, int slot, int64_t v, const char *at)
{
    if (ps->set[slot] && ps->slots[slot] != v) return 0;
    ps->slots[slot] = v;
    ps->set[slot] = 1;
    ps->pos[slot] = at;
    return 1;
}

/* Parses tokens i..end against s, backtracking over optional groups, and
 * requires the text to end where the tokens do. */
static const char *parse_toks(unsigned i, unsigned end, const char *s, parse_state *ps,
                              smesim_parse_ctx *cx)
{
    while (i < end) {
        const smesim_tok *t = &smesim_toks[i];
        switch (t->type) {
        case SMESIM_TOK_LIT:
            s = match_lit(t->lit, s, cx);
            if (!s) return NULL;
            i++;
            break;
        case SMESIM_TOK_OP: {
            int64_t v[SMESIM_KIND_MAX_FIELDS] = { 0 };
            const char *at = skip_ws(s);
            int param = t->pslot >= 0 ? SMESIM_PARAM_READ : t->param;
            cx->unset = 0;
            const char *e = smesim_kind_parse(t->kind, &param, at, v, cx);
            if (!e) return NULL;
            for (unsigned k = 0; k < t->nslots; k++) {
                if (cx->unset & (1u << k)) continue;   /* left out of the text: the form's own */
                if (!assign(ps, t->slot[k], v[k], at))
                    return smesim_parse_fail(cx, at, "operand does not agree with an earlier one");
            }
            if (t->pslot >= 0 && !assign(ps, t->pslot, param, at))
                return smesim_parse_fail(cx, at, "element size does not agree with an earlier operand");
            s = e;
            i++;
            break;
        }
        case SMESIM_TOK_OPT: {
            /* present, else absent; a failure of the present reading only
             * counts if the absent one fails too */
            unsigned e = t->end;
            parse_state saved = *ps;
            smesim_parse_ctx before = *cx;
            const char *r = parse_toks(i + 1, end, s, ps, cx);
            if (r) return r;
            smesim_parse_ctx present = *cx;
            *ps = saved;
            *cx = before;
            for (unsigned c = 0; c < t->ncond; c++) {
                const smesim_optcond *oc = &smesim_optconds[t->cond0 + c];
                if (!assign(ps, oc->slot, oc->value, s)) { *cx = present; return NULL; }
            }
            r = parse_toks(e + 1, end, s, ps, cx);
            if (!r && present.err_at && (!cx->err_at || present.err_at > cx->err_at)) *cx = present;
            return r;
        }
        default:
            i++;
        }
    }
    s = skip_ws(s);
    if (*s) return smesim_parse_fail(cx, s, "unexpected text after the operands");
    return s;
}

/* Forms whose mnemonic is mn: [*lo, *hi) in smesim_forms_by_mnemonic. */
static void find_forms(const char *mn, unsigned *lo, unsigned *hi)
{
    unsigned a = 0, b = smesim_num_forms;
    while (a < b) {
        unsigned m = (a + b) / 2;
        if (strcmp(smesim_forms[smesim_forms_by_mnemonic[m]].mnemonic, mn) < 0) a = m + 1;
        else b = m;
    }
    *lo = a;
    while (a < smesim_num_forms && strcmp(smesim_forms[smesim_forms_by_mnemonic[a]].mnemonic, mn) == 0) a++;
    *hi = a;
}

/* The name of argument slot `slot` of instruction id, into buf. */
static const char *slot_name(int id, int slot, char *buf, size_t n)
{
    const char *s = smesim_arg_names[id];
    for (int k = 0; k < slot && *s; k++) {
        s += strcspn(s, " ");
        while (*s == ' ') s++;
    }
    size_t len = strcspn(s, " ");
    snprintf(buf, n, "%.*s", (int)(len < n ? len : n - 1), *s ? s : "?");
    return buf;
}

static int try_form(const smesim_form *fm, const char *ops, smesim_parse_ctx *cx, uint32_t *word)
{
    parse_state ps;
    memset(&ps, 0, sizeof ps);
    smesim_args a;
    memset(&a, 0, sizeof a);
    smesim_preset_consts(fm->insn, &a);
    memcpy(ps.slots, a.v, sizeof a.v);
    if (!parse_toks(fm->tok0, fm->tok0 + fm->ntok, ops, &ps, cx)) return 0;
    memcpy(a.v, ps.slots, sizeof a.v);
    if (fm->set) fm->set(&a, ps.slots + SMESIM_MAX_ARGS);
    if (fm->cond && !fm->cond(&a)) {
        smesim_parse_fail(cx, skip_ws(ops), "operands do not fit this form");
        return 0;
    }
    if (smesim_encinfos[fm->insn].set) smesim_encinfos[fm->insn].set(&a);
    int first_parsed = !cx->parsed;
    uint32_t w;
    int r = smesim_encode_args(fm->insn, &a, &w);
    if (r <= 0) {
        int idx = -r - 1;
        const char *at = (idx >= 0 && ps.pos[idx]) ? ps.pos[idx] : skip_ws(ops);
        /* an alias's local value stands for the fields it sets */
        if (idx >= 0 && !ps.pos[idx])
            for (int l = 0; l < fm->nlocals; l++)
                if (ps.pos[SMESIM_MAX_ARGS + l]) at = ps.pos[SMESIM_MAX_ARGS + l];
        /* a form that parsed but cannot encode explains the problem better
         * than any parse failure; the first such form speaks */
        if (first_parsed) {
            char name[32];
            cx->err_at = at;
            snprintf(cx->err, sizeof cx->err, "operand out of range (%s)",
                     idx >= 0 ? slot_name(fm->insn, idx, name, sizeof name) : "?");
            cx->parsed = 1;
        }
        return 0;
    }
    /* the word must decode back to this instruction, with every value the
     * text gave (derived values such as the end of a range included) */
    smesim_insn back;
    int same = smesim_decode(w, &back) == fm->insn;
    for (int k = 0; same && k < SMESIM_MAX_ARGS; k++)
        if (ps.set[k] && back.a.v[k] != ps.slots[k]) same = 0;
    if (!same) {
        if (first_parsed) {
            cx->err_at = skip_ws(ops);
            snprintf(cx->err, sizeof cx->err, "this operand combination has no encoding");
            cx->parsed = 1;
        }
        return 0;
    }
    *word = w;
    return 1;
}

int smesim_asm_insn(const char *text, uint64_t pc, smesim_symbol_fn lookup,
                    void *ctx, uint32_t *word, smesim_asm_error *err)
{
    smesim_parse_ctx cx;
    memset(&cx, 0, sizeof cx);
    cx.pc = pc;
    cx.lookup = lookup;
    cx.lookup_ctx = ctx;
    cx.start = text;
    err->col = 0;
    err->unresolved = 0;
    err->msg[0] = '\0';

    const char *s = skip_ws(text);
    char mn[24];
    size_t n = 0;
    while (isalnum((unsigned char)s[n]) || s[n] == '.' || s[n] == '_') {
        if (n + 1 >= sizeof mn) break;
        mn[n] = (char)tolower((unsigned char)s[n]);
        n++;
    }
    mn[n] = '\0';
    if (n == 0) {
        err->col = (int)(s - text) + 1;
        snprintf(err->msg, sizeof err->msg, "expected an instruction");
        return 0;
    }
    unsigned lo, hi;
    const char *ops = s + n;
    find_forms(mn, &lo, &hi);
    if (lo == hi && strchr(mn, '.')) {
        /* b.ne: the mnemonic is "b." and the condition an operand */
        size_t dot = (size_t)(strchr(mn, '.') - mn) + 1;
        mn[dot] = '\0';
        find_forms(mn, &lo, &hi);
        ops = s + dot;
    }
    if (lo == hi) {
        err->col = (int)(s - text) + 1;
        snprintf(err->msg, sizeof err->msg, "unknown mnemonic '%.*s'", (int)(n > 20 ? 20 : n), s);
        return 0;
    }
    for (unsigned k = lo; k < hi; k++)
        if (try_form(&smesim_forms[smesim_forms_by_mnemonic[k]], ops, &cx, word)) return 1;
    err->col = (int)((cx.err_at ? cx.err_at : ops) - text) + 1;
    err->unresolved = cx.unresolved;
    snprintf(err->msg, sizeof err->msg, "%s", cx.err[0] ? cx.err : "invalid operands");
    return 0;
}
