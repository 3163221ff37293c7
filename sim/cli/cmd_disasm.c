/* sim/cli/cmd_disasm.c — `smesim disasm`: hex words in, LLVM 19 text out.
 * Reads every word first (arguments, or standard input one per line) so
 * that bad input stops the command before anything is printed.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/decode.h"
#include "sim/cli/cli.h"

static const char usage[] =
    "usage: smesim disasm [--tables-only] [WORD...]\n"
    "\n"
    "Disassembles 32-bit instruction words given as hex (e.g. 80810000 or\n"
    "0x80810000), as arguments or one per line on standard input. Prints each\n"
    "word, a tab, and LLVM 19's text, or <undefined>. Words outside smesim's\n"
    "tables that Capstone knows get Capstone's text, marked with a comment as\n"
    "not in smesim's tables (smesim would not execute them).\n"
    "\n"
    "  --tables-only   never ask Capstone; print <undefined> instead\n"
    "  -h, --help      this text\n";

/* Parses one hex word; returns 1 on success. */
static int parse_word(const char *s, uint32_t *w)
{
    while (isspace((unsigned char)*s)) s++;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s += 2;
    int digits = 0;
    uint32_t v = 0;
    for (; isxdigit((unsigned char)*s); s++, digits++) {
        if (digits == 8) return 0;
        v = v * 16 + (uint32_t)(isdigit((unsigned char)*s) ? *s - '0'
                                : tolower((unsigned char)*s) - 'a' + 10);
    }
    while (isspace((unsigned char)*s)) s++;
    if (digits == 0 || *s) return 0;
    *w = v;
    return 1;
}

typedef struct wordbuf { uint32_t *w; size_t n, cap; } wordbuf;

static int push(wordbuf *b, uint32_t w)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 1024;
        uint32_t *p = realloc(b->w, cap * sizeof *p);
        if (!p) return 0;
        b->w = p;
        b->cap = cap;
    }
    b->w[b->n++] = w;
    return 1;
}

int smesim_cmd_disasm(int argc, char **argv)
{
    int tables_only = 0, first = 1;
    for (; first < argc && argv[first][0] == '-' && argv[first][1]; first++) {
        if (!strcmp(argv[first], "--tables-only")) tables_only = 1;
        else if (!strcmp(argv[first], "-h") || !strcmp(argv[first], "--help")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(argv[first], "--")) { first++; break; }
        else {
            fprintf(stderr, "smesim disasm: unknown option '%s' (try --help)\n", argv[first]);
            return 2;
        }
    }
    wordbuf b = { 0 };
    int rc = 0;
    if (first < argc) {
        for (int i = first; i < argc; i++) {
            uint32_t w;
            if (!parse_word(argv[i], &w)) {
                fprintf(stderr, "smesim disasm: argument %d: '%.40s' is not a 32-bit hex word\n",
                        i - first + 1, argv[i]);
                rc = 1;
                goto out;
            }
            if (!push(&b, w)) { fprintf(stderr, "smesim disasm: out of memory\n"); rc = 1; goto out; }
        }
    } else {
        char line[256];
        unsigned long lineno = 0;
        while (fgets(line, sizeof line, stdin)) {
            lineno++;
            size_t len = strlen(line);
            if (len == sizeof line - 1 && line[len - 1] != '\n') {
                fprintf(stderr, "<stdin>:%lu: line too long\n", lineno);
                rc = 1;
                goto out;
            }
            char *p = line;
            while (isspace((unsigned char)*p)) p++;
            if (!*p || *p == '#') continue;
            uint32_t w;
            if (!parse_word(p, &w)) {
                p[strcspn(p, "\r\n")] = '\0';
                fprintf(stderr, "<stdin>:%lu: '%.40s' is not a 32-bit hex word\n", lineno, p);
                rc = 1;
                goto out;
            }
            if (!push(&b, w)) { fprintf(stderr, "smesim disasm: out of memory\n"); rc = 1; goto out; }
        }
    }
    for (size_t i = 0; i < b.n; i++) {
        smesim_insn insn;
        char text[160];
        smesim_decode(b.w[i], &insn);
        if (insn.id == SMESIM_INSN_UNDEF && !tables_only &&
            smesim_capstone_text(b.w[i], text, sizeof text)) {
            /* beyond our tables: Capstone's spelling, marked as such */
            printf("%08x\t%s\t// Capstone's text: not in smesim's tables, not executable\n", b.w[i], text);
            continue;
        }
        smesim_disasm(&insn, text, sizeof text);
        printf("%08x\t%s\n", b.w[i], text);
    }
out:
    free(b.w);
    return rc;
}
