/* tests/unit/test_trace.c — the trace library (traces/trace.c): round trips, the
 * byte layout of docs/trace-format.md checked on hand-built files, and bad input
 * (cut at every byte, flipped bytes, garbage, wrong version) failing with a message.
 */
#include "tests/unit/harness.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zstd.h>

#include "traces/trace.h"

#define HEADER_SIZE 344   /* docs/trace-format.md: 8 + 4 * 4 + 256 + 64 */

/* ---- helpers: a fresh directory per test, files in and out */

static void make_dir(char dir[64])
{
    snprintf(dir, 64, "/tmp/smesim_trace_XXXXXX");
    expect_true(mkdtemp(dir) != NULL);
}

static int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    expect_true(d != NULL);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
    closedir(d);
    return n;
}

static void remove_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    char p[512];
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        unlink(p);
    }
    closedir(d);
    rmdir(dir);
}

static void put_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    expect_true(f != NULL);
    expect_eq(fwrite(data, 1, n, f), n);
    expect_eq(fclose(f), 0);
}

static uint8_t *get_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    expect_true(f != NULL);
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *b = malloc((size_t)len + 1);
    expect_true(b != NULL);
    expect_eq(fread(b, 1, (size_t)len, f), (size_t)len);
    fclose(f);
    *n = (size_t)len;
    return b;
}

static smesim_trace_header header(unsigned ncores)
{
    smesim_trace_header h;
    memset(&h, 0, sizeof h);
    h.version = SMESIM_TRACE_VERSION;
    h.svl_bits = 512;
    h.sve_vl_bits = 256;
    h.ncores = ncores;
    snprintf(h.program, sizeof h.program, "kernels/sgemm_f32.s");
    snprintf(h.machine, sizeof h.machine, "test-machine");
    return h;
}

static void write_trace(const char *path, const smesim_trace_header *h, const smesim_rec *recs, size_t n)
{
    char err[512] = "";
    smesim_trace_writer *w = smesim_trace_create(path, h, err, sizeof err);
    if (!w) fprintf(stderr, "%s\n", err);
    expect_true(w != NULL);
    for (size_t i = 0; i < n; i++) expect_eq(smesim_trace_write(w, &recs[i]), 1);
    expect_eq(smesim_trace_finish(w, err, sizeof err), 1);
}

static int same_rec(const smesim_rec *a, const smesim_rec *b)
{
    return a->pc == b->pc && a->word == b->word && a->core == b->core && a->flags == b->flags &&
           a->pad == b->pad && a->addr == b->addr && a->bytes == b->bytes && a->active == b->active;
}

/* Reads the whole trace.  -2 if open failed, else the last smesim_trace_read
 * result (0 clean end, -1 error); *n records go to out (up to max). */
static int read_all(const char *path, smesim_rec *out, size_t max, size_t *n, char *err, size_t errn)
{
    smesim_trace_header h;
    err[0] = 0;
    *n = 0;
    smesim_trace_reader *r = smesim_trace_open(path, &h, err, errn);
    if (!r) return -2;
    smesim_rec rec;
    int rc;
    while ((rc = smesim_trace_read(r, &rec, err, errn)) == 1) {
        if (*n < max) out[*n] = rec;
        (*n)++;
    }
    expect_u64(smesim_trace_count(r), *n);
    smesim_trace_close(r);
    return rc;
}

/* xorshift64: a fixed, repeatable sequence */
static uint64_t rnd_state = 0x9e3779b97f4a7c15u;
static uint64_t rnd(void)
{
    rnd_state ^= rnd_state << 13;
    rnd_state ^= rnd_state >> 7;
    rnd_state ^= rnd_state << 17;
    return rnd_state;
}

/* Varied records: sequential runs, random and extreme pcs, big and negative
 * deltas on both pc and addr, all-ones fields, several cores interleaved. */
