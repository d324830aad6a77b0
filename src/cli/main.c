/* main.c: the quotecast command line, a thin shell over the public API. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quotecast/quotecast.h"

enum { EXIT_USAGE = 2 };

static const char *prog = "quotecast";

static void usage(FILE *f)
{
    fprintf(f,
"Usage: %s [OPTIONS] INPUT\n"
"Turn a news article into a spoken audio briefing of its key quotes.\n"
"INPUT is a file, - for standard input, or an http:// or https:// URL.\n"
"\n"
"What to produce (one of these, or -o):\n"
"  -o, --output FILE      write audio; format from the extension: .wav .flac .ogg .mp3 .opus\n"
"      --body             print the cleaned article body\n"
"      --summary          print the selected sentences, one per line\n"
"      --script           print the spoken script\n"
"      --json             print the analysis as JSON (with -o, after writing audio)\n"
"      --pretty           indent the JSON\n"
"\n"
"Input:\n"
"      --format FMT       text, html or auto (default: auto, sniffs HTML)\n"
"\n"
"Selection:\n"
"      --mode MODE        quotes (default: built around attributed quotes) or summary\n"
"  -n, --sentences N      at most N sentences\n"
"      --words N          at most N words\n"
"      --ratio R          at most this share (0..1) of the article's sentences\n"
"      --seconds S        fit the briefing into S seconds of audio\n"
"      --all              read every sentence of the article, in order\n"
"      --no-intro         no spoken title, source or closing\n"
"      --explain          add each sentence's score features to the JSON\n"
"\n"
"Voice and audio:\n"
"      --voice NAME|FILE  narrator voice (default: narrator)\n"
"      --quote-voice V    voice for quoted speech (default: quote)\n"
"      --rate WPM         speaking rate in words per minute (80..450)\n"
"      --pitch P          base pitch 0..99\n"
"      --voices-dir DIR   where voice files are (default: voices/ of the install)\n"
"      --list-voices      list the available voices and exit\n"
"      --loudness LUFS    target integrated loudness (default -16)\n"
"      --no-loudness      leave the level as synthesised\n"
"      --sample-rate HZ   resample the output\n"
"      --chapters FILE    write Podcasting 2.0 chapters JSON\n"
"      --timings FILE     write timings: .vtt, .srt or .json (per word)\n"
"      --jobs N           speech processes (default: 2 for long scripts if there are 2 cores)\n"
"\n"
"  -h, --help             show this help and exit\n"
"  -V, --version          show the version and exit\n"
"\n"
"Exit status: 0 on success, 1 if the input or output failed, 2 on a usage error.\n",
            prog);
}

__attribute__((format(printf, 1, 2), noreturn)) static void die_usage(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", prog);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " (try --help)\n");
    exit(EXIT_USAGE);
}

static long num(const char *opt, const char *s, long lo, long hi)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi) {
        fprintf(stderr, "%s: %s wants a whole number from %ld to %ld, not '%s'\n", prog, opt, lo, hi, s);
        exit(EXIT_USAGE);
    }
    return v;
}

static double real(const char *opt, const char *s, double lo, double hi)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !(v >= lo && v <= hi)) {
        fprintf(stderr, "%s: %s wants a number from %g to %g, not '%s'\n", prog, opt, lo, hi, s);
        exit(EXIT_USAGE);
    }
    return v;
}

static void print_voice(const char *name, const char *path, void *user)
{
    (void)user;
    printf("%-16s %s\n", name, path);
}

enum {
    O_BODY = 256, O_SUMMARY, O_SCRIPT, O_JSON, O_PRETTY, O_FORMAT, O_MODE, O_WORDS, O_RATIO,
    O_SECONDS, O_ALL, O_NOINTRO, O_EXPLAIN, O_VOICE, O_QVOICE, O_RATE, O_PITCH, O_VDIR,
    O_LIST, O_LOUD, O_NOLOUD, O_SRATE, O_CHAPTERS, O_TIMINGS, O_JOBS
};

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, 0, 'o'},   {"body", no_argument, 0, O_BODY},
        {"summary", no_argument, 0, O_SUMMARY},  {"script", no_argument, 0, O_SCRIPT},
        {"json", no_argument, 0, O_JSON},        {"pretty", no_argument, 0, O_PRETTY},
        {"format", required_argument, 0, O_FORMAT}, {"mode", required_argument, 0, O_MODE},
        {"sentences", required_argument, 0, 'n'}, {"words", required_argument, 0, O_WORDS},
        {"ratio", required_argument, 0, O_RATIO}, {"seconds", required_argument, 0, O_SECONDS},
        {"all", no_argument, 0, O_ALL},          {"no-intro", no_argument, 0, O_NOINTRO},
        {"explain", no_argument, 0, O_EXPLAIN},  {"voice", required_argument, 0, O_VOICE},
        {"quote-voice", required_argument, 0, O_QVOICE}, {"rate", required_argument, 0, O_RATE},
        {"pitch", required_argument, 0, O_PITCH}, {"voices-dir", required_argument, 0, O_VDIR},
        {"list-voices", no_argument, 0, O_LIST}, {"loudness", required_argument, 0, O_LOUD},
        {"no-loudness", no_argument, 0, O_NOLOUD}, {"sample-rate", required_argument, 0, O_SRATE},
        {"chapters", required_argument, 0, O_CHAPTERS}, {"timings", required_argument, 0, O_TIMINGS}, {"jobs", required_argument, 0, O_JOBS},
        {"help", no_argument, 0, 'h'},           {"version", no_argument, 0, 'V'},
        {0, 0, 0, 0},
    };
    qc_options opt;
    qc_options_init(&opt);
    const char *out = NULL;
    bool body = false, summary = false, script = false, json = false, pretty = false, list = false;

    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":o:n:hV", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case O_BODY: body = true; break;
        case O_SUMMARY: summary = true; break;
        case O_SCRIPT: script = true; break;
        case O_JSON: json = true; break;
        case O_PRETTY: pretty = true; break;
        case O_FORMAT:
            if (!strcmp(optarg, "text")) opt.format = QC_FORMAT_TEXT;
            else if (!strcmp(optarg, "html")) opt.format = QC_FORMAT_HTML;
            else if (!strcmp(optarg, "auto")) opt.format = QC_FORMAT_AUTO;
            else die_usage("--format wants text, html or auto, not '%s'", optarg);
            break;
        case O_MODE:
            if (!strcmp(optarg, "quotes")) opt.mode = QC_MODE_QUOTES;
            else if (!strcmp(optarg, "summary")) opt.mode = QC_MODE_SUMMARY;
            else die_usage("--mode wants quotes or summary, not '%s'", optarg);
            break;
        case 'n': opt.max_sentences = (int)num("-n", optarg, 1, 100000); break;
        case O_WORDS: opt.max_words = (int)num("--words", optarg, 1, 10000000); break;
        case O_RATIO: opt.ratio = real("--ratio", optarg, 0.001, 1.0); break;
        case O_SECONDS: opt.seconds = real("--seconds", optarg, 1.0, 86400.0); break;
        case O_ALL: opt.all = true; break;
        case O_NOINTRO: opt.no_intro = true; break;
        case O_EXPLAIN: opt.explain = true; break;
        case O_VOICE: opt.voice = optarg; break;
        case O_QVOICE: opt.quote_voice = optarg; break;
        case O_RATE: opt.rate = (int)num("--rate", optarg, 80, 450); break;
        case O_PITCH: opt.pitch = (int)num("--pitch", optarg, 0, 99); break;
        case O_VDIR: opt.voices_dir = optarg; break;
        case O_LIST: list = true; break;
        case O_LOUD: opt.loudness = real("--loudness", optarg, -70.0, -1.0); break;
        case O_NOLOUD: opt.no_loudness = true; break;
        case O_SRATE: opt.sample_rate = (int)num("--sample-rate", optarg, 8000, 192000); break;
        case O_CHAPTERS: opt.chapters_path = optarg; break;
        case O_TIMINGS: opt.timings_path = optarg; break;
        case O_JOBS: opt.jobs = (int)num("--jobs", optarg, 1, 2); break;
        case 'h': usage(stdout); return 0;
        case 'V': printf("quotecast %s\n", qc_version()); return 0;
        case ':': die_usage("option %s needs a value", argv[optind - 1]); break;
        default: die_usage("unknown option '%s'", argv[optind - 1]); break;
        }
    }
    if (list) {
        qc_status s = qc_list_voices(&opt, print_voice, NULL);
        if (s) {
            fprintf(stderr, "%s: %s\n", prog, qc_strerror(s));
            return 1;
        }
        return 0;
    }
    if (optind >= argc) die_usage("no input given%s", "");
    if (optind + 1 < argc) die_usage("one input at a time; unexpected '%s'", argv[optind + 1]);
    const char *input = argv[optind];
    if (!out && !body && !summary && !script && !json)
        die_usage("nothing to do for '%s': give -o FILE.wav, --body, --summary, --script or --json", input);
    if ((opt.chapters_path || opt.timings_path) && !out)
        die_usage("%s needs -o: chapters and timings describe an audio file", opt.chapters_path ? "--chapters" : "--timings");

    qc_article *a = qc_article_new(&opt);
    if (!a) {
        fprintf(stderr, "%s: out of memory\n", prog);
        return 1;
    }
    int rc = 0;
    qc_status s = qc_article_load(a, input);
    if (s) {
        fprintf(stderr, "%s: %s\n", prog, qc_article_error(a));
        rc = 1;
        goto done;
    }
    if (body) {
        const char *b = qc_article_body(a);
        fputs(b, stdout);
        if (*b && b[strlen(b) - 1] != '\n') putchar('\n');
    }
    if (summary && !out)
        for (size_t i = 0; i < qc_article_summary_count(a); i++) printf("%s\n", qc_article_summary(a, i));
    if (script && !out) fputs(qc_article_script(a), stdout);
    if (out) {
        s = qc_article_speak(a, out);
        if (s) {
            fprintf(stderr, "%s: %s\n", prog, qc_article_error(a));
            rc = 1;
            goto done;
        }
        if (summary)
            for (size_t i = 0; i < qc_article_summary_count(a); i++) printf("%s\n", qc_article_summary(a, i));
        if (script) fputs(qc_article_script(a), stdout);
        if (!json && !summary && !script && !body)
            fprintf(stderr, "%s: wrote %s (%.1f s)\n", prog, out, qc_article_audio_seconds(a));
    }
    if (json) {
        char *j = qc_article_json(a, pretty);
        if (!j) {
            fprintf(stderr, "%s: cannot make the JSON report (out of memory)\n", prog);
            rc = 1;
            goto done;
        }
        puts(j);
        qc_free(j);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "%s: cannot write to standard output: %s\n", prog, strerror(errno));
        rc = 1;
    }
done:
    qc_article_free(a);
    qc_global_cleanup();
    return rc;
}
