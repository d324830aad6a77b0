/* test_cli.c: end-to-end tests of the quotecast command line (the contract in docs). */
#include <jansson.h>
#include <math.h>
#include <stdbool.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static const char *qc;      /* the binary */
static char tmpdir[] = "/tmp/qc-cli-XXXXXX";
static char out[65536], err[4096];

#define EXAMPLE "examples/harbour-bridge.txt"

/* Runs `args` through the shell with the binary first; captures stdout and
 * stderr; returns the exit status. */
static int run(const char *args)
{
    char cmd[8192], ofile[512], efile[512];
    snprintf(ofile, sizeof ofile, "%s/stdout", tmpdir);
    snprintf(efile, sizeof efile, "%s/stderr", tmpdir);
    snprintf(cmd, sizeof cmd, "%s %s >%s 2>%s", qc, args, ofile, efile);
    int st = system(cmd);
    FILE *f = fopen(ofile, "rb");
    size_t n = f ? fread(out, 1, sizeof out - 1, f) : 0;
    out[n] = '\0';
    if (f) fclose(f);
    f = fopen(efile, "rb");
    n = f ? fread(err, 1, sizeof err - 1, f) : 0;
    err[n] = '\0';
    if (f) fclose(f);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

static bool exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++) n += *s == '\n';
    return n;
}

/* A WAV that libsndfile reads back: rate, length and not silent. */
static void check_wav(const char *path, double min_seconds)
{
    SF_INFO info = {0};
    SNDFILE *sf = sf_open(path, SFM_READ, &info);
    CHECK(sf != NULL);
    if (!sf) return;
    CHECK_INT(info.channels, 1);
    CHECK(info.samplerate >= 16000);
    CHECK((double)info.frames / info.samplerate >= min_seconds);
    short buf[4096];
    sf_count_t n;
    double peak = 0;
    while ((n = sf_read_short(sf, buf, 4096)) > 0)
        for (sf_count_t i = 0; i < n; i++) peak = fmax(peak, fabs((double)buf[i]));
    CHECK(peak > 1000);
    sf_close(sf);
}

static void help_and_version(void)
{
    CHECK_INT(run("--help"), 0);
    CHECK(strstr(out, "Usage:") && strstr(out, "--summary"));
    CHECK_INT(run("--version"), 0);
    CHECK(strncmp(out, "quotecast ", 10) == 0);
}

static void example_to_wav(void)
{
    char args[1024], path[512];
    snprintf(path, sizeof path, "%s/example.wav", tmpdir);
    snprintf(args, sizeof args, EXAMPLE " -o %s", path);
    CHECK_INT(run(args), 0);
    check_wav(path, 5.0);
}

static void stdin_to_wav(void)
{
    char args[1024], path[512];
    snprintf(path, sizeof path, "%s/stdin.wav", tmpdir);
    snprintf(args, sizeof args, "- -o %s < " EXAMPLE, path);
    CHECK_INT(run(args), 0);
    check_wav(path, 5.0);
}

static void summary_prints_n_lines(void)
{
    CHECK_INT(run("--summary -n 3 " EXAMPLE), 0);
    CHECK_INT(count_lines(out), 3);
    CHECK_INT(run("--summary --mode summary -n 2 " EXAMPLE), 0);
    CHECK_INT(count_lines(out), 2);
}

static void json_has_every_contract_field(void)
{
    CHECK_INT(run("--json " EXAMPLE), 0);
    json_error_t je;
    json_t *j = json_loads(out, 0, &je);
    CHECK(j != NULL);
    if (!j) return;
    const char *keys[] = {"title", "body", "sentences", "quotes", "summary", "script"};
    for (size_t i = 0; i < 6; i++) CHECK(json_object_get(j, keys[i]) != NULL);
    json_t *s0 = json_array_get(json_object_get(j, "sentences"), 0);
    CHECK(s0 != NULL);
    const char *skeys[] = {"start", "end", "text", "score", "selected", "quote"};
    for (size_t i = 0; s0 && i < 6; i++) CHECK(json_object_get(s0, skeys[i]) != NULL);
    /* offsets are bytes into the input: the text at [start,end) is the sentence */
    FILE *f = fopen(EXAMPLE, "rb");
    static char input[1 << 16];
    size_t n = f ? fread(input, 1, sizeof input - 1, f) : 0;
    if (f) fclose(f);
    input[n] = '\0';
    size_t idx;
    json_t *s;
    int bad = 0;
    json_array_foreach(json_object_get(j, "sentences"), idx, s) {
        json_int_t a = json_integer_value(json_object_get(s, "start"));
        json_int_t b = json_integer_value(json_object_get(s, "end"));
        const char *t = json_string_value(json_object_get(s, "text"));
        if (a < 0 || b > (json_int_t)n || b < a || !t || strncmp(input + a, t, (size_t)(b - a)) != 0) bad++;
    }
    CHECK_INT(bad, 0);
    json_t *q;
    json_array_foreach(json_object_get(j, "quotes"), idx, q) {
        const char *qkeys[] = {"start", "end", "text", "speaker", "speaker_name"};
        for (size_t i = 0; i < 5; i++) CHECK(json_object_get(q, qkeys[i]) != NULL);
    }
    json_decref(j);
}

