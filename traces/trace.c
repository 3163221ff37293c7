/* traces/trace.c — Trace v0 writer and reader: a fixed little-endian header, then
 * the records as tagged varint/zigzag deltas in one zstd frame, closed by an end
 * record that carries the count.  Format: docs/trace-format.md.  No replay here.
 */
#include "traces/trace.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zstd.h>
#include <zstd_errors.h>

/* ---- the bytes (docs/trace-format.md) */

static const char magic[8] = { 'S', 'M', 'E', 'S', 'I', 'M', 'T', 'R' };

enum {
    OFF_VERSION = 8,
    OFF_SVL = 12,
    OFF_VL = 16,
    OFF_NCORES = 20,
    OFF_PROGRAM = 24,
    OFF_MACHINE = OFF_PROGRAM + 256,
    HEADER_SIZE = OFF_MACHINE + 64,   /* 344; the zstd frame starts here */
};

enum {
    TAG_FLAGS = 0x0f,    /* the record's SMESIM_REC_* flags, as they are */
    TAG_PC_SEQ = 0x10,   /* pc is the core's previous pc + 4: no pc field */
    TAG_CORE = 0x20,     /* a core byte follows (else: the previous record's core) */
    TAG_ACTIVE = 0x40,   /* an active-count varint follows (else active is 0) */
    TAG_END = 0x80,      /* exactly 0x80: the end record; other values >= 0x80 are invalid */
};

/* tag, core, pc varint, word, addr varint, bytes varint, active varint */
#define MAX_REC (1 + 1 + 10 + 4 + 10 + 5 + 5)
#define ZSTD_LEVEL 3

