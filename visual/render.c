/* visual/render.c — canvas primitives and the ZA renderer: reading elements,
 * the diverging colour map, the tile layout and the legend (rules in
 * visual/render.h).  Glyphs live in visual/font.c; saving and showing elsewhere.
 */
#include "visual/render.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- canvas ------------------------------------------------------------ */

int smesim_canvas_init(smesim_canvas *c, int w, int h, uint32_t fill)
{
    if (!c) return 0;
    c->w = c->h = 0;
    c->px = NULL;
    if (w < 1 || h < 1 || w > SMESIM_CANVAS_MAX || h > SMESIM_CANVAS_MAX) return 0;
    size_t n = (size_t)w * (size_t)h;
    uint32_t *px = malloc(n * sizeof *px);
    if (!px) return 0;
    for (size_t k = 0; k < n; k++) px[k] = fill;
    c->w = w;
    c->h = h;
    c->px = px;
    return 1;
}

void smesim_canvas_free(smesim_canvas *c)
{
    if (!c) return;
    free(c->px);
    c->px = NULL;
    c->w = c->h = 0;
}

void smesim_fill_rect(smesim_canvas *c, int x, int y, int w, int h, uint32_t color)
{
    if (!c || !c->px || w <= 0 || h <= 0) return;
    long long x0 = x < 0 ? 0 : x, y0 = y < 0 ? 0 : y;
    long long x1 = (long long)x + w, y1 = (long long)y + h;
    if (x1 > c->w) x1 = c->w;
    if (y1 > c->h) y1 = c->h;
    for (long long yy = y0; yy < y1; yy++) {
        uint32_t *row = c->px + (size_t)yy * (size_t)c->w;
        for (long long xx = x0; xx < x1; xx++) row[xx] = color;
    }
}

/* ---- colour map -------------------------------------------------------- */

static uint32_t channel(uint32_t end, int shift, double f)
{
    double w = 240.0, e = (double)((end >> shift) & 0xFF);
    return (uint32_t)floor(w + (e - w) * f + 0.5) << shift;
}

uint32_t smesim_value_colour(double v, double m)
{
    if (isnan(v)) return SMESIM_VIS_NAN;
    double big = m > 0 ? m : 0;          /* false for NaN too */
    double f;
    if (isinf(v)) f = 1;
    else if (big == 0 || isinf(big)) f = 0;
    else f = fmin(fabs(v) / big, 1.0);
    uint32_t end = v > 0 ? SMESIM_VIS_POS : SMESIM_VIS_NEG;
    return 0xFF000000u | channel(end, 16, f) | channel(end, 8, f) | channel(end, 0, f);
}

/* ---- reading ZA -------------------------------------------------------- */

static int svl_ok(unsigned s)
{
    return s >= 16 && s <= 256 && (s & (s - 1)) == 0;
}

static int view_ok(const smesim_za_view *za, unsigned esz)
{
    return za && za->za && esz <= 4 && svl_ok(za->svl_bytes) && za->row_stride >= za->svl_bytes;
}

static uint64_t le(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned k = n; k-- > 0;) v = v << 8 | p[k];
    return v;
}

static double half_to_double(uint16_t h)
{
    int sign = h >> 15, ex = (h >> 10) & 0x1F, man = h & 0x3FF;
    double v;
    if (ex == 0) v = ldexp(man, -24);                        /* zero, subnormal */
    else if (ex == 31) v = man ? NAN : INFINITY;
    else v = ldexp(man | 0x400, ex - 25);
    return sign ? -v : v;
}

/* Element (i, j) of tile t, arguments already checked. */
static double element(const smesim_za_view *za, unsigned esz, unsigned t, unsigned i, unsigned j)
{
    size_t row = (size_t)i * (1u << esz) + t;
    const uint8_t *p = za->za + row * za->row_stride + ((size_t)j << esz);
    switch (esz) {
    case 0: return (double)(int8_t)p[0];
    case 1: return half_to_double((uint16_t)le(p, 2));
    case 2: {
        uint32_t u = (uint32_t)le(p, 4);
        float f;
        memcpy(&f, &u, sizeof f);
        return f;
    }
    case 3: {
        uint64_t u = le(p, 8);
        double d;
        memcpy(&d, &u, sizeof d);
        return d;
    }
    default: {
        uint64_t u = le(p, 8);
        int64_t s;
        memcpy(&s, &u, sizeof s);
        return (double)s;
    }
    }
}

double smesim_za_value(const smesim_za_view *za, unsigned esz, unsigned t, unsigned i, unsigned j)
{
    if (!view_ok(za, esz)) return NAN;
    unsigned dim = za->svl_bytes >> esz;
    if (t >= (1u << esz) || i >= dim || j >= dim) return NAN;
    return element(za, esz, t, i, j);
}

