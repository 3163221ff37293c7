/* tests/unit/test_render.c — the ZA picture: canvas and font primitives, the
 * colour map, the tile layout, labels and legend, and PNG output through
 * SDL2_image.  Expected values are worked by hand (sources beside them).
 */
#define SDL_MAIN_HANDLED
#include "tests/unit/harness.h"

#include <dirent.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SDL2/SDL.h>
#include <SDL2/SDL_image.h>

#include "visual/png.h"
#include "visual/render.h"

/* Colours worked by hand from the formula published in visual/render.h:
 * channel = floor(240 + (end - 240) * f + 0.5), ends P = (200, 0, 0) and
 * N = (0, 40, 200), f = |v| / m. */
#define WHITE     0xFFF0F0F0u   /* f = 0: (240, 240, 240) */
#define RED       0xFFC80000u   /* +m: (200, 0, 0) */
#define BLUE      0xFF0028C8u   /* -m: (0, 40, 200) */
#define HALF_RED  0xFFDC7878u   /* +m/2: 240-20 = 220, 240-120 = 120, 120 */
#define HALF_BLUE 0xFF788CDCu   /* -m/2: 240-120 = 120, 240-100 = 140, 240-20 = 220 */
#define MAGENTA   0xFFFF00FFu   /* NaN */

static uint32_t pixel(const smesim_canvas *c, int x, int y)
{
    assert_true(x >= 0 && y >= 0 && x < c->w && y < c->h);
    return c->px[(size_t)y * (size_t)c->w + (size_t)x];
}

/* ---- colour map ---------------------------------------------------------- */

TEST(value_colour_follows_the_published_formula)
{
    expect_eq(smesim_value_colour(0.0, 8), WHITE);
    expect_eq(smesim_value_colour(-0.0, 8), WHITE);
    expect_eq(smesim_value_colour(8, 8), RED);
    expect_eq(smesim_value_colour(-8, 8), BLUE);
    expect_eq(smesim_value_colour(4, 8), HALF_RED);
    expect_eq(smesim_value_colour(-4, 8), HALF_BLUE);
    /* m = 4, v = 1, f = 0.25: 240-10 = 230, 240-60 = 180, 180 */
    expect_eq(smesim_value_colour(1, 4), 0xFFE6B4B4u);
    /* m = 3, v = 1, f = 1/3: 240-13.33 -> 226.67 -> 227, 240-80 = 160, 160 */
    expect_eq(smesim_value_colour(1, 3), 0xFFE3A0A0u);
    /* m = 3, v = -1: 240-80 = 160, 240-66.67 -> 173.33 -> 173, 240-13.33 -> 227 */
    expect_eq(smesim_value_colour(-1, 3), 0xFFA0ADE3u);
    /* beyond m clamps to the end colour */
    expect_eq(smesim_value_colour(16, 8), RED);
    expect_eq(smesim_value_colour(-1e300, 8), BLUE);
}

TEST(value_colour_of_nan_and_infinities)
{
    expect_eq(smesim_value_colour(NAN, 8), MAGENTA);
    expect_eq(smesim_value_colour(-NAN, 8), MAGENTA);
    expect_eq(smesim_value_colour(NAN, 0), MAGENTA);
    expect_eq(smesim_value_colour(INFINITY, 8), RED);
    expect_eq(smesim_value_colour(-INFINITY, 8), BLUE);
    expect_eq(smesim_value_colour(INFINITY, 0), RED);
    expect_eq(smesim_value_colour(-INFINITY, 0), BLUE);
}

TEST(value_colour_with_no_usable_m_is_near_white)
{
    expect_eq(smesim_value_colour(5, 0), WHITE);
    expect_eq(smesim_value_colour(-5, 0), WHITE);
    expect_eq(smesim_value_colour(5, -8), WHITE);        /* m <= 0 counts as 0 */
    expect_eq(smesim_value_colour(5, NAN), WHITE);
    expect_eq(smesim_value_colour(5, INFINITY), WHITE);  /* 5 / inf = 0 */
}

/* ---- canvas ---------------------------------------------------------------- */

TEST(canvas_init_fills_and_rejects_bad_sizes)
{
    smesim_canvas c = { 0 };
    expect_eq(smesim_canvas_init(&c, 3, 2, 0xFF123456u), 1);
    expect_eq(c.w, 3);
    expect_eq(c.h, 2);
    for (int k = 0; k < 6; k++) expect_eq(c.px[k], 0xFF123456u);
    smesim_canvas_free(&c);
    expect_true(c.px == NULL && c.w == 0 && c.h == 0);
    smesim_canvas_free(&c);
    smesim_canvas_free(NULL);

    expect_eq(smesim_canvas_init(&c, 0, 5, 0), 0);
    expect_eq(smesim_canvas_init(&c, 5, -1, 0), 0);
    expect_eq(smesim_canvas_init(&c, SMESIM_CANVAS_MAX + 1, 1, 0), 0);
    expect_eq(smesim_canvas_init(&c, INT_MIN, INT_MIN, 0), 0);
    expect_true(c.px == NULL && c.w == 0 && c.h == 0);
    expect_eq(smesim_canvas_init(NULL, 2, 2, 0), 0);
}

TEST(fill_rect_is_clipped)
{
    smesim_canvas c = { 0 };
    expect_eq(smesim_canvas_init(&c, 4, 4, 0), 1);
    smesim_fill_rect(&c, -2, -2, 4, 4, 7);      /* covers (0..1, 0..1) only */
    for (int y = 0; y < 4; y++)
        for (int x = 0; x < 4; x++) expect_eq(pixel(&c, x, y), (x < 2 && y < 2) ? 7u : 0u);
    smesim_fill_rect(&c, 3, 3, INT_MAX, INT_MAX, 9);
    expect_eq(pixel(&c, 3, 3), 9);
    expect_eq(pixel(&c, 2, 3), 0);
    smesim_fill_rect(&c, INT_MIN, INT_MIN, INT_MAX, INT_MAX, 5);   /* ends at -2 */
    smesim_fill_rect(&c, INT_MAX, 0, INT_MAX, 4, 5);
    smesim_fill_rect(&c, 0, 0, 0, 4, 5);
    smesim_fill_rect(&c, 0, 0, 4, -1, 5);
    for (int k = 0; k < 16; k++) expect_ne(c.px[k], 5);
    smesim_fill_rect(NULL, 0, 0, 1, 1, 5);
    smesim_canvas_free(&c);
    smesim_fill_rect(&c, 0, 0, 1, 1, 5);       /* empty canvas: nothing */
}

