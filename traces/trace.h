/* traces/trace.h — Trace v0: a file of executed instruction records (sim/record.h)
 * that a replay feeds to the timing model without executing.  Writer and reader
 * only; the byte-by-byte format is in docs/trace-format.md, replay in sim/cli.
 */
#ifndef SMESIM_TRACE_H
#define SMESIM_TRACE_H

#include <stddef.h>
#include <stdint.h>

#include "sim/record.h"

#define SMESIM_TRACE_VERSION 1
#define SMESIM_TRACE_MAX_CORES 256   /* core ids are one byte */

typedef struct smesim_trace_header {
    uint32_t version;        /* format version, 1 */
    uint32_t svl_bits;       /* streaming vector length of the run */
    uint32_t sve_vl_bits;    /* non-streaming SVE vector length */
    uint32_t ncores;         /* cores that ran (records carry core ids < ncores) */
    char program[256];       /* what ran, for messages (NUL-terminated) */
    char machine[64];        /* machine description name */
} smesim_trace_header;

typedef struct smesim_trace_writer smesim_trace_writer;
typedef struct smesim_trace_reader smesim_trace_reader;

/* 1 if the first n bytes of a file are a smesim trace's magic ("SMESIMTR"),
 * whatever its version; 0 otherwise (also when n is shorter than the magic). */
int smesim_trace_is_trace(const uint8_t *head, size_t n);

/* Starts a trace that will appear at path once smesim_trace_finish succeeds;
 * until then records go to a temporary file beside it ("<path>.tmp-PID-N").
 * h->version is ignored (the library writes SMESIM_TRACE_VERSION); svl_bits and
 * sve_vl_bits must be powers of two from 128 to 2048, ncores 1 to 256, program
 * and machine NUL-terminated.  NULL with a one-line message in err on failure. */
smesim_trace_writer *smesim_trace_create(const char *path, const smesim_trace_header *h, char *err,
                                         size_t errn);

/* Appends one record (rec->pad is not stored).  1 ok; 0 on an I/O error or a
 * record the format cannot hold (core >= ncores, an unknown flag bit, a pc not
 * a multiple of 4, addr or bytes nonzero without SMESIM_REC_MEM).  After a 0
 * every later write returns 0, and smesim_trace_finish fails with the message
 * (or call smesim_trace_abort). */
int smesim_trace_write(smesim_trace_writer *w, const smesim_rec *rec);

/* Writes the end record, flushes, syncs and closes the temporary file and
 * renames it onto path; frees w.  1 ok; 0 with a message in err on error (or
 * after a failed write), and then the temporary file is removed and path is
 * left as it was before smesim_trace_create. */
int smesim_trace_finish(smesim_trace_writer *w, char *err, size_t errn);

/* Gives up on a trace: closes and removes the temporary file and frees w.
 * path is left as it was.  w may be NULL. */
void smesim_trace_abort(smesim_trace_writer *w);

/* Opens the trace at path and fills *h from its header.  NULL with a one-line
 * message in err ("PATH: byte N: problem") if the file is missing, is not a
 * trace, has another version, a truncated or invalid header. */
smesim_trace_reader *smesim_trace_open(const char *path, smesim_trace_header *h, char *err, size_t errn);

/* Reads the next record into *rec (pad is 0; addr and bytes are 0 unless
 * SMESIM_REC_MEM).  1 = a record; 0 = clean end: the end record was seen, its
 * count matches, the compressed stream ended there with a good checksum and
 * nothing follows in the file; -1 = error, with a one-line message in err
 * ("PATH: at record N (0-based), compressed stream read to byte M: problem").
 * Once 0 or -1 has been returned every later call returns the same (and the
 * same message).  Records before a -1 were decoded but not yet checksummed:
 * a consumer must treat a -1 anywhere as a failed run. */
int smesim_trace_read(smesim_trace_reader *r, smesim_rec *rec, char *err, size_t errn);

/* Records read so far (returned by smesim_trace_read with 1). */
uint64_t smesim_trace_count(const smesim_trace_reader *r);

/* Closes the file and frees r.  r may be NULL. */
void smesim_trace_close(smesim_trace_reader *r);

#endif
