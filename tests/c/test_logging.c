/* The client's log records through cscim_set_log_callback: exchanges at DEBUG, retries at
 * INFO, bodies at TRACE, from any thread, never a secret; levels filter, NULL stops. */
#include <pthread.h>
#include <stdlib.h>

#include "check.h"

/* What the callback saw: counts per level, and whether a line matched what a test looks for. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int records_at[6];
static int post_200, got_429, retried_ok, body_with_name, foreign_target, secret_seen;
static const char *token;

static void on_log(cscim_log_level level, const char *target, const char *message, void *user_data) {
  pthread_mutex_lock(&lock);
  (*(int *)user_data)++;
  records_at[level]++;
  if (strncmp(message, "POST /scim/v2/Users -> 200 in ", 30) == 0) post_200++;
  if (strstr(message, "-> 429") != NULL) got_429++;
  if (strstr(message, "-> 200") != NULL && strstr(message, "(attempt 2") != NULL) retried_ok++;
  if (level == CSCIM_LOG_TRACE && strstr(message, "ada@example.com") != NULL) body_with_name++;
  if (strcmp(target, "celonis_scim::http") != 0) foreign_target++;
  if (strstr(message, token) != NULL || strstr(message, "uthorization") != NULL) secret_seen++;
  pthread_mutex_unlock(&lock);
}

int main(void) {
  cscim_emulator *emu = NULL;
  cscim_client *client = NULL;
  cscim_error *err = NULL;
  char config[512];
  char *out = NULL;
  int calls = 0;

  CHECK(cscim_emulator_start(NULL, &emu, NULL) == CSCIM_OK);
  token = cscim_emulator_token(emu);
  snprintf(config, sizeof config, "{\"base_url\": \"%s\", \"token\": \"%s\", \"retry_base_delay\": 0.005}", cscim_emulator_url(emu), token);
  CHECK(cscim_client_new(config, &client, NULL) == CSCIM_OK);

  CHECK(cscim_set_log_callback(on_log, &calls, CSCIM_LOG_TRACE, NULL) == CSCIM_OK);
  CHECK(cscim_create_user(client, "{\"userName\": \"ada@example.com\"}", &out, NULL) == CSCIM_OK);
  cscim_string_free(out);
  CHECK(cscim_emulator_inject(emu, "{\"kind\": \"rate_limit\", \"retry_after\": 0}", 1, NULL) == CSCIM_OK);
  CHECK(cscim_list_users(client, NULL, &out, NULL) == CSCIM_OK);
  cscim_string_free(out);
  CHECK(post_200 == 1 && got_429 == 1 && retried_ok == 1);
  CHECK(records_at[CSCIM_LOG_INFO] == 1 && body_with_name >= 1);
  CHECK(foreign_target == 0 && secret_seen == 0);

  /* INFO: no exchange is logged without a retry; OFF and NULL stop. */
  int before = calls;
  CHECK(cscim_set_log_callback(on_log, &calls, CSCIM_LOG_INFO, NULL) == CSCIM_OK);
  CHECK(cscim_list_users(client, NULL, &out, NULL) == CSCIM_OK);
  cscim_string_free(out);
  CHECK(calls == before);
  CHECK(cscim_set_log_callback(NULL, NULL, CSCIM_LOG_TRACE, NULL) == CSCIM_OK);
  CHECK(cscim_emulator_inject(emu, "{\"kind\": \"rate_limit\", \"retry_after\": 0}", 1, NULL) == CSCIM_OK);
  CHECK(cscim_list_users(client, NULL, &out, NULL) == CSCIM_OK);
  cscim_string_free(out);
  CHECK(calls == before);
  CHECK(cscim_set_log_callback(on_log, &calls, 9, &err) == CSCIM_INVALID_ARGUMENT && err != NULL);
  cscim_error_free(err);

  cscim_client_free(client);
  cscim_emulator_stop(emu);
  return REPORT();
}