/* Little-endian 32-bit store and load. */
static void put_u32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static uint32_t get_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* LEB128: 7 bits a byte, low first, top bit set on all but the last byte. */
static uint8_t *put_varint(uint8_t *p, uint64_t v)
{
    while (v >= 0x80) {
        *p++ = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    *p++ = (uint8_t)v;
    return p;
}

/* 1 read, 0 the bytes ran out first, -1 longer than maxbytes or above maxval. */
static inline int get_varint(const uint8_t **pp, const uint8_t *end, unsigned maxbytes, uint64_t maxval,
                             uint64_t *out)
{
    const uint8_t *p = *pp;
    if (p < end && *p < 0x80) {
        *out = *p;
        *pp = p + 1;
        return 1;
    }
    uint64_t v = 0;
    for (unsigned i = 0; i < maxbytes; i++) {
        if (p == end) return 0;
        unsigned b = *p++;
        if (i == 9 && b > 1) return -1;   /* bits above bit 63 */
        v |= (uint64_t)(b & 0x7f) << (7 * i);
        if (!(b & 0x80)) {
            if (v > maxval) return -1;
            *out = v;
            *pp = p;
            return 1;
        }
    }
    return -1;
}

/* Signed (two's complement) to unsigned so small magnitudes stay small:
 * 0, -1, 1, -2, ... become 0, 1, 2, 3, ... */
static uint64_t zigzag(uint64_t d) { return (d << 1) ^ (0 - (d >> 63)); }
static uint64_t unzigzag(uint64_t z) { return (z >> 1) ^ (0 - (z & 1)); }

/* pc deltas are multiples of 4: store delta / 4 (arithmetic shift, spelled out
 * so that it is defined behaviour). */
static uint64_t quarter(uint64_t d) { return (d >> 2) | (d >> 63 ? (uint64_t)3 << 62 : 0); }

/* The vector lengths the project accepts (sim/machine.c): 128..2048, powers of 2. */
static int pow2_in_range(uint32_t v) { return v >= 128 && v <= 2048 && !(v & (v - 1)); }

/* Offset of the first bad header field with the problem in msg, or -1 if good. */
static long check_header(const smesim_trace_header *h, char *msg, size_t n)
{
    if (!pow2_in_range(h->svl_bits)) {
        snprintf(msg, n, "svl_bits %u is not a power of two from 128 to 2048", h->svl_bits);
        return OFF_SVL;
    }
    if (!pow2_in_range(h->sve_vl_bits)) {
        snprintf(msg, n, "sve_vl_bits %u is not a power of two from 128 to 2048", h->sve_vl_bits);
        return OFF_VL;
    }
    if (h->ncores < 1 || h->ncores > SMESIM_TRACE_MAX_CORES) {
        snprintf(msg, n, "ncores %u is not from 1 to %d", h->ncores, SMESIM_TRACE_MAX_CORES);
        return OFF_NCORES;
    }
    if (!memchr(h->program, 0, sizeof h->program)) {
        snprintf(msg, n, "the program name is not NUL-terminated within its %zu bytes", sizeof h->program);
        return OFF_PROGRAM;
    }
    if (!memchr(h->machine, 0, sizeof h->machine)) {
        snprintf(msg, n, "the machine name is not NUL-terminated within its %zu bytes", sizeof h->machine);
        return OFF_MACHINE;
    }
    return -1;
}

int smesim_trace_is_trace(const uint8_t *head, size_t n)
{
    return head && n >= sizeof magic && !memcmp(head, magic, sizeof magic);
}

/* ---- writer */

#define RAW_CAP (1u << 17)

struct smesim_trace_writer {
    FILE *f;
    char *path, *tmp;
    ZSTD_CCtx *z;
    uint8_t *raw, *out;       /* encoded records waiting for zstd; zstd's output */
    size_t rawlen, out_cap;
    uint32_t ncores;
    uint8_t last_core;
    int failed;
    uint64_t count;
    char msg[512];
    uint64_t prev_pc[SMESIM_TRACE_MAX_CORES], prev_addr[SMESIM_TRACE_MAX_CORES];
};

/* Closes and removes the temporary file if still there, frees everything. */
static void free_writer(smesim_trace_writer *w)
{
    if (w->f) fclose(w->f);
    if (w->tmp) unlink(w->tmp);
    ZSTD_freeCCtx(w->z);
    free(w->raw);
    free(w->out);
    free(w->path);
    free(w->tmp);
    free(w);
}

/* Puts the writer in its failed state with "PATH: message" (the first one
 * wins); returns 0. */
static int wfail(smesim_trace_writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int wfail(smesim_trace_writer *w, const char *fmt, ...)
{
    if (w->failed) return 0;
    w->failed = 1;
    int k = snprintf(w->msg, sizeof w->msg, "%s: ", w->path);
    if (k < 0 || (size_t)k >= sizeof w->msg) return 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->msg + k, sizeof w->msg - (size_t)k, fmt, ap);
    va_end(ap);
    return 0;
}

/* Feeds the encoded records to zstd (mode ZSTD_e_end also closes the frame)
 * and writes what it gives back. */
static int compress(smesim_trace_writer *w, ZSTD_EndDirective mode)
{
    ZSTD_inBuffer in = { w->raw, w->rawlen, 0 };
    for (;;) {
        ZSTD_outBuffer o = { w->out, w->out_cap, 0 };
        size_t left = ZSTD_compressStream2(w->z, &o, &in, mode);
        if (ZSTD_isError(left)) return wfail(w, "compressing the trace: %s", ZSTD_getErrorName(left));
        if (o.pos && fwrite(w->out, 1, o.pos, w->f) != o.pos)
            return wfail(w, "cannot write %s: %s", w->tmp, strerror(errno));
        if (mode == ZSTD_e_end ? left == 0 : in.pos == in.size) break;
    }
    w->rawlen = 0;
    return 1;
}

/* Copies msg into the caller's err buffer (if any); returns 0. */
static int set_err(char *err, size_t errn, const char *msg)
{
    if (err && errn) snprintf(err, errn, "%s", msg);
    return 0;
}

smesim_trace_writer *smesim_trace_create(const char *path, const smesim_trace_header *h, char *err,
                                         size_t errn)
{
    char why[200];
    if (!path || !h) {
        set_err(err, errn, "smesim_trace_create: no path or no header");
        return NULL;
    }
    if (check_header(h, why, sizeof why) >= 0) {
        if (err && errn) snprintf(err, errn, "%s: cannot write a trace: %s", path, why);
        return NULL;
    }
    smesim_trace_writer *w = calloc(1, sizeof *w);
    size_t plen = strlen(path);
    if (w) {
        w->path = malloc(plen + 1);
        w->tmp = malloc(plen + 48);
        w->out_cap = ZSTD_CStreamOutSize();
        w->raw = malloc(RAW_CAP);
        w->out = malloc(w->out_cap);
        w->z = ZSTD_createCCtx();
    }
    if (!w || !w->path || !w->tmp || !w->raw || !w->out || !w->z) {
        if (err && errn) snprintf(err, errn, "%s: out of memory", path);
        if (w) {
            free(w->tmp);
            w->tmp = NULL;   /* nothing to unlink */
            free_writer(w);
        }
        return NULL;
    }
    memcpy(w->path, path, plen + 1);
    w->ncores = h->ncores;

    /* a fresh temporary name beside path: concurrent writers never share one */
    int fd = -1;
    for (unsigned i = 0; i < 1000 && fd < 0; i++) {
        snprintf(w->tmp, plen + 48, "%s.tmp-%ld-%u", path, (long)getpid(), i);
        fd = open(w->tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) {
        if (err && errn) snprintf(err, errn, "%s: cannot create %s: %s", path, w->tmp, strerror(errno));
        free(w->tmp);
        w->tmp = NULL;
        free_writer(w);
        return NULL;
    }
    w->f = fdopen(fd, "wb");
    if (!w->f) {
        close(fd);
        if (err && errn) snprintf(err, errn, "%s: cannot open %s: %s", path, w->tmp, strerror(errno));
        free_writer(w);
        return NULL;
    }

    uint8_t hd[HEADER_SIZE];
    memset(hd, 0, sizeof hd);
    memcpy(hd, magic, sizeof magic);
    put_u32(hd + OFF_VERSION, SMESIM_TRACE_VERSION);
    put_u32(hd + OFF_SVL, h->svl_bits);
    put_u32(hd + OFF_VL, h->sve_vl_bits);
    put_u32(hd + OFF_NCORES, h->ncores);
    memcpy(hd + OFF_PROGRAM, h->program, strlen(h->program));
    memcpy(hd + OFF_MACHINE, h->machine, strlen(h->machine));
    size_t zr = ZSTD_CCtx_setParameter(w->z, ZSTD_c_compressionLevel, ZSTD_LEVEL);
    if (!ZSTD_isError(zr)) zr = ZSTD_CCtx_setParameter(w->z, ZSTD_c_checksumFlag, 1);
    if (ZSTD_isError(zr)) {
        if (err && errn) snprintf(err, errn, "%s: cannot set up zstd: %s", path, ZSTD_getErrorName(zr));
        free_writer(w);
        return NULL;
    }
    if (fwrite(hd, 1, sizeof hd, w->f) != sizeof hd) {
        if (err && errn) snprintf(err, errn, "%s: cannot write %s: %s", path, w->tmp, strerror(errno));
        free_writer(w);
        return NULL;
    }
    return w;
}

/* Says why rec cannot be stored (the fast path only knows that it cannot). */
static int bad_record(smesim_trace_writer *w, const smesim_rec *rec)
{
    unsigned long long n = (unsigned long long)w->count;
    if (rec->core >= w->ncores)
        return wfail(w, "record %llu: core %u, but the trace header says %u cores", n, rec->core, w->ncores);
    if (rec->flags & ~(unsigned)TAG_FLAGS) return wfail(w, "record %llu: unknown flag bits 0x%02x", n, rec->flags);
    if (rec->pc & 3)
        return wfail(w, "record %llu: pc 0x%llx is not a multiple of 4", n, (unsigned long long)rec->pc);
    return wfail(w, "record %llu: addr 0x%llx / bytes %u without SMESIM_REC_MEM", n,
                 (unsigned long long)rec->addr, rec->bytes);
}

int smesim_trace_write(smesim_trace_writer *w, const smesim_rec *rec)
{
    if (!w || w->failed) return 0;
    if (!rec) return wfail(w, "record %llu: no record (NULL)", (unsigned long long)w->count);
    unsigned core = rec->core, flags = rec->flags;
    if (core >= w->ncores || (flags & ~(unsigned)TAG_FLAGS) || (rec->pc & 3) ||
        (!(flags & SMESIM_REC_MEM) && (rec->addr | rec->bytes)))
        return bad_record(w, rec);
    if (RAW_CAP - w->rawlen < MAX_REC && !compress(w, ZSTD_e_continue)) return 0;

    uint8_t *start = w->raw + w->rawlen, *p = start + 1;
    unsigned tag = flags;
    if (core != w->last_core) {
        tag |= TAG_CORE;
        *p++ = (uint8_t)core;
        w->last_core = (uint8_t)core;
    }
    uint64_t d = rec->pc - w->prev_pc[core] - 4;
    if (d == 0)
        tag |= TAG_PC_SEQ;
    else
        p = put_varint(p, zigzag(quarter(d)));
    w->prev_pc[core] = rec->pc;
    put_u32(p, rec->word);
    p += 4;
    if (flags & SMESIM_REC_MEM) {
        p = put_varint(p, zigzag(rec->addr - w->prev_addr[core]));
        p = put_varint(p, rec->bytes);
        w->prev_addr[core] = rec->addr;
    }
    if (rec->active) {
        tag |= TAG_ACTIVE;
        p = put_varint(p, rec->active);
    }
    *start = (uint8_t)tag;
    w->rawlen += (size_t)(p - start);
    w->count++;
    return 1;
}

int smesim_trace_finish(smesim_trace_writer *w, char *err, size_t errn)
{
    if (!w) return set_err(err, errn, "smesim_trace_finish: no writer");
    if (!w->failed && RAW_CAP - w->rawlen < 1 + 10) compress(w, ZSTD_e_continue);
    if (!w->failed) {
        uint8_t *p = w->raw + w->rawlen;
        *p = TAG_END;
        p = put_varint(p + 1, w->count);
        w->rawlen = (size_t)(p - w->raw);
    }
    if (!w->failed && compress(w, ZSTD_e_end)) {
        if (fflush(w->f) != 0 || fsync(fileno(w->f)) != 0)
            wfail(w, "cannot write %s: %s", w->tmp, strerror(errno));
        int rc = fclose(w->f);
        w->f = NULL;
        if (rc != 0) wfail(w, "cannot write %s: %s", w->tmp, strerror(errno));
        if (!w->failed && rename(w->tmp, w->path) != 0)
            wfail(w, "cannot rename %s onto it: %s", w->tmp, strerror(errno));
        if (!w->failed) {
            free(w->tmp);
            w->tmp = NULL;   /* it is path now */
        }
    }
    int ok = !w->failed;
    if (!ok) set_err(err, errn, w->msg);
    free_writer(w);
    return ok;
}

void smesim_trace_abort(smesim_trace_writer *w)
{
    if (w) free_writer(w);
}

/* ---- reader */

#define IN_CAP (1u << 17)
#define OUT_CAP (1u << 18)

struct smesim_trace_reader {
    FILE *f;
    char *path;
    ZSTD_DCtx *z;
    uint8_t *in, *out;
    ZSTD_inBuffer zin;        /* zin.src = in; in[0] is at file offset in_off */
    uint64_t in_off;
    size_t pos, len;          /* decoded bytes out[pos, len) not yet parsed */
    int eof;                  /* fread has returned 0 */
    int frame_done;           /* zstd finished the frame (checksum verified) */
    int stuck;                /* no more decoded bytes can come */
    int state;                /* 0 reading, 1 clean end seen, -1 failed */
    uint32_t ncores;
    uint8_t last_core;
    uint64_t count;
    char msg[600];
    uint64_t prev_pc[SMESIM_TRACE_MAX_CORES], prev_addr[SMESIM_TRACE_MAX_CORES];
};

/* Puts the reader in its failed state with "PATH: at record N ...: message";
 * returns -1. */
static int rfail(smesim_trace_reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int rfail(smesim_trace_reader *r, const char *fmt, ...)
{
    r->state = -1;
    int k = snprintf(r->msg, sizeof r->msg, "%s: at record %llu (0-based), compressed stream read to byte %llu: ",
                     r->path, (unsigned long long)r->count, (unsigned long long)(r->in_off + r->zin.pos));
    if (k < 0 || (size_t)k >= sizeof r->msg) return -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->msg + k, sizeof r->msg - (size_t)k, fmt, ap);
    va_end(ap);
    return -1;
}

/* Closes the file and frees everything. */
static void free_reader(smesim_trace_reader *r)
{
    if (r->f) fclose(r->f);
    ZSTD_freeDCtx(r->z);
    free(r->in);
    free(r->out);
    free(r->path);
    free(r);
}

smesim_trace_reader *smesim_trace_open(const char *path, smesim_trace_header *h, char *err, size_t errn)
{
    if (!path || !h) {
        set_err(err, errn, "smesim_trace_open: no path or no header");
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (err && errn) snprintf(err, errn, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    uint8_t hd[HEADER_SIZE];
    size_t n = fread(hd, 1, sizeof hd, f);
    char why[200];
    long at = -1;
    if (n < sizeof hd && ferror(f)) {
        if (err && errn) snprintf(err, errn, "%s: cannot read: %s", path, strerror(errno));
        fclose(f);
        return NULL;
    }
    if (memcmp(hd, magic, n < sizeof magic ? n : sizeof magic) || n == 0) {
        at = 0;
        snprintf(why, sizeof why, "not a smesim trace (it does not start with \"SMESIMTR\")");
    } else if (n >= OFF_VERSION + 4 && get_u32(hd + OFF_VERSION) != SMESIM_TRACE_VERSION) {
        at = OFF_VERSION;
        snprintf(why, sizeof why, "trace format version %u; this smesim reads version %d",
                 get_u32(hd + OFF_VERSION), SMESIM_TRACE_VERSION);
    } else if (n < sizeof hd) {
        at = (long)n;
        snprintf(why, sizeof why, "truncated: the file ends inside the %d-byte trace header", HEADER_SIZE);
    } else {
        memset(h, 0, sizeof *h);
        h->version = SMESIM_TRACE_VERSION;
        h->svl_bits = get_u32(hd + OFF_SVL);
        h->sve_vl_bits = get_u32(hd + OFF_VL);
        h->ncores = get_u32(hd + OFF_NCORES);
        memcpy(h->program, hd + OFF_PROGRAM, sizeof h->program);
        memcpy(h->machine, hd + OFF_MACHINE, sizeof h->machine);
        at = check_header(h, why, sizeof why);
    }
    if (at >= 0) {
        if (err && errn) snprintf(err, errn, "%s: byte %ld: %s", path, at, why);
        fclose(f);
        return NULL;
    }

    smesim_trace_reader *r = calloc(1, sizeof *r);
    size_t plen = strlen(path);
    if (r) {
        r->f = f;
        r->path = malloc(plen + 1);
        r->in = malloc(IN_CAP);
        r->out = malloc(OUT_CAP);
        r->z = ZSTD_createDCtx();
    }
    if (!r || !r->path || !r->in || !r->out || !r->z) {
        if (err && errn) snprintf(err, errn, "%s: out of memory", path);
        if (r) free_reader(r);
        else fclose(f);
        return NULL;
    }
    memcpy(r->path, path, plen + 1);
    r->zin.src = r->in;
    r->in_off = HEADER_SIZE;
    r->ncores = h->ncores;
    return r;
}

/* Moves the unparsed bytes to the front of out and decodes more behind them,
 * until out is full or no more can come (then r->stuck).  0 on an error. */
static int refill(smesim_trace_reader *r)
{
    size_t keep = r->len - r->pos;
    memmove(r->out, r->out + r->pos, keep);
    r->pos = 0;
    r->len = keep;
    while (r->len < OUT_CAP && !r->stuck) {
        if (r->zin.pos == r->zin.size && !r->eof) {
            r->in_off += r->zin.size;
            r->zin.pos = 0;
            r->zin.size = fread(r->in, 1, IN_CAP, r->f);
            if (r->zin.size == 0) {
                if (ferror(r->f)) return rfail(r, "cannot read: %s", strerror(errno)) + 1;
                r->eof = 1;
            }
        }
        size_t in0 = r->zin.pos, out0 = r->len;
        ZSTD_outBuffer o = { r->out, OUT_CAP, r->len };
        size_t ret = ZSTD_decompressStream(r->z, &o, &r->zin);
        if (ZSTD_isError(ret)) {
            if (ZSTD_getErrorCode(ret) == ZSTD_error_checksum_wrong)
                return rfail(r, "the records' checksum does not match: the compressed data from byte %d "
                                "on is damaged", HEADER_SIZE) + 1;
            return rfail(r, "corrupt compressed data in bytes %llu to %llu: %s",
                         (unsigned long long)(r->in_off + in0), (unsigned long long)(r->in_off + r->zin.size),
                         ZSTD_getErrorName(ret)) + 1;
        }
        r->len = o.pos;
        if (ret == 0) {
            r->frame_done = r->stuck = 1;
        } else if (r->zin.pos == in0 && r->len == out0) {
            if (!r->eof) return rfail(r, "the zstd decoder made no progress") + 1;
            r->stuck = 1;
        }
    }
    return 1;
}

/* The stream ran out at the place the parser had reached. */
static int ran_out(smesim_trace_reader *r, int in_record)
{
    if (!r->frame_done)
        return rfail(r, "the file ends inside the compressed stream (it is truncated)");
    return rfail(r, in_record ? "the compressed stream ends inside a record"
                              : "the compressed stream ends without an end record");
}

static int bad_varint(smesim_trace_reader *r, int got, const char *field)
{
    if (got == 0) return ran_out(r, 1);
    return rfail(r, "bad %s varint (longer than it may be, or too large)", field);
}

/* The end record: check its count, then that nothing follows it. */
static int end_record(smesim_trace_reader *r, const uint8_t *p, const uint8_t *end)
{
    uint64_t n;
    int got = get_varint(&p, end, 10, UINT64_MAX, &n);
    if (got != 1) return bad_varint(r, got, "end-record count");
    if (n != r->count)
        return rfail(r, "the end record counts %llu records, but %llu came before it", (unsigned long long)n,
                     (unsigned long long)r->count);
    r->pos = (size_t)(p - r->out);
    while (r->pos == r->len && !r->stuck)
        if (!refill(r)) return -1;
    if (r->pos != r->len)
        return rfail(r, "%zu or more bytes of data after the end record", r->len - r->pos);
    if (!r->frame_done) return ran_out(r, 0);

    uint64_t at = r->in_off + r->zin.pos;
    size_t extra = r->zin.size - r->zin.pos;
    if (!extra && !r->eof) {
        extra = fread(r->in, 1, IN_CAP, r->f);
        if (!extra && ferror(r->f)) return rfail(r, "cannot read: %s", strerror(errno));
    }
    if (extra) {
        r->state = -1;
        snprintf(r->msg, sizeof r->msg, "%s: byte %llu: %zu or more bytes of garbage after the end of the trace",
                 r->path, (unsigned long long)at, extra);
        return -1;
    }
    r->state = 1;
    return 0;
}

/* Decodes the next record (or the end record).  1, 0 (clean end) or -1. */
static int decode(smesim_trace_reader *r, smesim_rec *rec)
{
    if (r->len - r->pos < MAX_REC && !r->stuck && !refill(r)) return -1;
    const uint8_t *p = r->out + r->pos, *end = r->out + r->len;
    if (p == end) return ran_out(r, 0);
    unsigned tag = *p++;
    if (tag & TAG_END) {
        if (tag != TAG_END) return rfail(r, "unknown record tag 0x%02x", tag);
        return end_record(r, p, end);
    }
    unsigned core = r->last_core;
    if (tag & TAG_CORE) {
        if (p == end) return ran_out(r, 1);
        core = *p++;
        if (core >= r->ncores)
            return rfail(r, "core %u, but the trace header says %u cores", core, r->ncores);
    }
    uint64_t pc = r->prev_pc[core] + 4, v;
    int got;
    if (!(tag & TAG_PC_SEQ)) {
        if ((got = get_varint(&p, end, 10, UINT64_MAX, &v)) != 1) return bad_varint(r, got, "pc");
        pc += unzigzag(v) << 2;
    }
    if (end - p < 4) return ran_out(r, 1);
    uint32_t word = get_u32(p);
    p += 4;
    uint64_t addr = 0;
    uint32_t bytes = 0, active = 0;
    if (tag & SMESIM_REC_MEM) {
        if ((got = get_varint(&p, end, 10, UINT64_MAX, &v)) != 1) return bad_varint(r, got, "addr");
        addr = r->prev_addr[core] + unzigzag(v);
        if ((got = get_varint(&p, end, 5, UINT32_MAX, &v)) != 1) return bad_varint(r, got, "bytes");
        bytes = (uint32_t)v;
    }
    if (tag & TAG_ACTIVE) {
        if ((got = get_varint(&p, end, 5, UINT32_MAX, &v)) != 1) return bad_varint(r, got, "active");
        active = (uint32_t)v;
    }
    /* the record is whole: commit */
    r->pos = (size_t)(p - r->out);
    r->last_core = (uint8_t)core;
    r->prev_pc[core] = pc;
    if (tag & SMESIM_REC_MEM) r->prev_addr[core] = addr;
    r->count++;
    rec->pc = pc;
    rec->word = word;
    rec->core = (uint8_t)core;
    rec->flags = (uint8_t)(tag & TAG_FLAGS);
    rec->pad = 0;
    rec->addr = addr;
    rec->bytes = bytes;
    rec->active = active;
    return 1;
}

int smesim_trace_read(smesim_trace_reader *r, smesim_rec *rec, char *err, size_t errn)
{
    if (!r || !rec) return set_err(err, errn, "smesim_trace_read: no reader or no record") - 1;
    int rc = r->state == 0 ? decode(r, rec) : r->state > 0 ? 0 : -1;
    if (rc < 0) set_err(err, errn, r->msg);
    return rc;
}

uint64_t smesim_trace_count(const smesim_trace_reader *r)
{
    return r ? r->count : 0;
}

void smesim_trace_close(smesim_trace_reader *r)
{
    if (r) free_reader(r);
}