/* ---- font ------------------------------------------------------------------ */

TEST(text_width_is_six_per_glyph_less_the_last_gap)
{
    /* n*6*scale - scale (visual/render.h) */
    expect_eq(smesim_text_width("a", 1), 5);
    expect_eq(smesim_text_width("ab", 1), 11);
    expect_eq(smesim_text_width("ab", 3), 33);
    expect_eq(smesim_text_width("za0.s", 2), 58);
    expect_eq(smesim_text_width("za15.q", 2), 70);
    expect_eq(smesim_text_width("", 2), 0);
    expect_eq(smesim_text_width(NULL, 2), 0);
    expect_eq(smesim_text_width("a", 0), 0);
    expect_eq(smesim_text_width("a", -3), 0);
    expect_eq(smesim_text_width("a", SMESIM_FONT_SCALE_MAX + 1), 0);
    expect_eq(smesim_draw_text(NULL, 0, 0, "ab", 1, 1), 11);   /* measures only */
}

TEST(minus_dot_and_plus_glyphs_match_their_design)
{
    /* visual/font.c: '-' is row 3 all on; '.' rows 5-6 columns 1-2; '+' row 3
     * all on and column 2 on rows 1, 2, 4, 5. */
    smesim_canvas c = { 0 };
    expect_eq(smesim_canvas_init(&c, 20, 30, 0), 1);
    expect_eq(smesim_draw_text(&c, 1, 1, "-", 1, 1), 5);
    for (int y = 0; y < 30; y++)
        for (int x = 0; x < 20; x++)
            expect_eq(pixel(&c, x, y), (y == 4 && x >= 1 && x <= 5) ? 1u : 0u);

    smesim_fill_rect(&c, 0, 0, 20, 30, 0);
    expect_eq(smesim_draw_text(&c, 0, 0, "-", 1, 3), 15);
    for (int y = 0; y < 30; y++)
        for (int x = 0; x < 20; x++)
            expect_eq(pixel(&c, x, y), (y >= 9 && y < 12 && x < 15) ? 1u : 0u);

    smesim_fill_rect(&c, 0, 0, 20, 30, 0);
    smesim_draw_text(&c, 0, 0, ".", 1, 1);
    for (int y = 0; y < 30; y++)
        for (int x = 0; x < 20; x++)
            expect_eq(pixel(&c, x, y), ((y == 5 || y == 6) && (x == 1 || x == 2)) ? 1u : 0u);

    smesim_fill_rect(&c, 0, 0, 20, 30, 0);
    smesim_draw_text(&c, 0, 0, "+", 1, 1);
    for (int y = 0; y < 30; y++)
        for (int x = 0; x < 20; x++) {
            int on = (y == 3 && x < 5) || (x == 2 && y >= 1 && y <= 5);
            expect_eq(pixel(&c, x, y), on ? 1u : 0u);
        }
    smesim_canvas_free(&c);
}

/* Draws one character at scale 1 into a 6 x 8 picture of 0/1 bits. */
static void glyph_bits(char ch, uint8_t out[48])
{
    smesim_canvas c = { 0 };
    char s[2] = { ch, 0 };
    assert_int_equal(smesim_canvas_init(&c, 6, 8, 0), 1);
    smesim_draw_text(&c, 0, 0, s, 1, 1);
    for (int k = 0; k < 48; k++) out[k] = c.px[k] != 0;
    smesim_canvas_free(&c);
}

TEST(every_required_character_has_its_own_glyph)
{
    static const char need[] = "0123456789abcdefghijklmnopqrstuvwxyz"
                               "ABCDEFGHIJKLMNOPQRSTUVWXYZ.,:-+=()/[]%#";
    static uint8_t bits[sizeof need][48];
    uint8_t fallback[48], space[48], blank[48] = { 0 };
    glyph_bits('\x01', fallback);          /* no glyph: drawn as '?' */
    glyph_bits(' ', space);
    expect_mem(space, blank, 48);
    for (size_t k = 0; k + 1 < sizeof need; k++) {
        glyph_bits(need[k], bits[k]);
        if (memcmp(bits[k], blank, 48) == 0) fail_msg("'%c' draws nothing", need[k]);
        if (memcmp(bits[k], fallback, 48) == 0) fail_msg("'%c' has no glyph", need[k]);
        for (size_t q = 0; q < k; q++)
            if (memcmp(bits[k], bits[q], 48) == 0) fail_msg("'%c' looks like '%c'", need[k], need[q]);
    }
    uint8_t qmark[48];
    glyph_bits('?', qmark);
    expect_mem(qmark, fallback, 48);
}

TEST(text_is_clipped_anywhere)
{
    smesim_canvas c = { 0 };
    expect_eq(smesim_canvas_init(&c, 10, 10, 0), 1);
    expect_eq(smesim_draw_text(&c, -7, -3, "Hello", 1, 1), 29);
    expect_eq(smesim_draw_text(&c, 8, 8, "Hello", 1, 2), 58);
    expect_eq(smesim_draw_text(&c, INT_MAX - 3, INT_MAX - 3, "Hello", 1, 1), 29);
    expect_eq(smesim_draw_text(&c, INT_MIN, INT_MIN, "Hello", 1, 1), 29);
    expect_eq(smesim_draw_text(&c, INT_MIN, 0, "Hello", 1, SMESIM_FONT_SCALE_MAX),
              5 * 6 * SMESIM_FONT_SCALE_MAX - SMESIM_FONT_SCALE_MAX);
    /* 'H' column 0 is on in rows 0..6: at scale 1024 from (0, 0) it covers all */
    smesim_draw_text(&c, 0, 0, "H", 3, SMESIM_FONT_SCALE_MAX);
    expect_eq(pixel(&c, 9, 9), 3);
    expect_eq(smesim_draw_text(&c, 0, 0, "x", 1, 0), 0);
    smesim_canvas_free(&c);
}

