/* sim/cli/cmd_run.c — `smesim run`: runs an assembly file, a static AArch64
 * ELF or a recorded trace (replayed through the timing model without
 * executing) on a machine description, then reports cycles on standard
 * error, and on request writes JSON, a trace and a picture of ZA.
 * Without a program it runs the bundled SGEMM kernel.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "decode/assembler.h"
#include "decode/readfile.h"
#include "sim/cli/cli.h"
#include "sim/elf.h"
#include "sim/machine.h"
#include "sim/report.h"
#include "sim/run.h"
#include "traces/trace.h"
#include "visual/png.h"
#include "visual/render.h"

extern const char smesim_default_kernel_s[];   /* build/gen/embedded.c */

#define DEFAULT_KERNEL "traces/kernels/sgemm_f32.s"
#define DEFAULT_PNG "build/out/za.png"

static const char usage[] =
    "usage: smesim run [options] [PROGRAM] [-- GUEST-ARGS...]\n"
    "\n"
    "Runs PROGRAM on a modelled machine and reports its cycles on standard error\n"
    "(the guest's own output goes to standard output unchanged). PROGRAM is an\n"
    "assembly file (.s), a static AArch64 ELF executable, or a trace written by\n"
    "--record, which is replayed through the timing model without executing.\n"
    "Without PROGRAM: the bundled fp32 SGEMM kernel (" DEFAULT_KERNEL "),\n"
    "with its picture of ZA written to " DEFAULT_PNG ".\n"
    "\n"
    "  --config FILE     machine description (default: the built-in configs/default.yaml)\n"
    "  --svl BITS        streaming vector length: 128, 256, 512, 1024 or 2048\n"
    "  --vl BITS         non-streaming SVE vector length (same choices)\n"
    "  --cores N         run N copies of the program on N cores sharing the SME unit\n"
    "  --functional      execute only, without the timing model (faster; no cycles)\n"
    "  --json FILE       write the report as JSON too (- for standard output)\n"
    "  --record FILE     write the executed instruction records to a trace\n"
    "  --png FILE        write a picture of ZA at the end of the run (core 0)\n"
    "  --za-esize BITS   element size of the picture: 8, 16, 32, 64 or 128 (default 32)\n"
    "  --max-insns N     stop with an error after N instructions (default 10000000000)\n"
    "  --quiet           no report on standard error\n"
    "  --no-progress     no progress counter on long runs\n"
    "  -h, --help        this text\n"
    "\n"
    "Exit status: the guest's exit status; 132 when the guest runs an instruction\n"
    "the architecture refuses (its SIGILL); 1 on any other error (one line on stderr).\n";

typedef struct opts {
    const char *program, *config, *json, *record, *png;
    unsigned svl, vl, cores, za_esize;
    uint64_t max_insns;
    int quiet, progress, default_program, functional;
    int gargc;
    const char **gargv;
} opts;

/* One line on stderr, "smesim run: ...", and the status 1. */
static int fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("smesim run: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return 1;
}

static int parse_uint(const char *s, unsigned long long lo, unsigned long long hi, unsigned long long *v)
{
    char *e;
    errno = 0;
    if (!*s || *s == '-') return 0;
    unsigned long long x = strtoull(s, &e, 10);
    if (*e || errno || x < lo || x > hi) return 0;
    *v = x;
    return 1;
}

static int parse_vlen(const char *opt, const char *s, unsigned *out)
{
    unsigned long long v;
    if (!parse_uint(s, 128, 2048, &v) || (v & (v - 1))) {
        fail("%s %s: not a power of two between 128 and 2048", opt, s);
        return 0;
    }
    *out = (unsigned)v;
    return 1;
}

/* Returns -1 to continue, or an exit status. */
static int parse_args(int argc, char **argv, opts *o)
{
    memset(o, 0, sizeof *o);
    o->cores = 1;
    o->za_esize = 32;
    o->max_insns = 10000000000ull;
    o->progress = isatty(2);
    int i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        unsigned long long n;
#define NEED_VALUE() do { if (!v) return fail("%s needs a value", a); i++; } while (0)
        if (!strcmp(a, "--")) { i++; break; }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(usage, stdout); return 0; }
        else if (!strcmp(a, "--config")) { NEED_VALUE(); o->config = v; }
        else if (!strcmp(a, "--svl")) { NEED_VALUE(); if (!parse_vlen(a, v, &o->svl)) return 1; }
        else if (!strcmp(a, "--vl")) { NEED_VALUE(); if (!parse_vlen(a, v, &o->vl)) return 1; }
        else if (!strcmp(a, "--cores")) {
            NEED_VALUE();
            if (!parse_uint(v, 1, SMESIM_MAX_CORES, &n)) return fail("--cores %s: expected 1 to 64", v);
            o->cores = (unsigned)n;
        } else if (!strcmp(a, "--json")) { NEED_VALUE(); o->json = v; }
        else if (!strcmp(a, "--record")) { NEED_VALUE(); o->record = v; }
        else if (!strcmp(a, "--png")) { NEED_VALUE(); o->png = v; }
        else if (!strcmp(a, "--za-esize")) {
            NEED_VALUE();
            if (!parse_uint(v, 8, 128, &n) || (n & (n - 1)))
                return fail("--za-esize %s: expected 8, 16, 32, 64 or 128", v);
            o->za_esize = (unsigned)n;
        } else if (!strcmp(a, "--max-insns")) {
            NEED_VALUE();
            if (!parse_uint(v, 1, ~0ull, &n)) return fail("--max-insns %s: expected a positive number", v);
            o->max_insns = n;
        } else if (!strcmp(a, "--quiet")) o->quiet = 1;
        else if (!strcmp(a, "--functional")) o->functional = 1;
        else if (!strcmp(a, "--no-progress")) o->progress = 0;
        else if (a[0] == '-' && a[1]) return fail("unknown option '%s' (try --help)", a) + 1;
        else if (o->program)
            return fail("more than one program ('%s' and '%s'); guest arguments go after --", o->program, a) + 1;
        else o->program = a;