static void varied_records(smesim_rec *recs, size_t n, unsigned ncores)
{
    uint64_t prev_pc[256] = { 0 }, prev_addr[256] = { 0 };
    unsigned core = 0;
    for (size_t i = 0; i < n; i++) {
        smesim_rec *r = &recs[i];
        memset(r, 0, sizeof *r);
        if (rnd() % 4 == 0) core = (unsigned)(rnd() % ncores);
        r->core = (uint8_t)core;
        uint64_t pc;
        switch (rnd() % 10) {
        case 0: pc = rnd() & ~(uint64_t)3; break;                        /* anywhere */
        case 1: pc = prev_pc[core] - 4 * (rnd() % 64); break;            /* loop back */
        case 2: pc = prev_pc[core] + ((rnd() << 20) & ~(uint64_t)3); break; /* far jump */
        case 3: pc = 0; break;
        case 4: pc = UINT64_MAX & ~(uint64_t)3; break;
        case 5: pc = (uint64_t)1 << 63; break;
        default: pc = prev_pc[core] + 4; break;                          /* straight on */
        }
        r->pc = prev_pc[core] = pc;
        r->word = (uint32_t)rnd();
        r->flags = (uint8_t)(rnd() & 15);
        if (r->flags & SMESIM_REC_MEM) {
            uint64_t a;
            switch (rnd() % 6) {
            case 0: a = rnd(); break;
            case 1: a = 0; break;
            case 2: a = UINT64_MAX; break;
            case 3: a = prev_addr[core] - (rnd() % 100000); break;
            default: a = prev_addr[core] + 64; break;
            }
            r->addr = prev_addr[core] = a;
            static const uint32_t sizes[] = { 0, 1, 4, 16, 256, 4096, UINT32_MAX };
            r->bytes = rnd() % 2 ? sizes[rnd() % 7] : (uint32_t)rnd();
        }
        if (rnd() % 2) {
            static const uint32_t counts[] = { 1, 4, 16, 64, 256, UINT32_MAX };
            r->active = rnd() % 2 ? counts[rnd() % 6] : (uint32_t)rnd();
        }
    }
}

/* The header of a zero-record trace with ncores cores, then payload
 * compressed as one zstd frame: a hand-built trace. */
static void craft(const char *path, unsigned ncores, const uint8_t *payload, size_t n)
{
    smesim_trace_header h = header(ncores);
    write_trace(path, &h, NULL, 0);
    size_t len;
    uint8_t *file = get_file(path, &len);
    size_t cap = ZSTD_compressBound(n) + HEADER_SIZE;
    uint8_t *out = malloc(cap);
    expect_true(out != NULL);
    memcpy(out, file, HEADER_SIZE);
    size_t z = ZSTD_compress(out + HEADER_SIZE, cap - HEADER_SIZE, payload, n, 3);
    expect_false(ZSTD_isError(z));
    put_file(path, out, HEADER_SIZE + z);
    free(out);
    free(file);
}

/* A hand-built trace must fail with a message containing want. */
static void expect_crafted_fails(const char *dir, const uint8_t *payload, size_t n, const char *want)
{
    char path[128], err[512];
    snprintf(path, sizeof path, "%s/crafted.trace", dir);
    craft(path, 2, payload, n);
    smesim_rec recs[8];
    size_t got;
    int rc = read_all(path, recs, 8, &got, err, sizeof err);
    if (rc != -1 || !strstr(err, want) || !strstr(err, path))
        fprintf(stderr, "want -1 and \"%s\", got %d and \"%s\"\n", want, rc, err);
    expect_eq(rc, -1);
    expect_true(strstr(err, want) != NULL);
    expect_true(strstr(err, path) != NULL);
}

/* ---- round trips */

TEST(thousands_of_varied_records_come_back_field_by_field)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/run.trace", dir);
    enum { N = 5000 };
    smesim_rec *recs = malloc(N * sizeof *recs), *back = malloc(N * sizeof *back);
    expect_true(recs && back);
    varied_records(recs, N, 8);
    smesim_trace_header h = header(8);
    write_trace(path, &h, recs, N);

    size_t n;
    expect_eq(read_all(path, back, N, &n, err, sizeof err), 0);
    expect_eq(n, N);
    for (size_t i = 0; i < N; i++) {
        if (!same_rec(&recs[i], &back[i])) fprintf(stderr, "record %zu differs\n", i);
        expect_true(same_rec(&recs[i], &back[i]));
    }
    free(recs);
    free(back);
    remove_dir(dir);
}