/* ---- ZA contents ----------------------------------------------------------- */

#define STRIDE_PAD 16
static uint8_t zbuf[256 * (256 + STRIDE_PAD)];

/* A view whose rows are padded with 0x7F bytes (127 as int8, 3.4e38 as float,
 * 1.4e306 as double): a renderer that read padding would get a huge m. */
static smesim_za_view fresh_za(unsigned svl)
{
    smesim_za_view v = { zbuf, svl + STRIDE_PAD, svl };
    memset(zbuf, 0x7F, sizeof zbuf);
    for (unsigned r = 0; r < svl; r++) memset(zbuf + r * v.row_stride, 0, svl);
    return v;
}

/* The brief's rule: tile t, element (i, j) is the 2^esz bytes from j<<esz of
 * ZA row i*2^esz + t, little-endian.  Writes min(2^esz, 8) bytes of bits. */
static void put(const smesim_za_view *v, unsigned esz, unsigned t, unsigned i, unsigned j,
                uint64_t bits)
{
    uint8_t *p = zbuf + (size_t)(i * (1u << esz) + t) * v->row_stride + ((size_t)j << esz);
    unsigned n = esz < 3 ? 1u << esz : 8;
    for (unsigned k = 0; k < n; k++) p[k] = (uint8_t)(bits >> (8 * k));
}

static uint64_t f32_bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

static uint64_t f64_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

TEST(element_values_decode_each_size)
{
    smesim_za_view v = fresh_za(16);
    /* IEEE 754 binary16, worked by hand: sign | 5-bit exponent (bias 15) | 10-bit fraction */
    put(&v, 1, 0, 0, 0, 0x3C00);      /* 1.0 */
    put(&v, 1, 0, 0, 1, 0xC000);      /* -2.0 */
    put(&v, 1, 0, 0, 2, 0x0001);      /* 2^-24, smallest subnormal */
    put(&v, 1, 0, 0, 3, 0x7BFF);      /* 65504, largest finite */
    put(&v, 1, 0, 0, 4, 0x3555);      /* (1 + 341/1024) * 2^-2 = 0.333251953125 */
    put(&v, 1, 0, 0, 5, 0x03FF);      /* 1023 * 2^-24 */
    put(&v, 1, 0, 0, 6, 0x8000);      /* -0.0 */
    put(&v, 1, 1, 0, 0, 0x7C00);      /* +inf (tile 1 is row 1) */
    put(&v, 1, 1, 0, 1, 0x7E00);      /* NaN */
    put(&v, 1, 1, 0, 2, 0x0400);      /* 2^-14, smallest normal */
    expect_true(smesim_za_value(&v, 1, 0, 0, 0) == 1.0);
    expect_true(smesim_za_value(&v, 1, 0, 0, 1) == -2.0);
    expect_true(smesim_za_value(&v, 1, 0, 0, 2) == 5.9604644775390625e-08);
    expect_true(smesim_za_value(&v, 1, 0, 0, 3) == 65504.0);
    expect_true(smesim_za_value(&v, 1, 0, 0, 4) == 0.333251953125);
    expect_true(smesim_za_value(&v, 1, 0, 0, 5) == 1023.0 / 16777216.0);
    double nz = smesim_za_value(&v, 1, 0, 0, 6);
    expect_true(nz == 0.0 && signbit(nz));
    expect_true(isinf(smesim_za_value(&v, 1, 1, 0, 0)) && smesim_za_value(&v, 1, 1, 0, 0) > 0);
    expect_true(isnan(smesim_za_value(&v, 1, 1, 0, 1)));
    expect_true(smesim_za_value(&v, 1, 1, 0, 2) == 6.103515625e-05);
    /* m ignores NaN and infinities: the largest finite magnitude is 65504 */
    expect_true(smesim_za_max_abs(&v, 1) == 65504.0);

    v = fresh_za(16);
    put(&v, 0, 0, 3, 7, 0x80);                            /* int8 -128 at row 3, byte 7 */
    expect_true(smesim_za_value(&v, 0, 0, 3, 7) == -128.0);
    put(&v, 3, 5, 1, 1, f64_bits(-2.5));                  /* .d tile 5, (1,1): row 13, bytes 8..15 */
    expect_eq(zbuf[13 * v.row_stride + 15], 0xC0);        /* sign and exponent byte of -2.5 */
    expect_true(smesim_za_value(&v, 3, 5, 1, 1) == -2.5);
    put(&v, 2, 3, 2, 1, f32_bits(0.75f));                 /* .s tile 3, (2,1): row 11, bytes 4..7 */
    expect_eq(zbuf[11 * v.row_stride + 7], 0x3F);
    expect_true(smesim_za_value(&v, 2, 3, 2, 1) == 0.75);

    v = fresh_za(16);                                     /* .q tile 9 = row 9, low 8 bytes */
    put(&v, 4, 9, 0, 0, 0x8000000000000000u);
    memset(zbuf + 9 * v.row_stride + 8, 0x01, 8);         /* high half: ignored */
    expect_true(smesim_za_value(&v, 4, 9, 0, 0) == -9223372036854775808.0);
    put(&v, 4, 2, 0, 0, 0xFFFFFFFFFFFFFFFDu);             /* -3 */
    expect_true(smesim_za_value(&v, 4, 2, 0, 0) == -3.0);
}

/* A pattern whose values are all in {-m, -m/2, 0, m/2, m}: k in -2..2. */
static int pattern_k(unsigned t, unsigned i, unsigned j)
{
    return (int)((t + 3 * i + 5 * j) % 5) - 2;
}

static const uint32_t colour_of_k[5] = { BLUE, HALF_BLUE, WHITE, HALF_RED, RED };