#undef NEED_VALUE
    }
    if (!o->program) {
        o->program = DEFAULT_KERNEL;
        o->default_program = 1;
        if (!o->png) o->png = DEFAULT_PNG;
    }
    /* the guest's argv: program name, then what follows -- */
    o->gargc = 1 + (argc - i);
    o->gargv = calloc((size_t)o->gargc + 1, sizeof *o->gargv);
    if (!o->gargv) return fail("out of memory");
    o->gargv[0] = o->program;
    for (int k = 1; k < o->gargc; k++) o->gargv[k] = argv[i + k - 1];
    return -1;
}

static int mkdir_for(const char *path)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash) return 1;
    *slash = '\0';
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        mkdir(dir, 0777);
        *p = '/';
    }
    return mkdir(dir, 0777) == 0 || errno == EEXIST;
}

static int trace_sink(void *ctx, const smesim_rec *rec)
{
    return smesim_trace_write(ctx, rec);
}

static int write_png(const opts *o, smesim_cpu *cpu, char *err, size_t errn)
{
    if (o->default_program && !mkdir_for(o->png)) {
        snprintf(err, errn, "%s: cannot create its directory", o->png);
        return 0;
    }
    unsigned esz = 0;
    while ((8u << esz) < o->za_esize) esz++;
    char title[160];
    const char *base = strrchr(o->program, '/');
    snprintf(title, sizeof title, "ZA at exit: %s, SVL %u, %u-bit", base ? base + 1 : o->program,
             cpu->svl * 8, o->za_esize);
    smesim_za_view view = { &cpu->za[0][0], sizeof cpu->za[0], cpu->svl };
    smesim_za_style style = { esz, title };
    smesim_canvas c = { 0, 0, NULL };
    if (!smesim_render_za(&c, &view, &style)) {
        snprintf(err, errn, "%s: cannot render ZA (out of memory)", o->png);
        return 0;
    }
    int ok = smesim_png_write(o->png, &c, err, errn);
    smesim_canvas_free(&c);
    return ok;
}

/* Replays a trace through the timing model; returns the exit status. */
static int replay(const opts *o, const smesim_machine *m)
{
    char err[512];
    smesim_trace_header h;
    if (o->record) return fail("%s: is a trace already; --record needs a program to run", o->program);
    if (o->png) return fail("%s: a trace holds no register values; --png needs a live run", o->program);
    smesim_trace_reader *r = smesim_trace_open(o->program, &h, err, sizeof err);
    if (!r) return fail("%s", err);
    if (o->svl && o->svl != h.svl_bits) {
        smesim_trace_close(r);
        return fail("%s: recorded at SVL %u, not %u", o->program, h.svl_bits, o->svl);
    }
    if (h.ncores > m->ncores) {
        smesim_trace_close(r);
        return fail("%s: recorded on %u cores; machine '%s' has %u", o->program, h.ncores, m->name, m->ncores);
    }
    smesim_timing *t = smesim_timing_new(m, h.ncores);
    if (!t) { smesim_trace_close(r); return fail("out of memory"); }
    if (o->functional) {
        smesim_timing_free(t);
        smesim_trace_close(r);
        return fail("%s: a trace is for the timing model; --functional has nothing to replay", o->program);
    }
    smesim_rec rec;
    int rc;
    uint64_t n = 0;
    while ((rc = smesim_trace_read(r, &rec, err, sizeof err)) == 1) {
        smesim_timing_step(t, &rec);
        if (o->progress && (++n & 0xffffff) == 0)
            fprintf(stderr, "\rsmesim: replayed %.0f M records   ", (double)n / 1e6);
    }
    if (o->progress && n >= 0x1000000) fprintf(stderr, "\r%40s\r", "");
    smesim_trace_close(r);
    if (rc < 0) {
        smesim_timing_free(t);
        return fail("%s", err);
    }
    char source[300];
    snprintf(source, sizeof source, "replay of a trace of '%s'", h.program);
    smesim_report rep = { o->program, source, m, h.svl_bits, h.ncores, t, n };
    if (!o->quiet) smesim_report_text(stderr, &rep);
    int status = 0;
    if (o->json && !smesim_report_json(o->json, &rep, err, sizeof err)) status = fail("%s", err);
    smesim_timing_free(t);
    return status;
}