/* Enough records that decoded data is refilled many times (the reader's
 * buffer is 256 KiB) and records straddle every refill; then cuts at 40
 * places across the file, each after some complete zstd blocks. */
TEST(a_multi_block_trace_comes_back_and_fails_cleanly_when_cut)
{
    char dir[64], path[128], cut[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/big.trace", dir);
    snprintf(cut, sizeof cut, "%s/cut.trace", dir);
    enum { N = 200000 };
    smesim_rec *recs = malloc(N * sizeof *recs), *back = malloc(N * sizeof *back);
    expect_true(recs && back);
    varied_records(recs, N, 5);
    smesim_trace_header h = header(5);
    write_trace(path, &h, recs, N);
    size_t n, len;
    expect_eq(read_all(path, back, N, &n, err, sizeof err), 0);
    expect_eq(n, N);
    for (size_t i = 0; i < N; i++) expect_true(same_rec(&recs[i], &back[i]));

    uint8_t *file = get_file(path, &len);
    expect_true(len > 1000000);
    for (size_t k = 1; k <= 40; k++) {
        size_t at = HEADER_SIZE + (len - HEADER_SIZE) * k / 41;
        put_file(cut, file, at);
        expect_eq(read_all(cut, back, N, &n, err, sizeof err), -1);
        expect_true(n < N);
        expect_true(strstr(err, "truncated") != NULL);
        for (size_t i = 0; i < n; i++) expect_true(same_rec(&recs[i], &back[i]));
    }
    free(file);
    free(recs);
    free(back);
    remove_dir(dir);
}

TEST(the_header_comes_back_as_written_at_its_limits)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/h.trace", dir);
    smesim_trace_header h = header(256), back;
    h.svl_bits = 2048;
    h.sve_vl_bits = 128;
    memset(h.program, 'p', sizeof h.program - 1);
    memset(h.machine, 'm', sizeof h.machine - 1);
    smesim_rec rec = { .pc = 0x400000, .word = 0xd503201f, .core = 255 };
    write_trace(path, &h, &rec, 1);

    smesim_trace_reader *r = smesim_trace_open(path, &back, err, sizeof err);
    expect_true(r != NULL);
    expect_mem(&h, &back, sizeof h);
    smesim_rec got;
    expect_eq(smesim_trace_read(r, &got, err, sizeof err), 1);
    expect_true(same_rec(&rec, &got));
    expect_eq(smesim_trace_read(r, &got, err, sizeof err), 0);
    expect_eq(smesim_trace_read(r, &got, err, sizeof err), 0);   /* the end stays the end */
    expect_u64(smesim_trace_count(r), 1);
    smesim_trace_close(r);
    remove_dir(dir);
}

TEST(an_empty_trace_ends_cleanly_at_once)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/empty.trace", dir);
    smesim_trace_header h = header(1);
    write_trace(path, &h, NULL, 0);
    smesim_rec rec;
    size_t n;
    expect_eq(read_all(path, &rec, 1, &n, err, sizeof err), 0);
    expect_eq(n, 0);
    remove_dir(dir);
}

/* docs/trace-format.md, "A worked example": bytes written by hand from the
 * format description, decoded by the reader. */