/* The value k/2 * m at element size esz, as bits: int8 50k (m 100), half k
 * (m 2), float and double 4k (m 8), int64 3k (m 6). */
static uint64_t pattern_bits(unsigned esz, int k)
{
    static const uint16_t half[5] = { 0xC000, 0xBC00, 0x0000, 0x3C00, 0x4000 }; /* -2 -1 0 1 2 */
    switch (esz) {
    case 0: return (uint8_t)(int8_t)(50 * k);
    case 1: return half[k + 2];
    case 2: return f32_bits(4.0f * (float)k);
    case 3: return f64_bits(4.0 * k);
    default: return (uint64_t)(int64_t)(3 * k);
    }
}

static void expect_cell(const smesim_canvas *c, const smesim_za_view *v, const smesim_za_style *st,
                        unsigned t, unsigned i, unsigned j, uint32_t want)
{
    int x, y, s;
    assert_int_equal(smesim_za_cell_rect(v, st, t, i, j, &x, &y, &s), 1);
    uint32_t got[3] = { pixel(c, x + s / 2, y + s / 2), pixel(c, x, y), pixel(c, x + s - 1, y + s - 1) };
    for (int k = 0; k < 3; k++)
        if (got[k] != want)
            fail_msg("svl %u esz %u tile %u (%u,%u): pixel %d is %08x, want %08x", v->svl_bytes,
                     st->esz, t, i, j, k, (unsigned)got[k], (unsigned)want);
}

static void check_pattern(unsigned svl, unsigned esz)
{
    smesim_za_view v = fresh_za(svl);
    smesim_za_style st = { esz, "pattern" };
    unsigned nt = 1u << esz, dim = svl >> esz;
    for (unsigned t = 0; t < nt; t++)
        for (unsigned i = 0; i < dim; i++)
            for (unsigned j = 0; j < dim; j++) put(&v, esz, t, i, j, pattern_bits(esz, pattern_k(t, i, j)));
    /* floating point: a NaN in tile 0 and -inf in the last element */
    static const uint64_t nan_bits[4] = { 0, 0x7E00, 0x7FC00000, 0x7FF8000000000000u };
    static const uint64_t ninf_bits[4] = { 0, 0xFC00, 0xFF800000, 0xFFF0000000000000u };
    int fp = esz >= 1 && esz <= 3;
    if (fp) {
        put(&v, esz, 0, 0, 0, nan_bits[esz]);
        put(&v, esz, nt - 1, dim - 1, dim - 1, ninf_bits[esz]);
    }
    smesim_canvas c = { 0 };
    assert_int_equal(smesim_render_za(&c, &v, &st), 1);
    for (unsigned t = 0; t < nt; t++)
        for (unsigned i = 0; i < dim; i++)
            for (unsigned j = 0; j < dim; j++) {
                uint32_t want = colour_of_k[pattern_k(t, i, j) + 2];
                if (fp && t == 0 && i == 0 && j == 0) want = MAGENTA;
                if (fp && t == nt - 1 && i == dim - 1 && j == dim - 1) want = BLUE;
                expect_cell(&c, &v, &st, t, i, j, want);
            }
    smesim_canvas_free(&c);
}

TEST(cells_have_the_colour_of_their_element_svl16_and_64_s_and_d)
{
    check_pattern(16, 2);
    check_pattern(16, 3);
    check_pattern(64, 2);
    check_pattern(64, 3);
}

TEST(cells_have_the_colour_of_their_element_every_svl_and_size)
{
    for (unsigned svl = 16; svl <= 256; svl *= 2)
        for (unsigned esz = 0; esz <= 4; esz++) check_pattern(svl, esz);
}

TEST(one_element_lands_in_the_tile_the_brief_names)
{
    /* SVL 16, .s: ZA row 5 = i*4 + t with t = 1, i = 1; bytes 8..11 are j = 2. */
    smesim_za_view v = fresh_za(16);
    smesim_za_style st = { 2, NULL };
    const uint8_t eight[4] = { 0x00, 0x00, 0x00, 0x41 };     /* 8.0f little-endian */
    memcpy(zbuf + 5 * v.row_stride + 8, eight, 4);
    expect_true(smesim_za_value(&v, 2, 1, 1, 2) == 8.0);
    smesim_canvas c = { 0 };
    expect_eq(smesim_render_za(&c, &v, &st), 1);
    for (unsigned t = 0; t < 4; t++)
        for (unsigned i = 0; i < 4; i++)
            for (unsigned j = 0; j < 4; j++)
                expect_cell(&c, &v, &st, t, i, j, (t == 1 && i == 1 && j == 2) ? RED : WHITE);
    smesim_canvas_free(&c);
}

/* ---- layout ---------------------------------------------------------------- */

static void expect_rect(unsigned svl, unsigned esz, const char *title, unsigned t, unsigned i,
                        unsigned j, int x, int y, int size)
{
    smesim_za_view v = { zbuf, svl, svl };
    smesim_za_style st = { esz, title };
    int gx = -1, gy = -1, gs = -1;
    assert_int_equal(smesim_za_cell_rect(&v, &st, t, i, j, &gx, &gy, &gs), 1);
    if (gx != x || gy != y || gs != size)
        fail_msg("svl %u esz %u tile %u (%u,%u): got (%d,%d) size %d, want (%d,%d) size %d", svl, esz,
                 t, i, j, gx, gy, gs, x, y, size);
}

