/* visual/render.h — the plain pixel canvas every view draws into, the built-in
 * bitmap font, and the ZA renderer (colour map, tile layout, legend).  Nothing
 * here knows about windows, files or terminals: those outputs show a canvas.
 */
#ifndef SMESIM_RENDER_H
#define SMESIM_RENDER_H

#include <stddef.h>
#include <stdint.h>

/* ---- canvas ------------------------------------------------------------ */

/* w x h pixels, row-major, each 0xAARRGGBB.  An empty canvas is {0, 0, NULL}. */
typedef struct smesim_canvas {
    int w, h;
    uint32_t *px;
} smesim_canvas;

#define SMESIM_CANVAS_MAX 16384      /* largest width or height accepted */

/* Allocates a w x h canvas filled with `fill`.  Whatever c held before is not
 * freed.  Returns 1, or 0 (and leaves c empty) if c is NULL, w or h is not in
 * 1..SMESIM_CANVAS_MAX, or memory runs out. */
int smesim_canvas_init(smesim_canvas *c, int w, int h, uint32_t fill);

/* Frees the pixels and leaves c empty.  NULL and empty canvases are fine. */
void smesim_canvas_free(smesim_canvas *c);

/* Fills the rectangle [x, x+w) x [y, y+h), clipped to the canvas; a rectangle
 * with w <= 0 or h <= 0, a NULL or an empty canvas draws nothing. */
void smesim_fill_rect(smesim_canvas *c, int x, int y, int w, int h, uint32_t color);

/* ---- font (visual/font.c) --------------------------------------------- */

/* Glyphs are 5 x 8 cells: rows 0..6 hold capitals and digits, row 7 the
 * descenders of g j p q y and the tail of ','.  One column of space follows
 * each glyph, so a string of n characters is n*6*scale - scale pixels wide
 * and SMESIM_FONT_H*scale pixels high.  Characters without a glyph (anything
 * but ASCII letters, digits, space and . , : ; - + = ( ) / [ ] % # ? ! _ * < >
 * ' ") are drawn as '?'. */
#define SMESIM_FONT_W 5
#define SMESIM_FONT_H 8
#define SMESIM_FONT_ADVANCE 6
#define SMESIM_FONT_SCALE_MAX 1024

/* Draws s with its top-left corner at (x, y), each font cell a scale x scale
 * square of `color`, clipped to the canvas (a NULL or empty canvas just
 * measures).  Returns the width of the whole string in pixels, drawn or
 * clipped, as smesim_text_width; 0 if s is NULL or scale is not in
 * 1..SMESIM_FONT_SCALE_MAX. */
int smesim_draw_text(smesim_canvas *c, int x, int y, const char *s, uint32_t color, int scale);

/* Width in pixels of s drawn at `scale` (0 for "", NULL or a bad scale;
 * INT_MAX if it would not fit in an int). */
int smesim_text_width(const char *s, int scale);

/* ---- the ZA array ------------------------------------------------------ */

/* ZA of streaming vector length svl_bytes (16, 32, 64, 128 or 256): svl_bytes
 * rows of svl_bytes bytes, row r at za + r*row_stride (row_stride >= svl_bytes). */
typedef struct smesim_za_view {
    const uint8_t *za;
    size_t row_stride;
    unsigned svl_bytes;
} smesim_za_view;

/* esz: element size 2^esz bytes (0 .b, 1 .h, 2 .s, 3 .d, 4 .q); title may be
 * NULL or "" for none. */
typedef struct smesim_za_style {
    unsigned esz;
    const char *title;
} smesim_za_style;

/* Fixed colours (0xAARRGGBB). */
#define SMESIM_VIS_BG   0xFF1E2228u  /* background: margins and gaps between tiles */
#define SMESIM_VIS_GRID 0xFF8C9198u  /* tile frames and lines between cells */
#define SMESIM_VIS_TEXT 0xFFE8E8E8u  /* title, tile labels, legend numbers */

/* The colour map.  Endpoints (R, G, B):
 *     W = (240, 240, 240)   SMESIM_VIS_ZERO  value 0
 *     P = (200,   0,   0)   SMESIM_VIS_POS   value +m (and above, and +inf)
 *     N = (  0,  40, 200)   SMESIM_VIS_NEG   value -m (and below, and -inf)
 *     NaN -> 0xFFFF00FF     SMESIM_VIS_NAN   whatever m is
 * smesim_value_colour(v, m), v not NaN:
 *     M = m if m > 0, else 0 (m <= 0 or NaN)
 *     f = 1                    if v is +inf or -inf
 *         0                    else if M == 0 or M is +inf
 *         min(|v| / M, 1)      otherwise
 *     E = P if v > 0, N if v < 0 (v == 0 gives f == 0, so E does not matter)
 *     each channel = floor(W + (E - W) * f + 0.5), alpha 0xFF.
 * E.g. v = m/2 -> (220, 120, 120) = 0xFFDC7878; v = -m/2 -> (120, 140, 220). */
#define SMESIM_VIS_ZERO 0xFFF0F0F0u
#define SMESIM_VIS_POS  0xFFC80000u
#define SMESIM_VIS_NEG  0xFF0028C8u
#define SMESIM_VIS_NAN  0xFFFF00FFu