TEST(hand_built_bytes_decode_as_the_format_page_says)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/hand.trace", dir);
    static const uint8_t payload[] = {
        0x10, 0x00, 0x00, 0x80, 0xd2,               /* core 0, pc 0+4, mov x0, #0 */
        0x29, 0x01, 0xfe, 0x0f, 0x00, 0x00, 0x40, 0xb9, /* SM|MEM, core 1, pc 0x1000, ldr w0, [x0] */
        0x80, 0x80, 0x01, 0x04,                     /*   addr 0x2000, 4 bytes */
        0x50, 0x1f, 0x20, 0x03, 0xd5, 0x10,         /* core 1, pc 0x1004, nop, active 16 */
        0x80, 0x03,                                 /* end: 3 records */
    };
    craft(path, 2, payload, sizeof payload);
    smesim_rec got[4];
    size_t n;
    expect_eq(read_all(path, got, 4, &n, err, sizeof err), 0);
    expect_eq(n, 3);
    smesim_rec want[3] = {
        { .pc = 4, .word = 0xd2800000, .core = 0 },
        { .pc = 0x1000, .word = 0xb9400000, .core = 1, .flags = SMESIM_REC_SM | SMESIM_REC_MEM, .addr = 0x2000,
          .bytes = 4 },
        { .pc = 0x1004, .word = 0xd503201f, .core = 1, .active = 16 },
    };
    for (int i = 0; i < 3; i++) expect_true(same_rec(&want[i], &got[i]));

    /* and the writer produces exactly these bytes (decompressed) */
    snprintf(path, sizeof path, "%s/written.trace", dir);
    smesim_trace_header h = header(2);
    write_trace(path, &h, want, 3);
    size_t len;
    uint8_t *file = get_file(path, &len);
    uint8_t plain[64];
    size_t pn = ZSTD_decompress(plain, sizeof plain, file + HEADER_SIZE, len - HEADER_SIZE);
    expect_false(ZSTD_isError(pn));
    expect_eq(pn, sizeof payload);
    expect_mem(plain, payload, sizeof payload);
    /* header bytes: magic, then little-endian version, svl, vl, ncores */
    static const uint8_t head[] = { 'S', 'M', 'E', 'S', 'I', 'M', 'T', 'R', 1, 0, 0, 0, 0x00, 0x02, 0, 0,
                                    0x00, 0x01, 0, 0, 2, 0, 0, 0 };
    expect_mem(file, head, sizeof head);
    expect_str((const char *)file + 24, "kernels/sgemm_f32.s");
    expect_str((const char *)file + 280, "test-machine");
    free(file);
    remove_dir(dir);
}

TEST(a_long_loop_compresses_to_almost_nothing)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/loop.trace", dir);
    smesim_trace_header h = header(1);
    smesim_trace_writer *w = smesim_trace_create(path, &h, err, sizeof err);
    expect_true(w != NULL);
    enum { ITER = 125000, BODY = 8 };
    smesim_rec rec;
    memset(&rec, 0, sizeof rec);
    for (unsigned i = 0; i < ITER; i++)
        for (unsigned k = 0; k < BODY; k++) {
            rec.pc = 0x400000 + 4 * k;
            rec.word = 0xa0400000 + k;
            rec.flags = SMESIM_REC_SM | SMESIM_REC_ZA | (k == 2 ? SMESIM_REC_MEM : 0) |
                        (k == BODY - 1 ? SMESIM_REC_TAKEN : 0);
            rec.addr = k == 2 ? 0x10000000 + 64 * (uint64_t)i : 0;
            rec.bytes = k == 2 ? 64 : 0;
            rec.active = k >= 3 ? 16 : 0;
            expect_eq(smesim_trace_write(w, &rec), 1);
        }
    expect_eq(smesim_trace_finish(w, err, sizeof err), 1);
    struct stat st;
    expect_eq(stat(path, &st), 0);
    expect_true(st.st_size < HEADER_SIZE + ITER * BODY / 100);   /* under 0.01 byte a record */
    size_t n;
    expect_eq(read_all(path, &rec, 1, &n, err, sizeof err), 0);
    expect_eq(n, ITER * BODY);
    remove_dir(dir);
}

/* ---- writing leaves nothing half-written */

TEST(finish_leaves_the_trace_and_no_temporary_file)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/t.trace", dir);
    smesim_trace_header h = header(1);
    smesim_trace_writer *w = smesim_trace_create(path, &h, err, sizeof err);
    expect_true(w != NULL);
    expect_eq(access(path, F_OK), -1);            /* not there until finish */
    expect_eq(count_entries(dir), 1);             /* the temporary file */
    smesim_rec rec = { .pc = 0x1000, .word = 0xd503201f };
    expect_eq(smesim_trace_write(w, &rec), 1);
    expect_eq(smesim_trace_finish(w, err, sizeof err), 1);
    expect_eq(access(path, F_OK), 0);
    expect_eq(count_entries(dir), 1);             /* only the trace */
    remove_dir(dir);
}