int smesim_cmd_run(int argc, char **argv)
{
    opts o;
    int rc = parse_args(argc, argv, &o);
    if (rc >= 0) { free(o.gargv); return rc; }
    char err[512];
    smesim_machine m;
    if (!(o.config ? smesim_machine_load(o.config, &m, err, sizeof err)
                   : smesim_machine_default(&m, err, sizeof err))) {
        free(o.gargv);
        return fail("%s", err);
    }
    if (o.cores > m.ncores) {
        free(o.gargv);
        return fail("--cores %u: machine '%s' has %u cores", o.cores, m.name, m.ncores);
    }

    /* what is the program? */
    smesim_image img;
    size_t len = 0;
    uint8_t *data = NULL;
    int loaded;
    if (o.default_program) {
        loaded = smesim_assemble(DEFAULT_KERNEL, smesim_default_kernel_s, strlen(smesim_default_kernel_s),
                                 &img, err, sizeof err);
    } else {
        data = smesim_read_file(o.program, (size_t)1 << 30, &len, err, sizeof err);
        if (!data) { free(o.gargv); return fail("%s", err); }
        if (smesim_trace_is_trace(data, len)) {
            free(data);
            int status = replay(&o, &m);
            free(o.gargv);
            return status;
        }
        loaded = smesim_is_elf(data, len) ? smesim_elf_read(o.program, data, len, &img, err, sizeof err)
                                          : smesim_assemble(o.program, (const char *)data, len, &img, err,
                                                            sizeof err);
        free(data);
    }
    if (!loaded) { free(o.gargv); return fail("%s", err); }

    unsigned svl = o.svl ? o.svl : m.svl_bits, vl = o.vl ? o.vl : m.sve_vl_bits;
    int status = 1;
    smesim_timing *t = o.functional ? NULL : smesim_timing_new(&m, o.cores);
    smesim_sim *s = (t || o.functional) ? smesim_sim_new(&m, &img, o.cores, svl, vl, o.gargc, o.gargv, err,
                                                         sizeof err)
                                        : NULL;
    smesim_trace_writer *w = NULL;
    if (!t && !o.functional) snprintf(err, sizeof err, "out of memory");
    if (s && o.record) {
        smesim_trace_header h;
        memset(&h, 0, sizeof h);
        h.version = 1;
        h.svl_bits = svl;
        h.sve_vl_bits = vl;
        h.ncores = o.cores;
        snprintf(h.program, sizeof h.program, "%s", o.program);
        snprintf(h.machine, sizeof h.machine, "%s", m.name);
        w = smesim_trace_create(o.record, &h, err, sizeof err);
        if (!w) { smesim_sim_free(s); s = NULL; }
    }
    if (!s) {
        fail("%s", err);
        goto out;
    }
    smesim_run_result res;
    int ran = smesim_sim_run(s, t, w ? trace_sink : NULL, w, o.max_insns, o.progress, &res);
    fflush(stdout);
    if (!ran) {
        fail("%s", res.msg);
        /* an instruction the architecture refuses: the guest gets SIGILL,
         * and the exit status is the one a shell shows for it (128 + 4),
         * as qemu-aarch64 gives */
        if (res.status == SMESIM_UNDEF) status = 128 + 4;
        if (w) smesim_trace_abort(w);
        goto out;
    }
    if (w && !smesim_trace_finish(w, err, sizeof err)) {
        fail("%s", err);
        goto out;
    }
    smesim_report rep = { o.program, "live run", &m, svl, o.cores, t, res.insns };
    if (!o.quiet) smesim_report_text(stderr, &rep);
    status = res.exit_code;
    if (o.json && !smesim_report_json(o.json, &rep, err, sizeof err)) status = fail("%s", err);
    if (o.png) {
        if (!write_png(&o, smesim_sim_cpu(s, 0), err, sizeof err)) {
            status = fail("%s", err);
        } else if (!o.quiet) {
            /* after SMSTOP ZA is architecturally gone; we still hold its last contents */
            fprintf(stderr, "smesim: picture of ZA written to %s%s\n", o.png,
                    (smesim_sim_cpu(s, 0)->svcr & SMESIM_SVCR_ZA) ? ""
                    : " (its last contents: the program turned ZA off)");
        }
    }
out:
    smesim_sim_free(s);
    smesim_timing_free(t);
    smesim_image_free(&img);
    free(o.gargv);
    return status;
}