/* Largest finite magnitude; *any_nan set if some element is NaN. */
static double scan(const smesim_za_view *za, unsigned esz, int *any_nan)
{
    unsigned dim = za->svl_bytes >> esz, nt = 1u << esz;
    double m = 0;
    *any_nan = 0;
    for (unsigned t = 0; t < nt; t++)
        for (unsigned i = 0; i < dim; i++)
            for (unsigned j = 0; j < dim; j++) {
                double v = element(za, esz, t, i, j);
                if (isnan(v)) *any_nan = 1;
                else if (!isinf(v) && fabs(v) > m) m = fabs(v);
            }
    return m;
}

double smesim_za_max_abs(const smesim_za_view *za, unsigned esz)
{
    int any_nan;
    if (!view_ok(za, esz)) return 0;
    return scan(za, esz, &any_nan);
}

/* ---- layout ------------------------------------------------------------ */

typedef struct za_layout {
    unsigned esz, ntiles, dim, cols, rows;
    int cell, pitch, tile, col_w, top, row_h;
} za_layout;

static const unsigned grid_cols[5] = { 1, 2, 2, 4, 4 };
static const unsigned grid_rows[5] = { 1, 1, 2, 2, 4 };

static int has_title(const smesim_za_style *st)
{
    return st->title && st->title[0];
}

static void tile_label(char *buf, size_t n, unsigned t, unsigned esz)
{
    snprintf(buf, n, "za%u.%c", t, "bhsdq"[esz]);
}

static int layout_of(unsigned svl_bytes, const smesim_za_style *st, za_layout *L)
{
    if (!st || st->esz > 4 || !svl_ok(svl_bytes)) return 0;
    L->esz = st->esz;
    L->ntiles = 1u << st->esz;
    L->dim = svl_bytes >> st->esz;
    L->cols = grid_cols[st->esz];
    L->rows = grid_rows[st->esz];
    int dim = (int)L->dim, cell = 256 / dim;
    if (cell < 2) cell = 2;
    if (cell > 32) cell = 32;
    int grid = cell >= SMESIM_ZA_GRID_MIN_CELL;
    L->cell = cell;
    L->pitch = cell + grid;
    L->tile = 2 + dim * cell + (grid ? dim - 1 : 0);
    char lab[32];
    tile_label(lab, sizeof lab, L->ntiles - 1, st->esz);
    int lw = smesim_text_width(lab, SMESIM_ZA_TEXT_SCALE);
    L->col_w = L->tile > lw ? L->tile : lw;
    L->top = SMESIM_ZA_MARGIN + (has_title(st) ? SMESIM_ZA_TITLE_BAND : 0);
    L->row_h = SMESIM_ZA_LABEL_BAND + L->tile + SMESIM_ZA_GAP;
    return 1;
}

static int tile_x(const za_layout *L, unsigned t)
{
    return SMESIM_ZA_MARGIN + (int)(t % L->cols) * (L->col_w + SMESIM_ZA_GAP);
}

static int tile_y(const za_layout *L, unsigned t)
{
    return L->top + (int)(t / L->cols) * L->row_h + SMESIM_ZA_LABEL_BAND;
}

int smesim_za_cell_rect(const smesim_za_view *za, const smesim_za_style *st, unsigned t,
                        unsigned i, unsigned j, int *x, int *y, int *size)
{
    za_layout L;
    if (!za || !x || !y || !size || !layout_of(za->svl_bytes, st, &L)) return 0;
    if (t >= L.ntiles || i >= L.dim || j >= L.dim) return 0;
    *x = tile_x(&L, t) + 1 + (int)j * L.pitch;
    *y = tile_y(&L, t) + 1 + (int)i * L.pitch;
    *size = L.cell;
    return 1;
}

/* ---- drawing ----------------------------------------------------------- */

static int max3(int a, int b, int c)
{
    int m = a > b ? a : b;
    return m > c ? m : c;
}

static void draw_tile(smesim_canvas *c, const smesim_za_view *za, const za_layout *L,
                      unsigned t, double m)
{
    int tx = tile_x(L, t), ty = tile_y(L, t);
    char lab[32];
    tile_label(lab, sizeof lab, t, L->esz);
    smesim_draw_text(c, tx, ty - SMESIM_ZA_LABEL_BAND, lab, SMESIM_VIS_TEXT, SMESIM_ZA_TEXT_SCALE);
    smesim_fill_rect(c, tx, ty, L->tile, L->tile, SMESIM_VIS_GRID);
    for (unsigned i = 0; i < L->dim; i++)
        for (unsigned j = 0; j < L->dim; j++) {
            uint32_t col = smesim_value_colour(element(za, L->esz, t, i, j), m);
            smesim_fill_rect(c, tx + 1 + (int)j * L->pitch, ty + 1 + (int)i * L->pitch,
                             L->cell, L->cell, col);
        }
}

