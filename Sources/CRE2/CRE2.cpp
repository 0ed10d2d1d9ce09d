#include "CRE2.h"

#include <re2/re2.h>

#include <cstdlib>
#include <cstring>
#include <string>

struct dossier_regex {
    re2::RE2 *re;
};

static char *copy_string(const std::string &s) {
    char *out = static_cast<char *>(std::malloc(s.size() + 1));
    if (out == nullptr) return nullptr;
    std::memcpy(out, s.data(), s.size());
    out[s.size()] = '\0';
    return out;
}

extern "C" dossier_regex *dossier_regex_compile(const char *pattern, size_t length, int case_insensitive, char **error) {
    re2::RE2::Options options;
    options.set_encoding(re2::RE2::Options::EncodingUTF8);
    options.set_case_sensitive(case_insensitive == 0);
    options.set_log_errors(false);
    // The compiled program's memory is bounded; a pattern too large for it is an error.
    options.set_max_mem(64 << 20);
    auto *re = new (std::nothrow) re2::RE2(re2::StringPiece(pattern, length), options);
    if (re == nullptr) {
        if (error != nullptr) *error = copy_string("out of memory");
        return nullptr;
    }
    if (!re->ok()) {
        if (error != nullptr) *error = copy_string(re->error());
        delete re;
        return nullptr;
    }
    auto *out = new (std::nothrow) dossier_regex{re};
    if (out == nullptr) delete re;
    return out;
}

extern "C" int dossier_regex_find(const dossier_regex *re, const char *text, size_t length, size_t from, size_t *start, size_t *end) {
    if (from > length) return 0;
    re2::StringPiece input(text, length);
    re2::StringPiece match;
    if (!re->re->Match(input, from, length, re2::RE2::UNANCHORED, &match, 1)) return 0;
    *start = static_cast<size_t>(match.data() - text);
    *end = *start + match.size();
    return 1;
}

extern "C" int dossier_regex_full_match(const dossier_regex *re, const char *text, size_t length) {
    return re2::RE2::FullMatch(re2::StringPiece(text, length), *re->re) ? 1 : 0;
}

extern "C" void dossier_regex_free(dossier_regex *re) {
    if (re == nullptr) return;
    delete re->re;
    delete re;
}

extern "C" void dossier_regex_free_error(char *error) { std::free(error); }
