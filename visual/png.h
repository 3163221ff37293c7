/* visual/png.h — saves a finished canvas as a PNG file (through SDL2_image),
 * atomically: a temporary file beside the target, then rename(2).  Drawing
 * lives in visual/render.h; this needs no display and opens no window.
 */
#ifndef SMESIM_PNG_H
#define SMESIM_PNG_H

#include <stddef.h>

#include "visual/render.h"

/* Writes c to `path` as an RGBA PNG.  The image goes to a new file beside the
 * target (path + ".<pid>.<n>.tmp"), is flushed to disk, then renamed onto
 * path, so path is either untouched or complete and no temporary file is left
 * behind.  Returns 1, or 0 with a one-line message "<path>: <problem>" in err
 * (truncated to errn bytes, always NUL-terminated; err may be NULL). */
int smesim_png_write(const char *path, const smesim_canvas *c, char *err, size_t errn);

#endif
