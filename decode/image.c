/* decode/image.c — small helpers on program images (decode/image.h). */
#include <stdlib.h>
#include <string.h>

#include "decode/image.h"

void smesim_image_free(smesim_image *img)
{
    for (size_t i = 0; i < img->nseg; i++) free(img->seg[i].bytes);
    for (size_t i = 0; i < img->nsym; i++) free(img->sym[i].name);
    free(img->seg);
    free(img->sym);
    free(img->line);
    free(img->path);
    memset(img, 0, sizeof *img);
}

int smesim_image_symbol(const smesim_image *img, const char *name, uint64_t *value)
{
    for (size_t i = 0; i < img->nsym; i++)
        if (img->sym[i].name && !strcmp(img->sym[i].name, name)) {
            *value = img->sym[i].value;
            return 1;
        }
    return 0;
}

unsigned smesim_image_line(const smesim_image *img, uint64_t addr)
{
    if (addr < img->text_addr || (addr - img->text_addr) / 4 >= img->nlines) return 0;
    return img->line[(addr - img->text_addr) / 4];
}
