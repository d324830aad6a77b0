/* audio.c: process and write doc->audio: loudness, formats, chapters, timings. */
#include "audio.h"

#include <errno.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* PLACEHOLDER (to be replaced by the audio work): WAV only, no processing. */
bool qc_audio_format_ok(const char *path)
{
    const char *dot = strrchr(path, '.');
    return dot && !strcasecmp(dot, ".wav");
}

qc_status qc_audio_write(qc_doc *doc, const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) return qc_doc_fail(doc, QC_ERR_WRITE, "%s: %s", path, strerror(errno));
    SF_INFO info = {0};
    info.samplerate = doc->audio.rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *sf = sf_open_fd(fd, SFM_WRITE, &info, 1);
    if (!sf) { close(fd); unlink(tmp); return qc_doc_fail(doc, QC_ERR_WRITE, "%s: %s", path, sf_strerror(NULL)); }
    sf_count_t n = sf_write_short(sf, doc->audio.pcm, (sf_count_t)doc->audio.n);
    int rc = sf_close(sf);
    if (n != (sf_count_t)doc->audio.n || rc != 0 || rename(tmp, path) != 0) {
        unlink(tmp);
        return qc_doc_fail(doc, QC_ERR_WRITE, "%s: write failed", path);
    }
    return QC_OK;
}
