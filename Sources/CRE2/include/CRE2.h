// A small C interface to RE2, the linear-time regular-expression engine: user patterns are
// untrusted, and RE2 never backtracks, so no pattern can hang a search.
#ifndef DOSSIER_CRE2_H
#define DOSSIER_CRE2_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dossier_regex dossier_regex;

/// Compiles a UTF-8 pattern. On failure returns NULL and sets *error to a message the caller
/// frees with dossier_regex_free_error.
dossier_regex *dossier_regex_compile(const char *pattern, size_t length, int case_insensitive, char **error);

/// Finds the first match in text[from..<length]; on success returns 1 and sets the byte offsets.
int dossier_regex_find(const dossier_regex *re, const char *text, size_t length, size_t from, size_t *start, size_t *end);

/// Whether the whole text matches.
int dossier_regex_full_match(const dossier_regex *re, const char *text, size_t length);

void dossier_regex_free(dossier_regex *re);
void dossier_regex_free_error(char *error);

#ifdef __cplusplus
}
#endif

#endif