TEST(cell_rects_follow_the_layout_rules)
{
    /* Worked from the rules in visual/render.h, MARGIN 16, GAP 16, LABEL_BAND 20.
     * SVL 16 .s: dim 4, cell min(32, 64) = 32, grid, pitch 33, tile 2+128+3 = 133,
     * label "za3.s" 58 wide, col_w 133, row_h 20+133+16 = 169. */
    expect_rect(16, 2, NULL, 0, 0, 0, 17, 37, 32);              /* frame (16, 36) */
    expect_rect(16, 2, NULL, 0, 1, 2, 17 + 66, 37 + 33, 32);
    expect_rect(16, 2, NULL, 1, 0, 0, 166, 37, 32);             /* frame x 16+133+16 */
    expect_rect(16, 2, NULL, 2, 0, 0, 17, 206, 32);             /* frame y 16+169+20 */
    expect_rect(16, 2, NULL, 3, 3, 3, 166 + 99, 206 + 99, 32);
    expect_rect(16, 2, "t", 0, 0, 0, 17, 37 + 28, 32);          /* title band 28 */
    expect_rect(16, 2, "", 0, 0, 0, 17, 37, 32);                /* "" is no title */
    /* SVL 64 .d: dim 8, cell 32, tile 2+256+7 = 265, row_h 301; tile 5 is column 1,
     * row 1: frame (16+281, 16+301+20) = (297, 337). */
    expect_rect(64, 3, NULL, 5, 7, 0, 298, 338 + 7 * 33, 32);
    /* SVL 16 .q: dim 1, cell 32, tile 34, but "za15.q" is 70 wide: col_w 70,
     * row_h 20+34+16 = 70; tile 15 is column 3 row 3: frame (16+3*86, 16+3*70+20). */
    expect_rect(16, 4, NULL, 15, 0, 0, 275, 247, 32);
    /* SVL 256 .b: dim 256, cell max(2, 1) = 2, no grid, pitch 2. */
    expect_rect(256, 0, NULL, 0, 255, 255, 17 + 510, 37 + 510, 2);
    /* SVL 128 .h: dim 64, cell 4, no grid, tile 2+256 = 258; tile 1 frame x 16+258+16. */
    expect_rect(128, 1, NULL, 1, 0, 0, 291, 37, 4);
    expect_rect(128, 1, NULL, 1, 63, 63, 291 + 252, 37 + 252, 4);
    /* SVL 32 .b: dim 32, cell 8, grid, pitch 9. */
    expect_rect(32, 0, NULL, 0, 1, 1, 26, 46, 8);
}

/* cell = min(32, max(2, 256 / dim)), worked for every dim */
static int hand_cell(unsigned dim)
{
    switch (dim) {
    case 1: case 2: case 4: case 8: return 32;
    case 16: return 16;
    case 32: return 8;
    case 64: return 4;
    default: return 2;      /* 128, 256 */
    }
}

typedef struct box { int l, t, r, b; } box;    /* r, b exclusive */

TEST(tiles_are_separate_and_inside_the_canvas_at_every_size)
{
    for (unsigned svl = 16; svl <= 256; svl *= 2)
        for (unsigned esz = 0; esz <= 4; esz++) {
            smesim_za_view v = fresh_za(svl);
            smesim_za_style st = { esz, "every size" };
            smesim_canvas c = { 0 };
            assert_int_equal(smesim_render_za(&c, &v, &st), 1);
            unsigned nt = 1u << esz, dim = svl >> esz;
            int cell = hand_cell(dim), grid = cell >= 6;
            box bx[16];
            for (unsigned t = 0; t < nt; t++) {
                int x0, y0, x1, y1, s0, s1, xn, yn, sn;
                assert_int_equal(smesim_za_cell_rect(&v, &st, t, 0, 0, &x0, &y0, &s0), 1);
                assert_int_equal(smesim_za_cell_rect(&v, &st, t, dim - 1, dim - 1, &x1, &y1, &s1), 1);
                expect_eq(s0, cell);
                expect_eq(s1, cell);
                box b = { x0 - 1, y0 - 1, x1 + cell + 1, y1 + cell + 1 };   /* with the frame */
                bx[t] = b;
                expect_eq(b.r - b.l, 2 + (int)dim * cell + (grid ? (int)dim - 1 : 0));
                expect_eq(b.b - b.t, b.r - b.l);
                expect_true(b.l >= 0 && b.t >= 0 && b.r <= c.w && b.b <= c.h);
                expect_eq(pixel(&c, b.l, b.t), SMESIM_VIS_GRID);          /* frame */
                expect_eq(pixel(&c, b.r, b.t + 1), SMESIM_VIS_BG);        /* right of it */
                expect_eq(pixel(&c, b.l + 1, b.b), SMESIM_VIS_BG);        /* below it */
                if (dim > 1) {
                    assert_int_equal(smesim_za_cell_rect(&v, &st, t, 0, 1, &xn, &yn, &sn), 1);
                    expect_eq(xn - x0, cell + grid);
                    expect_eq(yn, y0);
                    if (grid) expect_eq(pixel(&c, x0 + cell, y0 + cell / 2), SMESIM_VIS_GRID);
                    else expect_eq(pixel(&c, x0 + cell, y0), WHITE);     /* cells touch */
                }
                for (unsigned q = 0; q < t; q++) {
                    box a = bx[q];
                    int apart = a.r < b.l || b.r < a.l || a.b < b.t || b.b < a.t;
                    if (!apart) fail_msg("svl %u esz %u: tiles %u and %u touch", svl, esz, q, t);
                }
            }
            smesim_canvas_free(&c);
        }
}

