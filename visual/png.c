/* visual/png.c — the PNG output: an SDL_Surface over the canvas pixels, saved
 * with IMG_SavePNG to a temporary file that is then renamed onto the target.
 * No SDL_Init, no video, no window: works without a display.
 */
#include "visual/png.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <SDL2/SDL.h>
#include <SDL2/SDL_image.h>

static int fail(char *err, size_t errn, const char *fmt, ...)
{
    if (err && errn) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errn, fmt, ap);
        va_end(ap);
        for (char *p = err; *p; p++)            /* one line, whatever SDL says */
            if (*p == '\n' || *p == '\r') *p = ' ';
    }
    return 0;
}

/* Creates a fresh file beside path; its name goes to tmp.  -1 on failure. */
static int create_temp(const char *path, char *tmp, size_t n)
{
    for (unsigned k = 0; k < 100; k++) {
        snprintf(tmp, n, "%s.%ld.%u.tmp", path, (long)getpid(), k);
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

/* Flushes the finished file to disk before it takes the target's name. */
static int sync_file(const char *name)
{
    int fd = open(name, O_RDONLY);
    if (fd < 0) return -1;
    int rc = fsync(fd);
    int e = errno;
    close(fd);
    errno = e;
    return rc;
}

int smesim_png_write(const char *path, const smesim_canvas *c, char *err, size_t errn)
{
    if (!path || !*path) return fail(err, errn, "(no path): no file name given for the PNG");
    if (!c || !c->px || c->w < 1 || c->h < 1 || c->w > SMESIM_CANVAS_MAX || c->h > SMESIM_CANVAS_MAX)
        return fail(err, errn, "%s: nothing to write (empty or invalid canvas)", path);

    size_t n = strlen(path) + 64;
    char *tmp = malloc(n);
    if (!tmp) return fail(err, errn, "%s: out of memory", path);
    int fd = create_temp(path, tmp, n);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        return fail(err, errn, "%s: cannot create a temporary file beside it: %s", path, strerror(e));
    }
    close(fd);

    /* SDL only reads the pixels to save them; the cast drops const for its API. */
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormatFrom((void *)c->px, c->w, c->h, 32, c->w * 4,
                                                        SDL_PIXELFORMAT_ARGB8888);
    const char *why = NULL;
    char sdl_err[256] = "";
    if (!s) why = "cannot wrap the canvas";
    else if (IMG_SavePNG(s, tmp) != 0) why = "cannot write PNG";
    if (why) snprintf(sdl_err, sizeof sdl_err, "%s", SDL_GetError());
    SDL_FreeSurface(s);
    if (why) {
        unlink(tmp);
        free(tmp);
        return fail(err, errn, "%s: %s: %s", path, why, sdl_err);
    }
    if (sync_file(tmp) != 0 || rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        free(tmp);
        return fail(err, errn, "%s: cannot put the finished file in place: %s", path, strerror(e));
    }
    free(tmp);
    return 1;
}