int smesim_render_za(smesim_canvas *c, const smesim_za_view *za, const smesim_za_style *st)
{
    za_layout L;
    if (!c || !st || !view_ok(za, st->esz) || !layout_of(za->svl_bytes, st, &L)) return 0;

    int any_nan;
    double m = scan(za, L.esz, &any_nan);
    char lo[64], hi[64];
    snprintf(lo, sizeof lo, "-%.4g", m);
    snprintf(hi, sizeof hi, "+%.4g", m);
    const int ts = SMESIM_ZA_TEXT_SCALE, text_h = SMESIM_FONT_H * ts;
    int w_lo = smesim_text_width(lo, ts), w_0 = smesim_text_width("0", ts);
    int w_hi = smesim_text_width(hi, ts);

    int grid_w = (int)L.cols * L.col_w + ((int)L.cols - 1) * SMESIM_ZA_GAP;
    int bar_w = w_lo + w_0 + w_hi + 4 * SMESIM_ZA_GAP;
    if (bar_w < grid_w) bar_w = grid_w;
    int title_w = has_title(st) ? smesim_text_width(st->title, ts) : 0;
    if (title_w > SMESIM_ZA_TITLE_MAX) title_w = SMESIM_ZA_TITLE_MAX;

    int tiles_bottom = L.top + (int)L.rows * L.row_h - SMESIM_ZA_GAP;
    int bar_y = tiles_bottom + SMESIM_ZA_GAP;
    int num_y = bar_y + SMESIM_ZA_BAR_H + 1 + 6;     /* frame, tick */
    int bottom = num_y + text_h;
    int nan_y = bottom + 8;
    if (any_nan) bottom = nan_y + text_h;

    smesim_canvas n;
    int width = 2 * SMESIM_ZA_MARGIN + max3(grid_w, bar_w, title_w);
    if (!smesim_canvas_init(&n, width, bottom + SMESIM_ZA_MARGIN, SMESIM_VIS_BG)) return 0;

    if (has_title(st))
        smesim_draw_text(&n, SMESIM_ZA_MARGIN, SMESIM_ZA_MARGIN, st->title, SMESIM_VIS_TEXT, ts);
    for (unsigned t = 0; t < L.ntiles; t++) draw_tile(&n, za, &L, t, m);

    /* legend: a framed bar from -m (left) to +m (right), ticks, numbers */
    const int x0 = SMESIM_ZA_MARGIN;
    smesim_fill_rect(&n, x0 - 1, bar_y - 1, bar_w + 2, SMESIM_ZA_BAR_H + 2, SMESIM_VIS_GRID);
    for (int k = 0; k < bar_w; k++) {
        double v = m * (2.0 * (k + 0.5) / bar_w - 1.0);
        smesim_fill_rect(&n, x0 + k, bar_y, 1, SMESIM_ZA_BAR_H, smesim_value_colour(v, m));
    }
    int tick_y = bar_y + SMESIM_ZA_BAR_H + 1;
    smesim_fill_rect(&n, x0, tick_y, 1, 4, SMESIM_VIS_TEXT);
    smesim_fill_rect(&n, x0 + bar_w / 2, tick_y, 1, 4, SMESIM_VIS_TEXT);
    smesim_fill_rect(&n, x0 + bar_w - 1, tick_y, 1, 4, SMESIM_VIS_TEXT);
    smesim_draw_text(&n, x0, num_y, lo, SMESIM_VIS_TEXT, ts);
    smesim_draw_text(&n, x0 + bar_w / 2 - w_0 / 2, num_y, "0", SMESIM_VIS_TEXT, ts);
    smesim_draw_text(&n, x0 + bar_w - w_hi, num_y, hi, SMESIM_VIS_TEXT, ts);
    if (any_nan) {
        smesim_fill_rect(&n, x0 - 1, nan_y - 1, text_h + 2, text_h + 2, SMESIM_VIS_GRID);
        smesim_fill_rect(&n, x0, nan_y, text_h, text_h, SMESIM_VIS_NAN);
        smesim_draw_text(&n, x0 + text_h + 8, nan_y, "NaN", SMESIM_VIS_TEXT, ts);
    }

    smesim_canvas_free(c);
    *c = n;
    return 1;
}
