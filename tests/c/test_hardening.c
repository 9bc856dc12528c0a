/* Cancelling a waiting call from another thread, panics caught at the boundary, out-pointers
 * NULL on every failure, and the version. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <time.h>

#include "check.h"

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void *cancel_soon(void *token) {
  struct timespec wait = {0, 200 * 1000 * 1000};
  nanosleep(&wait, NULL);
  cscim_cancel((const cscim_cancel_token *)token);
  return NULL;
}

static void test_cancel(void) {
  cscim_emulator *emu = NULL;
  cscim_client *client = NULL;
  cscim_client *cancellable = NULL;
  cscim_cancel_token *token = cscim_cancel_token_new();
  cscim_error *err = NULL;
  char config[512];
  char *out = (char *)"untouched";
  pthread_t thread;
  double started;
  CHECK(cscim_emulator_start("{\"latency_ms\": 5000}", &emu, NULL) == CSCIM_OK);
  snprintf(config, sizeof config, "{\"base_url\": \"%s\", \"token\": \"%s\"}", cscim_emulator_url(emu), cscim_emulator_token(emu));
  CHECK(cscim_client_new(config, &client, NULL) == CSCIM_OK);
  CHECK(cscim_client_with_cancel(client, token, &cancellable, NULL) == CSCIM_OK);
  started = now();
  CHECK(pthread_create(&thread, NULL, cancel_soon, token) == 0);
  CHECK(cscim_list_users(cancellable, NULL, &out, &err) == CSCIM_CANCELLED);
  CHECK(error_is(err, CSCIM_CANCELLED, "cancelled"));
  CHECK(out == NULL);
  CHECK(now() - started < 4.0); /* the answer would take 5 s */
  pthread_join(thread, NULL);
  /* Once cancelled, a handle's calls do not start; the original client is unaffected. */
  CHECK(cscim_delete_user(cancellable, "x", NULL) == CSCIM_CANCELLED);
  cscim_client_free(cancellable);
  CHECK(cscim_client_with_cancel(client, NULL, &cancellable, &err) == CSCIM_INVALID_ARGUMENT && cancellable == NULL);
  cscim_error_free(err);
  cscim_cancel(NULL);
  cscim_client_free(client);
  cscim_cancel_token_free(token);
  cscim_emulator_stop(emu);
}

static void test_no_secret_in_errors(void) {
  cscim_emulator *emu = NULL;
  cscim_client *client = NULL;
  cscim_error *err = NULL;
  char config[512];
  char *out = NULL;
  const char *secret = "TOPSECRET-c-42";
  CHECK(cscim_emulator_start(NULL, &emu, NULL) == CSCIM_OK);
  snprintf(config, sizeof config, "{\"base_url\": \"%s\", \"token\": \"%s\"}", cscim_emulator_url(emu), secret);
  CHECK(cscim_client_new(config, &client, NULL) == CSCIM_OK);
  CHECK(cscim_list_users(client, NULL, &out, &err) == CSCIM_UNAUTHORIZED);
  CHECK(strstr(cscim_error_message(err), secret) == NULL);
  CHECK(cscim_error_detail(err) == NULL || strstr(cscim_error_detail(err), secret) == NULL);
  cscim_error_free(err);
  snprintf(config, sizeof config, "{\"base_url\": \"%s\", \"token\": \"%s\", \"app_key\": \"%s\"}", cscim_emulator_url(emu), secret, secret);
  cscim_client_free(client);
  CHECK(cscim_client_new(config, &client, &err) == CSCIM_CONFIG && client == NULL);
  CHECK(strstr(cscim_error_message(err), secret) == NULL);
  cscim_error_free(err);
  cscim_emulator_stop(emu);
}

static void test_panic_is_internal(void) {
  cscim_error *err = NULL;
  CHECK(cscim_panic_for_tests(&err) == CSCIM_INTERNAL);
  CHECK(error_is(err, CSCIM_INTERNAL, "internal"));
  CHECK(cscim_panic_for_tests(NULL) == CSCIM_INTERNAL);
}

static void test_out_pointers_are_null_on_failure(void) {
  cscim_client *client = (cscim_client *)1;
  cscim_emulator *emu = (cscim_emulator *)1;
  cscim_user_iter *it = (cscim_user_iter *)1;
  char *text = (char *)"untouched";
  cscim_error *err = NULL;
  CHECK(cscim_client_new("{\"base_url\": \"ftp://x\"}", &client, &err) == CSCIM_CONFIG && client == NULL);
  cscim_error_free(err);
  CHECK(cscim_emulator_start("{\"nope\": 1}", &emu, NULL) == CSCIM_CONFIG && emu == NULL);
  CHECK(cscim_user_iter_new(NULL, NULL, &it, NULL) == CSCIM_INVALID_ARGUMENT && it == NULL);
  CHECK(cscim_get_user(NULL, "x", NULL, &text, NULL) == CSCIM_INVALID_ARGUMENT && text == NULL);
  text = (char *)"untouched";
  CHECK(cscim_render_plan("not json", false, &text, NULL) == CSCIM_VALIDATION && text == NULL);
  text = (char *)"untouched";
  CHECK(cscim_plan_file(NULL, "/nonexistent.csv", NULL, NULL, &text, NULL) == CSCIM_INVALID_ARGUMENT && text == NULL);
}

int main(void) {
  CHECK(strcmp(cscim_version(), "0.1.0") == 0);
  test_cancel();
  test_panic_is_internal();
  test_no_secret_in_errors();
  test_out_pointers_are_null_on_failure();
  return REPORT();
}