static void script_and_body(void)
{
    CHECK_INT(run("--script " EXAMPLE), 0);
    CHECK(strlen(out) > 100);
    CHECK(strchr(out, '<') == NULL); /* no SSML */
    CHECK_INT(run("--body " EXAMPLE), 0);
    CHECK(strstr(out, "The town council voted 7-2") != NULL);
}

/* Every failure: non-zero exit, one line on stderr naming the problem, no output file. */
static void fails_cleanly(const char *args, const char *needle, const char *outfile)
{
    int rc = run(args);
    CHECK(rc != 0);
    CHECK_INT(count_lines(err), 1);
    if (!strstr(err, needle)) {
        fprintf(stderr, "  for '%s': stderr '%s' lacks '%s'\n", args, err, needle);
        check_cur_failed = 1;
    }
    if (outfile) CHECK(!exists(outfile));
}

static void bad_inputs(void)
{
    char args[2048], path[512], in[512];
    snprintf(path, sizeof path, "%s/bad.wav", tmpdir);

    snprintf(in, sizeof in, "%s/empty.txt", tmpdir);
    fclose(fopen(in, "w"));
    snprintf(args, sizeof args, "%s -o %s", in, path);
    fails_cleanly(args, "empty", path);

    snprintf(in, sizeof in, "%s/punct.txt", tmpdir);
    FILE *pf = fopen(in, "w");
    fputs("!!! ??? ...\n\n--- *** ---\n", pf);
    fclose(pf);
    snprintf(args, sizeof args, "%s -o %s", in, path);
    fails_cleanly(args, "no sentences", path);

    snprintf(in, sizeof in, "%s/binary.bin", tmpdir);
    FILE *f = fopen(in, "wb");
    for (int i = 0; i < 4096; i++) fputc((i * 7919) & 0xFF, f);
    fclose(f);
    snprintf(args, sizeof args, "%s -o %s", in, path);
    fails_cleanly(args, "binary", path);

    snprintf(args, sizeof args, "%s/missing.txt -o %s", tmpdir, path);
    fails_cleanly(args, "No such file", path);

    snprintf(args, sizeof args, EXAMPLE " -o /nonexistent-dir/x.wav");
    fails_cleanly(args, "/nonexistent-dir/x.wav", "/nonexistent-dir/x.wav");

    snprintf(args, sizeof args, EXAMPLE " -o %s/x.xyz", tmpdir);
    snprintf(path, sizeof path, "%s/x.xyz", tmpdir);
    fails_cleanly(args, "audio format", path);

    fails_cleanly("--frobnicate " EXAMPLE, "unknown option", NULL);
    CHECK_INT(run("--frobnicate " EXAMPLE), 2);
    fails_cleanly("-n zero --summary " EXAMPLE, "-n", NULL);
    fails_cleanly("--summary", "no input", NULL);
    fails_cleanly(EXAMPLE, "nothing to do", NULL);

    snprintf(in, sizeof in, "%s/nosentences.txt", tmpdir);
    f = fopen(in, "w");
    fputs("\n\n   \n\t\n", f);
    fclose(f);
    snprintf(args, sizeof args, "--summary %s", in);
    fails_cleanly(args, "", NULL);
}

static void invalid_utf8_does_not_crash(void)
{
    char in[512], args[1024];
    snprintf(in, sizeof in, "%s/latin1.txt", tmpdir);
    FILE *f = fopen(in, "wb");
    fputs("The caf\xE9 owner said the r\xE9gime would fall. \"We are ready,\" he said.\n", f);
    fclose(f);
    snprintf(args, sizeof args, "--json %s", in);
    CHECK_INT(run(args), 0);
    json_t *j = json_loads(out, 0, NULL);
    CHECK(j != NULL);
    CHECK(strstr(json_string_value(json_object_get(j, "body")), "\xEF\xBF\xBD") != NULL);
    json_decref(j);
}

static void unbalanced_quotes_do_not_crash(void)
{
    char in[512], args[1024];
    snprintf(in, sizeof in, "%s/unbalanced.txt", tmpdir);
    FILE *f = fopen(in, "w");
    fputs("The mayor said \"this will never end. The council met on Monday.\n\n"
          "Residents disagreed. \"We object,\" said one. \"And again.\n", f);
    fclose(f);
    snprintf(args, sizeof args, "--json %s", in);
    CHECK_INT(run(args), 0);
    json_t *j = json_loads(out, 0, NULL);
    CHECK(j != NULL);
    json_decref(j);
}

int main(void)
{
    qc = getenv("QUOTECAST");
    if (!qc) qc = "build/quotecast";
    if (access(qc, X_OK) != 0 || !mkdtemp(tmpdir)) {
        printf("cannot run %s\n0 passed, 1 failed\n", qc);
        return 1;
    }
    RUN(help_and_version);
    RUN(example_to_wav);
    RUN(stdin_to_wav);
    RUN(summary_prints_n_lines);
    RUN(json_has_every_contract_field);
    RUN(script_and_body);
    RUN(bad_inputs);
    RUN(invalid_utf8_does_not_crash);
    RUN(unbalanced_quotes_do_not_crash);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
    return check_summary();
}