TEST(the_pixel_between_two_tiles_is_background)
{
    smesim_za_view v = fresh_za(64);
    smesim_za_style st = { 2, NULL };
    for (unsigned t = 0; t < 4; t++)
        for (unsigned i = 0; i < 16; i++)
            for (unsigned j = 0; j < 16; j++) put(&v, 2, t, i, j, f32_bits(8.0f));
    smesim_canvas c = { 0 };
    expect_eq(smesim_render_za(&c, &v, &st), 1);
    /* SVL 64 .s: dim 16, cell 16, grid, tile 2+256+15 = 273; tile 0 frame
     * covers x 16..288, tile 1 frame starts at 16+273+16 = 305; cell (0,0,0)
     * is (17, 37), its centre row y = 45. */
    expect_eq(pixel(&c, 25, 45), RED);
    expect_eq(pixel(&c, 288, 45), SMESIM_VIS_GRID);   /* tile 0's right frame */
    expect_eq(pixel(&c, 289, 45), SMESIM_VIS_BG);
    expect_eq(pixel(&c, 297, 45), SMESIM_VIS_BG);     /* mid-gap */
    expect_eq(pixel(&c, 304, 45), SMESIM_VIS_BG);
    expect_eq(pixel(&c, 305, 45), SMESIM_VIS_GRID);   /* tile 1's left frame */
    expect_eq(pixel(&c, 306, 45), RED);
    /* Below tile 0: its frame ends at y 36+273-1 = 308; tile 2's label band
     * starts at 309+16 = 325.  Under the last cell column, x = 17+15*17+8 = 280. */
    expect_eq(pixel(&c, 280, 307), RED);
    expect_eq(pixel(&c, 280, 308), SMESIM_VIS_GRID);
    expect_eq(pixel(&c, 280, 317), SMESIM_VIS_BG);
    expect_ne(SMESIM_VIS_BG, RED);
    expect_ne(SMESIM_VIS_BG, WHITE);
    expect_ne(SMESIM_VIS_BG, SMESIM_VIS_GRID);
    smesim_canvas_free(&c);
}

/* Every pixel of the box is TEXT where `s` drawn alone at (x, y) sets one, BG elsewhere. */
static void expect_text_at(const smesim_canvas *c, int x, int y, const char *s)
{
    smesim_canvas ref = { 0 };
    assert_int_equal(smesim_canvas_init(&ref, c->w, c->h, SMESIM_VIS_BG), 1);
    int w = smesim_draw_text(&ref, x, y, s, SMESIM_VIS_TEXT, 2), on = 0;
    for (int yy = y; yy < y + SMESIM_FONT_H * 2; yy++)
        for (int xx = x; xx < x + w; xx++) {
            on += pixel(&ref, xx, yy) == SMESIM_VIS_TEXT;
            if (pixel(c, xx, yy) != pixel(&ref, xx, yy))
                fail_msg("\"%s\" at (%d,%d): pixel (%d,%d) differs", s, x, y, xx, yy);
        }
    expect_true(on > 10);
    smesim_canvas_free(&ref);
}

TEST(title_and_labels_sit_where_the_layout_says)
{
    smesim_za_view v = fresh_za(16);
    smesim_za_style st = { 2, "Hi" };
    smesim_canvas c = { 0 };
    expect_eq(smesim_render_za(&c, &v, &st), 1);
    /* title at (MARGIN, MARGIN); top = 16+28 = 44; tile t's label at its frame
     * x, frame y - 20: tile 0 (16, 44), tile 1 (16+133+16, 44), tile 3 (165, 44+169) */
    expect_text_at(&c, 16, 16, "Hi");
    expect_text_at(&c, 16, 44, "za0.s");
    expect_text_at(&c, 165, 44, "za1.s");
    expect_text_at(&c, 16, 213, "za2.s");
    expect_text_at(&c, 165, 213, "za3.s");
    smesim_canvas_free(&c);

    smesim_za_style q = { 4, NULL };                        /* SVL 16 .q, no title */
    expect_eq(smesim_render_za(&c, &v, &q), 1);
    /* col_w 70, row_h 70: tile 15's label at (16+3*86, 16+3*70) */
    expect_text_at(&c, 274, 226, "za15.q");
    smesim_canvas_free(&c);
}

TEST(legend_bar_numbers_and_canvas_size)
{
    smesim_za_view v = fresh_za(16);
    smesim_za_style st = { 2, NULL };
    for (unsigned t = 0; t < 4; t++)
        for (unsigned i = 0; i < 4; i++)
            for (unsigned j = 0; j < 4; j++) put(&v, 2, t, i, j, f32_bits(4.0f * (float)pattern_k(t, i, j)));
    put(&v, 2, 2, 1, 1, 0x7FC00000);                       /* a NaN: m stays 8 */
    smesim_canvas c = { 0 };
    expect_eq(smesim_render_za(&c, &v, &st), 1);
    /* grid_w = 2*133+16 = 282; numbers "-8" 22, "0" 10, "+8" 22 -> 54+64 = 118,
     * so bar_w = 282; bar at x 16..297, y = 16 + 2*169 = 354. */
    expect_eq(pixel(&c, 15, 353), SMESIM_VIS_GRID);         /* frame */
    expect_eq(pixel(&c, 298, 362), SMESIM_VIS_GRID);
    /* column k shows v = 8*(2(k+0.5)/282 - 1):
     * k = 0: f = 281/282: R 240-239.149 -> 1, G 240-199.291 -> 41, B 240-39.858 -> 200 */
    expect_eq(pixel(&c, 16, 362), 0xFF0129C8u);
    /* k = 281: R 200.142 -> 200, G 0.851 -> 1, B 1 */
    expect_eq(pixel(&c, 297, 362), 0xFFC80101u);
    /* k = 141: f = 1/282: R 239.858 -> 240, G 239.149 -> 239, B 239 */
    expect_eq(pixel(&c, 157, 362), 0xFFF0EFEFu);
    /* k = 140: v = -8/282: R 239.149 -> 239, G 239.291 -> 239, B 239.858 -> 240 */
    expect_eq(pixel(&c, 156, 362), 0xFFEFEFF0u);
    /* ticks at x 16, 157, 297, y 371..374 */
    expect_eq(pixel(&c, 157, 372), SMESIM_VIS_TEXT);
    /* numbers, top y = 354+23 = 377: "-8" at x 16, "0" at 16+141-5 = 152,
     * "+8" at 16+282-22 = 276 */
    expect_text_at(&c, 16, 377, "-8");
    expect_text_at(&c, 152, 377, "0");
    expect_text_at(&c, 276, 377, "+8");
    /* NaN swatch at (16, 377+16+8 = 401), 16 square; "NaN" at x 16+16+8 */
    expect_eq(pixel(&c, 24, 409), MAGENTA);
    expect_eq(pixel(&c, 15, 400), SMESIM_VIS_GRID);
    expect_text_at(&c, 40, 401, "NaN");
    expect_eq(c.w, 2 * 16 + 282);
    expect_eq(c.h, 401 + 16 + 16);
    smesim_canvas_free(&c);

    /* no NaN: the picture ends after the numbers: 377+16+16 */
    v = fresh_za(16);
    expect_eq(smesim_render_za(&c, &v, &st), 1);
    expect_eq(c.h, 377 + 16 + 16);
    /* m = 0: every column of the bar is near-white, numbers "-0" "0" "+0" */
    expect_eq(pixel(&c, 16, 362), WHITE);
    expect_eq(pixel(&c, 297, 362), WHITE);
    expect_text_at(&c, 16, 377, "-0");
    smesim_canvas_free(&c);
}