TEST(abort_leaves_nothing_at_path_and_an_old_file_untouched)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/t.trace", dir);
    smesim_trace_header h = header(1);
    smesim_trace_writer *w = smesim_trace_create(path, &h, err, sizeof err);
    expect_true(w != NULL);
    smesim_rec rec = { .pc = 0x1000, .word = 0xd503201f };
    expect_eq(smesim_trace_write(w, &rec), 1);
    smesim_trace_abort(w);
    expect_eq(count_entries(dir), 0);

    put_file(path, "old", 3);
    w = smesim_trace_create(path, &h, err, sizeof err);
    expect_true(w != NULL);
    smesim_trace_abort(w);
    size_t n;
    uint8_t *old = get_file(path, &n);
    expect_eq(n, 3);
    expect_mem(old, "old", 3);
    free(old);
    expect_eq(count_entries(dir), 1);
    smesim_trace_abort(NULL);
    remove_dir(dir);
}

TEST(a_record_the_format_cannot_hold_fails_the_whole_trace)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/t.trace", dir);
    smesim_trace_header h = header(2);
    struct { smesim_rec rec; const char *want; } bad[] = {
        { { .pc = 0x1000, .core = 2 }, "core 2" },
        { { .pc = 0x1000, .flags = 0x10 }, "flag" },
        { { .pc = 0x1002 }, "multiple of 4" },
        { { .pc = 0x1000, .addr = 8 }, "SMESIM_REC_MEM" },
        { { .pc = 0x1000, .bytes = 8 }, "SMESIM_REC_MEM" },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        smesim_trace_writer *w = smesim_trace_create(path, &h, err, sizeof err);
        expect_true(w != NULL);
        smesim_rec good = { .pc = 0x1000, .word = 1 };
        expect_eq(smesim_trace_write(w, &good), 1);
        expect_eq(smesim_trace_write(w, &bad[i].rec), 0);
        expect_eq(smesim_trace_write(w, &good), 0);   /* stays failed */
        err[0] = 0;
        expect_eq(smesim_trace_finish(w, err, sizeof err), 0);
        expect_true(strstr(err, bad[i].want) != NULL);
        expect_true(strstr(err, "record 1") != NULL);
        expect_true(strstr(err, path) != NULL);
        expect_eq(count_entries(dir), 0);
    }
    remove_dir(dir);
}

TEST(create_refuses_a_bad_header_or_an_unwritable_place)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/t.trace", dir);
    smesim_trace_header h = header(1);
    h.ncores = 0;
    expect_true(smesim_trace_create(path, &h, err, sizeof err) == NULL);
    expect_true(strstr(err, "ncores") != NULL);
    h = header(257);
    expect_true(smesim_trace_create(path, &h, err, sizeof err) == NULL);
    h = header(1);
    h.svl_bits = 384;
    expect_true(smesim_trace_create(path, &h, err, sizeof err) == NULL);
    expect_true(strstr(err, "svl_bits 384") != NULL);
    h = header(1);
    memset(h.machine, 'm', sizeof h.machine);
    expect_true(smesim_trace_create(path, &h, err, sizeof err) == NULL);
    expect_eq(count_entries(dir), 0);

    h = header(1);
    snprintf(path, sizeof path, "%s/no/such/dir/t.trace", dir);
    expect_true(smesim_trace_create(path, &h, err, sizeof err) == NULL);
    expect_true(strstr(err, path) != NULL);
    remove_dir(dir);
}

/* ---- bad input: never a crash, always one line naming the file and place */

TEST(a_missing_file_or_one_that_is_not_a_trace_is_refused)
{
    char dir[64], path[128], err[512];
    smesim_trace_header h;
    make_dir(dir);
    snprintf(path, sizeof path, "%s/missing.trace", dir);
    expect_true(smesim_trace_open(path, &h, err, sizeof err) == NULL);
    expect_true(strstr(err, path) != NULL);

    snprintf(path, sizeof path, "%s/kernel.s", dir);
    static const char text[] = "    fmopa za0.s, p0/m, p1/m, z0.s, z1.s\n";
    put_file(path, text, sizeof text - 1);
    expect_true(smesim_trace_open(path, &h, err, sizeof err) == NULL);
    expect_true(strstr(err, path) != NULL);
    expect_true(strstr(err, "byte 0: not a smesim trace") != NULL);

    put_file(path, "", 0);
    expect_true(smesim_trace_open(path, &h, err, sizeof err) == NULL);
    expect_true(strstr(err, "not a smesim trace") != NULL);

    expect_true(smesim_trace_open(dir, &h, err, sizeof err) == NULL);   /* a directory */
    expect_true(strstr(err, dir) != NULL);
    remove_dir(dir);
}