/* The colour of value v in a picture whose largest finite magnitude is m,
 * by the formula above. */
uint32_t smesim_value_colour(double v, double m);

/* Element (i, j) of tile t at element size 2^esz: bytes [j<<esz, (j<<esz) +
 * 2^esz) of ZA row i*2^esz + t, little-endian, read as int8 (esz 0), IEEE
 * half (1), float (2), double (3), or the low 64 bits as int64 (4), converted
 * to double.  NaN on bad arguments (the same checks as smesim_render_za, and
 * t < 2^esz, i and j < svl_bytes >> esz). */
double smesim_za_value(const smesim_za_view *za, unsigned esz, unsigned t, unsigned i, unsigned j);

/* The largest |value| over every finite element of ZA at element size 2^esz
 * (NaN and infinities ignored): the m of the colour map.  0 on bad arguments. */
double smesim_za_max_abs(const smesim_za_view *za, unsigned esz);

/* Layout (all in pixels; pictures are independent of the values except for
 * the legend, which sits below every tile):
 *     ntiles = 2^esz, dim = svl_bytes >> esz
 *     cell   = min(32, max(2, 256 / dim))   (integer division)
 *     grid   = cell >= SMESIM_ZA_GRID_MIN_CELL: 1-pixel lines between cells
 *     tile   = 2 + dim*cell + (grid ? dim-1 : 0): a 1-pixel frame around the
 *              cells, in SMESIM_VIS_GRID, like the lines between them
 *     tiles in a grid of cols x rows: 1x1, 2x1, 2x2, 4x2, 4x4 for esz 0..4,
 *     tile t in column t % cols, row t / cols
 *     label  = "za<t>.<b|h|s|d|q>" at text scale SMESIM_ZA_TEXT_SCALE
 *     col_w  = max(tile, width of the label of the last tile)
 *     top    = MARGIN + (title ? TITLE_BAND : 0)
 *     tile t's frame at x = MARGIN + (t % cols) * (col_w + GAP)
 *                       y = top + (t / cols) * (LABEL_BAND + tile + GAP) + LABEL_BAND
 *     its label at (frame x, frame y - LABEL_BAND), the title at (MARGIN, MARGIN)
 *     cell (i, j) at (frame x + 1 + j*pitch, frame y + 1 + i*pitch), cell x cell,
 *     pitch = cell + (grid ? 1 : 0)
 * Legend, below the tiles (m = smesim_za_max_abs):
 *     grid_w = cols*col_w + (cols-1)*GAP
 *     bar    at x = MARGIN, y = top + rows*(LABEL_BAND + tile + GAP), BAR_H
 *            high, bar_w = max(grid_w, widths of the three numbers + 4*GAP)
 *            wide, in a 1-pixel SMESIM_VIS_GRID frame; its pixel column k
 *            has the colour of v = m * (2*(k + 0.5)/bar_w - 1)
 *     ticks  and the numbers "-%.4g", "0", "+%.4g" of m under the bar's left
 *            end, middle and right end, text top at bar y + BAR_H + 7
 *     NaN    only if some element is NaN: a SMESIM_VIS_NAN square of
 *            SMESIM_FONT_H*2 pixels at (MARGIN, numbers' top + 16 + 8),
 *            framed, with "NaN" beside it
 * Canvas: width 2*MARGIN + max(grid_w, bar_w, title width capped at
 * SMESIM_ZA_TITLE_MAX); height = bottom of the last line of the legend +
 * MARGIN.  Everything not drawn is SMESIM_VIS_BG. */
enum {
    SMESIM_ZA_MARGIN = 16,
    SMESIM_ZA_GAP = 16,
    SMESIM_ZA_TEXT_SCALE = 2,
    SMESIM_ZA_TITLE_BAND = 28,       /* SMESIM_FONT_H*2 + 12 */
    SMESIM_ZA_LABEL_BAND = 20,       /* SMESIM_FONT_H*2 + 4 */
    SMESIM_ZA_GRID_MIN_CELL = 6,
    SMESIM_ZA_BAR_H = 16,
    SMESIM_ZA_TITLE_MAX = 4096
};

/* Renders every tile of ZA at element size st->esz into c, by the layout
 * above.  c must be empty ({0}) or hold a canvas from smesim_canvas_init: it
 * is replaced by one of the size the picture needs (and left as it was on
 * failure).  Returns 1, or 0 on bad arguments (NULL pointers, esz > 4,
 * svl_bytes not a power of two in 16..256, row_stride < svl_bytes) or when
 * memory runs out. */
int smesim_render_za(smesim_canvas *c, const smesim_za_view *za, const smesim_za_style *st);

/* Where smesim_render_za draws tile t, element (i, j): top-left pixel in *x,
 * *y and side length in *size.  Needs only za->svl_bytes, st->esz and whether
 * st->title is non-empty.  Returns 1, or 0 on bad arguments (NULL pointers,
 * bad esz or svl_bytes, t >= 2^esz, i or j >= svl_bytes >> esz). */
int smesim_za_cell_rect(const smesim_za_view *za, const smesim_za_style *st, unsigned t,
                        unsigned i, unsigned j, int *x, int *y, int *size);

#endif
