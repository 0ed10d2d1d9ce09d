#ifndef DOSSIER_CLIBEDIT_SHIM_H
#define DOSSIER_CLIBEDIT_SHIM_H
/*
 * Non-variadic wrappers around libedit's variadic calls (el_set, el_get, history), which Swift
 * cannot call, plus the few POSIX calls the shell needs that are variadic or use unions
 * (ioctl, sigaction).
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <histedit.h>

/* The standard streams, as functions: Swift 6 rejects the mutable globals stdin/stdout/stderr. */
static inline FILE *dossier_stdin(void) { return stdin; }
static inline FILE *dossier_stdout(void) { return stdout; }
static inline FILE *dossier_stderr(void) { return stderr; }

typedef char *(*dossier_prompt_fn)(EditLine *);
typedef unsigned char (*dossier_command_fn)(EditLine *, int);

static inline int dossier_el_set_prompt(EditLine *el, dossier_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}

static inline int dossier_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int dossier_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int dossier_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *dossier_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int dossier_el_add_function(EditLine *el, const char *name, const char *help,
                                          dossier_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int dossier_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

static inline int dossier_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/* Reads a line; sets *count and errno (cleared first) so EOF and EINTR can be told apart. */
static inline const char *dossier_el_gets(EditLine *el, int *count, int *error) {
    errno = 0;
    const char *line = el_gets(el, count);
    *error = errno;
    return line;
}

static inline int dossier_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int dossier_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int dossier_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int dossier_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int dossier_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

/* Terminal size of fd through TIOCGWINSZ; returns 0 on success. */
static inline int dossier_terminal_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    if (ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/* SIGINT: count the signals, and interrupt blocking reads (no SA_RESTART). */
static volatile sig_atomic_t dossier_sigint_pending = 0;

static void dossier_sigint_handler(int signo) {
    (void)signo;
    dossier_sigint_pending = 1;
}

static inline int dossier_install_sigint_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = dossier_sigint_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(SIGINT, &sa, NULL);
}

/* The flag the handler installed from the same translation unit sets. Every module that inlines
 * these functions gets its own copy of the static flag, so the caller keeps the address it got
 * beside the installation and takes the signal through it (dossier_take_sigint_at). */
static inline volatile sig_atomic_t *dossier_sigint_flag(void) {
    return &dossier_sigint_pending;
}

/* Returns 1 if a SIGINT arrived since the last call, and clears the flag at `flag`. */
static inline int dossier_take_sigint_at(volatile sig_atomic_t *flag) {
    int pending = *flag;
    *flag = 0;
    return pending;
}

/* Ignores (ignore = 1) or restores the default action of (ignore = 0) SIGPIPE; returns the old
 * disposition as 1 (ignored) or 0 (anything else). */
static inline int dossier_ignore_sigpipe(int ignore) {
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    memset(&old, 0, sizeof old);
    sa.sa_handler = ignore ? SIG_IGN : SIG_DFL;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGPIPE, &sa, &old) != 0) return -1;
    return old.sa_handler == SIG_IGN ? 1 : 0;
}

#endif