TEST(is_trace_looks_at_the_magic_only)
{
    expect_true(smesim_trace_is_trace((const uint8_t *)"SMESIMTR", 8));
    expect_true(smesim_trace_is_trace((const uint8_t *)"SMESIMTR\x07\0\0\0", 12));
    expect_false(smesim_trace_is_trace((const uint8_t *)"SMESIMT", 7));
    expect_false(smesim_trace_is_trace((const uint8_t *)"\x7f" "ELF\2\1\1\0", 8));
    expect_false(smesim_trace_is_trace(NULL, 0));
}

TEST(another_version_or_a_bad_header_field_names_its_byte)
{
    char dir[64], path[128], err[512];
    smesim_trace_header h = header(4), back;
    make_dir(dir);
    snprintf(path, sizeof path, "%s/t.trace", dir);
    smesim_rec rec = { .pc = 0x1000 };
    write_trace(path, &h, &rec, 1);
    size_t n;
    uint8_t *good = get_file(path, &n);
    struct { size_t at; uint8_t value; const char *want; } bad[] = {
        { 8, 2, "byte 8: trace format version 2" },
        { 11, 1, "byte 8: trace format version 16777217" },
        { 12, 0x01, "byte 12: svl_bits" },
        { 17, 0x00, "byte 16: sve_vl_bits 0" },
        { 20, 0, "byte 20: ncores 0" },
        { 21, 1, "byte 20: ncores 260" },
    };
    uint8_t *file = malloc(n);
    expect_true(file != NULL);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        memcpy(file, good, n);
        file[bad[i].at] = bad[i].value;
        put_file(path, file, n);
        expect_true(smesim_trace_open(path, &back, err, sizeof err) == NULL);
        if (!strstr(err, bad[i].want)) fprintf(stderr, "want \"%s\" in \"%s\"\n", bad[i].want, err);
        expect_true(strstr(err, bad[i].want) != NULL);
    }
    memcpy(file, good, n);
    memset(file + 24, 'x', 256);
    put_file(path, file, n);
    expect_true(smesim_trace_open(path, &back, err, sizeof err) == NULL);
    expect_true(strstr(err, "byte 24: the program name is not NUL-terminated") != NULL);
    memcpy(file, good, n);
    memset(file + 280, 'x', 64);
    put_file(path, file, n);
    expect_true(smesim_trace_open(path, &back, err, sizeof err) == NULL);
    expect_true(strstr(err, "byte 280:") != NULL);
    free(file);
    free(good);
    remove_dir(dir);
}