TEST(a_wide_title_widens_the_canvas_up_to_a_cap)
{
    smesim_za_view v = fresh_za(16);
    char title[401];
    memset(title, 'W', 40);
    title[40] = 0;
    smesim_za_style st = { 2, title };
    smesim_canvas c = { 0 };
    expect_eq(smesim_render_za(&c, &v, &st), 1);
    expect_eq(c.w, 32 + 40 * 12 - 2);                      /* 478 > grid 282 */
    memset(title, 'W', 400);
    title[400] = 0;
    expect_eq(smesim_render_za(&c, &v, &st), 1);           /* reuses c */
    expect_eq(c.w, 32 + SMESIM_ZA_TITLE_MAX);              /* 4798 capped */
    smesim_canvas_free(&c);
}

TEST(bad_arguments_return_zero)
{
    smesim_za_view v = fresh_za(16);
    smesim_za_style st = { 2, NULL };
    smesim_canvas c = { 0 };
    expect_eq(smesim_render_za(NULL, &v, &st), 0);
    expect_eq(smesim_render_za(&c, NULL, &st), 0);
    expect_eq(smesim_render_za(&c, &v, NULL), 0);
    smesim_za_style big = { 5, NULL };
    expect_eq(smesim_render_za(&c, &v, &big), 0);
    static const unsigned bad_svl[] = { 0, 8, 15, 24, 48, 255, 512, 4096 };
    for (size_t k = 0; k < sizeof bad_svl / sizeof bad_svl[0]; k++) {
        smesim_za_view b = { zbuf, 4096, bad_svl[k] };
        int x, y, s;
        expect_eq(smesim_render_za(&c, &b, &st), 0);
        expect_eq(smesim_za_cell_rect(&b, &st, 0, 0, 0, &x, &y, &s), 0);
        expect_true(isnan(smesim_za_value(&b, 2, 0, 0, 0)));
        expect_true(smesim_za_max_abs(&b, 2) == 0);
    }
    smesim_za_view nodata = { NULL, 16, 16 }, narrow = { zbuf, 15, 16 };
    expect_eq(smesim_render_za(&c, &nodata, &st), 0);
    expect_eq(smesim_render_za(&c, &narrow, &st), 0);
    expect_true(c.px == NULL && c.w == 0 && c.h == 0);     /* untouched */

    /* a failed render leaves a canvas it was given as it was */
    expect_eq(smesim_render_za(&c, &v, &st), 1);
    uint32_t *before = c.px;
    int w = c.w;
    expect_eq(smesim_render_za(&c, &v, &big), 0);
    expect_true(c.px == before && c.w == w);
    smesim_canvas_free(&c);

    int x, y, s;
    expect_eq(smesim_za_cell_rect(&v, &st, 4, 0, 0, &x, &y, &s), 0);    /* 4 tiles at .s */
    expect_eq(smesim_za_cell_rect(&v, &st, 0, 4, 0, &x, &y, &s), 0);    /* dim 4 */
    expect_eq(smesim_za_cell_rect(&v, &st, 0, 0, 4, &x, &y, &s), 0);
    expect_eq(smesim_za_cell_rect(&v, &big, 0, 0, 0, &x, &y, &s), 0);
    expect_eq(smesim_za_cell_rect(&v, &st, 0, 0, 0, NULL, &y, &s), 0);
    expect_eq(smesim_za_cell_rect(&v, &st, 0, 0, 0, &x, NULL, &s), 0);
    expect_eq(smesim_za_cell_rect(&v, &st, 0, 0, 0, &x, &y, NULL), 0);
    expect_eq(smesim_za_cell_rect(NULL, &st, 0, 0, 0, &x, &y, &s), 0);
    expect_eq(smesim_za_cell_rect(&v, NULL, 0, 0, 0, &x, &y, &s), 0);
    expect_eq(smesim_za_cell_rect(&nodata, &st, 0, 0, 0, &x, &y, &s), 1);  /* geometry only */
    expect_true(isnan(smesim_za_value(&v, 2, 4, 0, 0)));
    expect_true(isnan(smesim_za_value(&v, 2, 0, 4, 0)));
    expect_true(isnan(smesim_za_value(&v, 5, 0, 0, 0)));
    expect_true(isnan(smesim_za_value(NULL, 2, 0, 0, 0)));
    expect_true(smesim_za_max_abs(NULL, 2) == 0);
    expect_true(smesim_za_max_abs(&v, 5) == 0);

    char err[200] = "";
    smesim_canvas empty = { 0 };
    expect_eq(smesim_png_write(NULL, &empty, err, sizeof err), 0);
    expect_true(err[0] != 0);
    expect_eq(smesim_png_write("", &empty, err, sizeof err), 0);
    expect_eq(smesim_png_write("/tmp/smesim_never.png", NULL, err, sizeof err), 0);
    expect_true(strstr(err, "/tmp/smesim_never.png") != NULL);
    expect_eq(smesim_png_write("/tmp/smesim_never.png", &empty, err, sizeof err), 0);
    expect_eq(smesim_png_write("/tmp/smesim_never.png", &empty, NULL, 0), 0);
    expect_true(access("/tmp/smesim_never.png", F_OK) != 0);
}

/* ---- PNG ------------------------------------------------------------------- */

static void make_temp_dir(char *dir, size_t n)
{
    snprintf(dir, n, "/tmp/smesim_png_XXXXXX");
    assert_non_null(mkdtemp(dir));
}

