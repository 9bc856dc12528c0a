/* A tiny test harness for the C tests: CHECK counts, REPORT prints "N passed, M failed". */
#ifndef CSCIM_CHECK_H
#define CSCIM_CHECK_H

#include <stdio.h>
#include <string.h>

#include "celonis_scim.h"

static int checks_passed = 0;
static int checks_failed = 0;

#define CHECK(cond)                                                             \
  do {                                                                          \
    if (cond) {                                                                 \
      checks_passed++;                                                          \
    } else {                                                                    \
      checks_failed++;                                                          \
      fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
    }                                                                           \
  } while (0)

#define REPORT() (printf("%d passed, %d failed\n", checks_passed, checks_failed), checks_failed == 0 ? 0 : 1)

/* Copies the string value of "key" in a compact JSON text into buf; returns buf or NULL. */
static inline char *json_string(const char *json, const char *key, char *buf, size_t size) {
  char pattern[128];
  const char *start;
  const char *end;
  size_t len;
  if (json == NULL) return NULL;
  snprintf(pattern, sizeof pattern, "\"%s\":\"", key);
  start = strstr(json, pattern);
  if (start == NULL) return NULL;
  start += strlen(pattern);
  end = strchr(start, '"');
  if (end == NULL) return NULL;
  len = (size_t)(end - start);
  if (len + 1 > size) return NULL;
  memcpy(buf, start, len);
  buf[len] = '\0';
  return buf;
}

/* Whether an error has the expected status and code (and frees it). */
static inline int error_is(cscim_error *err, cscim_status status, const char *code) {
  int ok = err != NULL && cscim_error_status(err) == status && strcmp(cscim_error_code(err), code) == 0 &&
           cscim_error_message(err) != NULL;
  cscim_error_free(err);
  return ok;
}

#endif