TEST(a_trace_cut_at_every_byte_fails_with_a_message)
{
    char dir[64], path[128], cut[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/whole.trace", dir);
    snprintf(cut, sizeof cut, "%s/cut.trace", dir);
    enum { N = 60 };
    smesim_rec recs[N], back[N];
    varied_records(recs, N, 3);
    smesim_trace_header h = header(3);
    write_trace(path, &h, recs, N);
    size_t len, n;
    uint8_t *file = get_file(path, &len);
    expect_true(len > HEADER_SIZE + 20);
    for (size_t at = 0; at < len; at++) {
        put_file(cut, file, at);
        int rc = read_all(cut, back, N, &n, err, sizeof err);
        if (rc >= 0 || !strstr(err, cut)) fprintf(stderr, "cut at %zu: rc %d, \"%s\"\n", at, rc, err);
        expect_true(rc < 0);
        expect_true(strstr(err, cut) != NULL);
        expect_true(strchr(err, '\n') == NULL);
        if (rc == -2)
            expect_true(strstr(err, ": byte ") != NULL);
        else
            expect_true(strstr(err, ": at record ") != NULL);
        for (size_t i = 0; i < n && i < N; i++) expect_true(same_rec(&recs[i], &back[i]));
    }
    put_file(cut, file, len);
    expect_eq(read_all(cut, back, N, &n, err, sizeof err), 0);
    expect_eq(n, N);
    free(file);
    remove_dir(dir);
}

TEST(a_flipped_byte_anywhere_fails_or_changes_nothing)
{
    char dir[64], path[128], bad[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/whole.trace", dir);
    snprintf(bad, sizeof bad, "%s/flipped.trace", dir);
    enum { N = 60 };
    smesim_rec recs[N], back[N];
    varied_records(recs, N, 3);
    smesim_trace_header h = header(3);
    write_trace(path, &h, recs, N);
    size_t len, n;
    uint8_t *file = get_file(path, &len);
    static const uint8_t masks[] = { 0x01, 0x10, 0x80, 0xff };
    for (size_t at = 0; at < len; at++)
        for (size_t m = 0; m < sizeof masks; m++) {
            file[at] ^= masks[m];
            put_file(bad, file, len);
            file[at] ^= masks[m];
            int rc = read_all(bad, back, N, &n, err, sizeof err);
            if (rc == 0) {   /* e.g. a name byte, or a zstd window size: harmless */
                expect_eq(n, N);
                for (size_t i = 0; i < N; i++) expect_true(same_rec(&recs[i], &back[i]));
            } else {
                expect_true(strstr(err, bad) != NULL);
            }
        }
    free(file);
    remove_dir(dir);
}

TEST(garbage_after_the_end_is_an_error)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/t.trace", dir);
    smesim_rec recs[10], back[10];
    varied_records(recs, 10, 2);
    smesim_trace_header h = header(2);
    write_trace(path, &h, recs, 10);
    size_t len, n;
    uint8_t *file = get_file(path, &len);
    uint8_t *more = malloc(len + 64);
    expect_true(more != NULL);

    /* one stray byte */
    memcpy(more, file, len);
    more[len] = 0;
    put_file(path, more, len + 1);
    expect_eq(read_all(path, back, 10, &n, err, sizeof err), -1);
    expect_eq(n, 10);
    char want[64];
    snprintf(want, sizeof want, "byte %zu: 1 or more bytes of garbage", len);
    expect_true(strstr(err, want) != NULL);

    /* a whole second zstd frame */
    memcpy(more, file, len);
    size_t z = ZSTD_compress(more + len, 64, "\x10\0\0\0\0\x80\x01", 7, 1);
    expect_false(ZSTD_isError(z));
    put_file(path, more, len + z);
    expect_eq(read_all(path, back, 10, &n, err, sizeof err), -1);
    expect_true(strstr(err, "garbage after the end of the trace") != NULL);
    free(more);
    free(file);
    remove_dir(dir);
}

TEST(bad_records_inside_a_good_zstd_frame_are_refused)
{
    char dir[64];
    make_dir(dir);
    /* ncores is 2 in every crafted file */
    static const uint8_t unknown_tag[] = { 0x81, 0x00 };
    expect_crafted_fails(dir, unknown_tag, sizeof unknown_tag, "at record 0 (0-based)");
    expect_crafted_fails(dir, unknown_tag, sizeof unknown_tag, "unknown record tag 0x81");
    static const uint8_t core_too_big[] = { 0x30, 0x02, 0, 0, 0, 0, 0x80, 0x01 };
    expect_crafted_fails(dir, core_too_big, sizeof core_too_big, "core 2, but the trace header says 2 cores");
    static const uint8_t pc_11_bytes[] = { 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01,
                                           0, 0, 0, 0, 0x80, 0x01 };
    expect_crafted_fails(dir, pc_11_bytes, sizeof pc_11_bytes, "bad pc varint");
    static const uint8_t pc_65_bits[] = { 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02,
                                          0, 0, 0, 0, 0x80, 0x01 };
    expect_crafted_fails(dir, pc_65_bits, sizeof pc_65_bits, "bad pc varint");
    static const uint8_t bytes_2_32[] = { 0x18, 0, 0, 0, 0, 0x00, 0x80, 0x80, 0x80, 0x80, 0x10, 0x80, 0x01 };
    expect_crafted_fails(dir, bytes_2_32, sizeof bytes_2_32, "bad bytes varint");
    static const uint8_t active_6_bytes[] = { 0x50, 0, 0, 0, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x80, 0x01 };
    expect_crafted_fails(dir, active_6_bytes, sizeof active_6_bytes, "bad active varint");
    static const uint8_t wrong_count[] = { 0x10, 0, 0, 0, 0, 0x80, 0x02 };
    expect_crafted_fails(dir, wrong_count, sizeof wrong_count, "the end record counts 2 records, but 1 came");
    static const uint8_t after_end[] = { 0x10, 0, 0, 0, 0, 0x80, 0x01, 0x10, 0, 0, 0, 0 };
    expect_crafted_fails(dir, after_end, sizeof after_end, "bytes of data after the end record");
    static const uint8_t no_end[] = { 0x10, 0, 0, 0, 0 };
    expect_crafted_fails(dir, no_end, sizeof no_end, "at record 1 (0-based)");
    expect_crafted_fails(dir, no_end, sizeof no_end, "ends without an end record");
    static const uint8_t half_record[] = { 0x10, 0, 0, 0, 0, 0x10, 0, 0 };
    expect_crafted_fails(dir, half_record, sizeof half_record, "ends inside a record");
    static const uint8_t half_count[] = { 0x10, 0, 0, 0, 0, 0x80, 0x81 };
    expect_crafted_fails(dir, half_count, sizeof half_count, "ends inside a record");
    remove_dir(dir);
}

TEST(a_corrupt_zstd_stream_is_refused_with_its_place)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/t.trace", dir);
    smesim_trace_header h = header(1);
    write_trace(path, &h, NULL, 0);
    size_t len;
    uint8_t *file = get_file(path, &len);
    uint8_t junk[HEADER_SIZE + 32];
    memcpy(junk, file, HEADER_SIZE);
    memset(junk + HEADER_SIZE, 0xa5, 32);   /* not a zstd frame at all */
    put_file(path, junk, sizeof junk);
    smesim_rec rec;
    size_t n;
    expect_eq(read_all(path, &rec, 1, &n, err, sizeof err), -1);
    expect_true(strstr(err, "corrupt compressed data") != NULL);
    expect_true(strstr(err, "at record 0 (0-based), compressed stream read to byte") != NULL);
    free(file);
    remove_dir(dir);
}