/* Number of entries in dir other than . and ..; the last one's name in *name. */
static int entries(const char *dir, char *name, size_t n)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    int count = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        count++;
        if (name) snprintf(name, n, "%s", e->d_name);
    }
    closedir(d);
    return count;
}

/* Loads a PNG with SDL2_image and compares it with c, pixel for pixel. */
static void expect_png_equals(const char *path, const smesim_canvas *c)
{
    SDL_Surface *raw = IMG_Load(path);
    if (!raw) fail_msg("IMG_Load(%s): %s", path, IMG_GetError());
    SDL_Surface *s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_FreeSurface(raw);
    assert_non_null(s);
    expect_eq(s->w, c->w);
    expect_eq(s->h, c->h);
    SDL_LockSurface(s);
    for (int y = 0; y < c->h; y++) {
        const uint32_t *row = (const uint32_t *)((const uint8_t *)s->pixels + (size_t)y * (size_t)s->pitch);
        for (int x = 0; x < c->w; x++)
            if (row[x] != pixel(c, x, y))
                fail_msg("%s: pixel (%d,%d) is %08x, want %08x", path, x, y, (unsigned)row[x],
                         (unsigned)pixel(c, x, y));
    }
    SDL_UnlockSurface(s);
    SDL_FreeSurface(s);
}

TEST(png_round_trips_every_pixel_and_leaves_no_temporary)
{
    /* no display: nothing here may need one */
    unsetenv("DISPLAY");
    unsetenv("WAYLAND_DISPLAY");
    char dir[64], path[128], name[256] = "", err[256] = "";
    make_temp_dir(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/za.png", dir);

    smesim_za_view v = fresh_za(16);
    for (unsigned t = 0; t < 8; t++)
        for (unsigned i = 0; i < 2; i++)
            for (unsigned j = 0; j < 2; j++) put(&v, 3, t, i, j, f64_bits(-1.5 * (double)pattern_k(t, i, j)));
    smesim_za_style st = { 3, "round trip" };
    smesim_canvas c = { 0 };
    expect_eq(smesim_render_za(&c, &v, &st), 1);
    if (!smesim_png_write(path, &c, err, sizeof err)) fail_msg("%s", err);
    expect_png_equals(path, &c);
    expect_eq(entries(dir, name, sizeof name), 1);
    expect_str(name, "za.png");

    /* overwriting, with alpha other than opaque */
    smesim_canvas small = { 0 };
    expect_eq(smesim_canvas_init(&small, 3, 2, 0xFF000000u), 1);
    small.px[0] = 0x00000000u;
    small.px[1] = 0x80FF0000u;
    small.px[2] = 0xFF00FF00u;
    small.px[3] = 0x400000FFu;
    small.px[5] = 0xFFFFFFFFu;
    if (!smesim_png_write(path, &small, err, sizeof err)) fail_msg("%s", err);
    expect_png_equals(path, &small);
    expect_eq(entries(dir, name, sizeof name), 1);
    expect_str(name, "za.png");
    expect_eq(SDL_WasInit(SDL_INIT_VIDEO), 0);

    unlink(path);
    rmdir(dir);
    smesim_canvas_free(&small);
    smesim_canvas_free(&c);
}

TEST(png_into_a_missing_directory_fails_and_leaves_nothing)
{
    char dir[64], path[160], err[512] = "";
    make_temp_dir(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/missing/za.png", dir);
    smesim_canvas c = { 0 };
    expect_eq(smesim_canvas_init(&c, 4, 4, SMESIM_VIS_BG), 1);
    expect_eq(smesim_png_write(path, &c, err, sizeof err), 0);
    expect_true(strstr(err, path) != NULL);
    expect_true(strchr(err, '\n') == NULL);
    expect_eq(entries(dir, NULL, 0), 0);

    /* a message cut to fit errn is still a string */
    char tiny[8];
    memset(tiny, 'x', sizeof tiny);
    expect_eq(smesim_png_write(path, &c, tiny, sizeof tiny), 0);
    expect_eq(strlen(tiny), 7);
    expect_eq(smesim_png_write(path, &c, NULL, 0), 0);

    /* the target is a directory: the finished temporary cannot be renamed onto it */
    char sub[96], name[256] = "";
    snprintf(sub, sizeof sub, "%s/sub", dir);
    expect_eq(mkdir(sub, 0700), 0);
    expect_eq(smesim_png_write(sub, &c, err, sizeof err), 0);
    expect_true(strstr(err, sub) != NULL);
    expect_eq(entries(dir, name, sizeof name), 1);
    expect_str(name, "sub");
    expect_eq(entries(sub, NULL, 0), 0);

    rmdir(sub);
    rmdir(dir);
    smesim_canvas_free(&c);
}

RUN_TESTS(T(value_colour_follows_the_published_formula), T(value_colour_of_nan_and_infinities),
          T(value_colour_with_no_usable_m_is_near_white), T(canvas_init_fills_and_rejects_bad_sizes),
          T(fill_rect_is_clipped), T(text_width_is_six_per_glyph_less_the_last_gap),
          T(minus_dot_and_plus_glyphs_match_their_design),
          T(every_required_character_has_its_own_glyph), T(text_is_clipped_anywhere),
          T(element_values_decode_each_size),
          T(cells_have_the_colour_of_their_element_svl16_and_64_s_and_d),
          T(cells_have_the_colour_of_their_element_every_svl_and_size),
          T(one_element_lands_in_the_tile_the_brief_names), T(cell_rects_follow_the_layout_rules),
          T(tiles_are_separate_and_inside_the_canvas_at_every_size),
          T(the_pixel_between_two_tiles_is_background), T(title_and_labels_sit_where_the_layout_says),
          T(legend_bar_numbers_and_canvas_size), T(a_wide_title_widens_the_canvas_up_to_a_cap),
          T(bad_arguments_return_zero), T(png_round_trips_every_pixel_and_leaves_no_temporary),
          T(png_into_a_missing_directory_fails_and_leaves_nothing))