TEST(errors_repeat_once_reached)
{
    char dir[64], path[128], err[512];
    make_dir(dir);
    snprintf(path, sizeof path, "%s/t.trace", dir);
    static const uint8_t no_end[] = { 0x10, 0, 0, 0, 0 };
    craft(path, 1, no_end, sizeof no_end);
    smesim_trace_header h;
    smesim_trace_reader *r = smesim_trace_open(path, &h, err, sizeof err);
    expect_true(r != NULL);
    smesim_rec rec;
    expect_eq(smesim_trace_read(r, &rec, err, sizeof err), 1);
    expect_eq(smesim_trace_read(r, &rec, err, sizeof err), -1);
    char first[512];
    snprintf(first, sizeof first, "%s", err);
    err[0] = 0;
    expect_eq(smesim_trace_read(r, &rec, err, sizeof err), -1);
    expect_str(err, first);
    smesim_trace_close(r);
    smesim_trace_close(NULL);
    remove_dir(dir);
}

RUN_TESTS(T(thousands_of_varied_records_come_back_field_by_field),
          T(a_multi_block_trace_comes_back_and_fails_cleanly_when_cut),
          T(the_header_comes_back_as_written_at_its_limits),
          T(an_empty_trace_ends_cleanly_at_once),
          T(hand_built_bytes_decode_as_the_format_page_says),
          T(a_long_loop_compresses_to_almost_nothing),
          T(finish_leaves_the_trace_and_no_temporary_file),
          T(abort_leaves_nothing_at_path_and_an_old_file_untouched),
          T(a_record_the_format_cannot_hold_fails_the_whole_trace),
          T(create_refuses_a_bad_header_or_an_unwritable_place),
          T(a_missing_file_or_one_that_is_not_a_trace_is_refused),
          T(is_trace_looks_at_the_magic_only),
          T(another_version_or_a_bad_header_field_names_its_byte),
          T(a_trace_cut_at_every_byte_fails_with_a_message),
          T(a_flipped_byte_anywhere_fails_or_changes_nothing),
          T(garbage_after_the_end_is_an_error),
          T(bad_records_inside_a_good_zstd_frame_are_refused),
          T(a_corrupt_zstd_stream_is_refused_with_its_place),
          T(errors_repeat_once_reached))
