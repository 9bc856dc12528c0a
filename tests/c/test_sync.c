/* The main job from C: plan a CSV file and a JSON state, apply with a progress function,
 * render the plan, the guard, bad input, and an export read through a mapping file. */
#define _GNU_SOURCE
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"

static atomic_int progress_calls;

static void on_progress(const char *phase, size_t done, size_t total, void *user_data) {
  size_t *seen_total = (size_t *)user_data;
  if (phase != NULL && done <= total) atomic_fetch_add(&progress_calls, 1);
  *seen_total = total;
}

int main(void) {
  cscim_emulator *emu = NULL;
  cscim_client *client = NULL;
  cscim_error *err = NULL;
  char config[512];
  char *plan = NULL;
  char *report = NULL;
  char *text = NULL;
  size_t total = 0;

  CHECK(cscim_emulator_start(NULL, &emu, NULL) == CSCIM_OK);
  snprintf(config, sizeof config, "{\"base_url\": \"%s\", \"token\": \"%s\"}", cscim_emulator_url(emu), cscim_emulator_token(emu));
  CHECK(cscim_client_new(config, &client, NULL) == CSCIM_OK);

  /* A CSV file, with progress and a report. */
  CHECK(cscim_plan_file(client, "examples/team.csv", NULL, "{\"missing_users\": \"keep\"}", &plan, &err) == CSCIM_OK && err == NULL);
  CHECK(plan != NULL && strstr(plan, "\"user_name\":\"ada.lovelace@example.com\"") != NULL);
  CHECK(cscim_render_plan(plan, false, &text, NULL) == CSCIM_OK);
  CHECK(strstr(text, "+ user ada.lovelace@example.com") != NULL && strstr(text, "\x1b") == NULL);
  cscim_string_free(text);
  CHECK(cscim_apply(client, plan, "{\"max_in_flight\": 4}", on_progress, &total, &report, &err) == CSCIM_OK);
  CHECK(strstr(report, "\"failed\":[]") != NULL);
  CHECK(atomic_load(&progress_calls) == 48 && total == 48);
  cscim_string_free(report);
  cscim_string_free(plan);

  /* Planning again gives an empty plan. */
  CHECK(cscim_plan_file(client, "examples/team.csv", NULL, NULL, &plan, NULL) == CSCIM_OK);
  CHECK(cscim_render_plan(plan, true, &text, NULL) == CSCIM_OK);
  CHECK(strncmp(text, "Plan: 0 groups to create", 24) == 0);
  cscim_string_free(text);
  cscim_string_free(plan);

  /* A JSON state that removes most users: the guard refuses, force applies. */
  CHECK(cscim_plan(client, "{\"users\": [{\"userName\": \"ada.lovelace@example.com\"}], \"complete\": true}", "{\"missing_users\": \"delete\"}", &plan, NULL) == CSCIM_OK);
  CHECK(cscim_apply(client, plan, NULL, NULL, NULL, &report, &err) == CSCIM_VALIDATION);
  CHECK(strcmp(cscim_error_scim_type(err), "removalGuard") == 0);
  CHECK(error_is(err, CSCIM_VALIDATION, "validation"));
  CHECK(cscim_apply(client, plan, "{\"force\": true, \"bulk\": false}", NULL, NULL, &report, NULL) == CSCIM_OK);
  CHECK(strstr(report, "\"failed\":[]") != NULL);
  cscim_string_free(report);
  cscim_string_free(plan);

  /* Bad input: every problem at once; bad options; NULLs. */
  CHECK(cscim_plan(client, "{\"users\": [{\"userName\": \"\"}, {\"userName\": \"x\", \"role\": \"BOSS\"}]}", NULL, &plan, &err) == CSCIM_VALIDATION);
  CHECK(strstr(cscim_error_detail(err), "users[0]") != NULL && strstr(cscim_error_detail(err), "users[1]") != NULL);
  CHECK(error_is(err, CSCIM_VALIDATION, "validation"));
  /* Unknown option names are a configuration error, in every language. */
  CHECK(cscim_plan(client, "{}", "{\"nope\": 1}", &plan, &err) == CSCIM_CONFIG && error_is(err, CSCIM_CONFIG, "config"));
  CHECK(cscim_resume(client, "some-run", "{\"nope\": 1}", NULL, NULL, &report, &err) == CSCIM_CONFIG && error_is(err, CSCIM_CONFIG, "config"));
  CHECK(cscim_plan_file(client, "no/such/file.csv", NULL, NULL, &plan, &err) == CSCIM_VALIDATION && error_is(err, CSCIM_VALIDATION, "validation"));
  CHECK(cscim_apply(client, "{\"not\": \"a plan\"}", NULL, NULL, NULL, &report, &err) == CSCIM_VALIDATION && error_is(err, CSCIM_VALIDATION, "validation"));
  CHECK(cscim_plan(client, NULL, NULL, &plan, &err) == CSCIM_INVALID_ARGUMENT && error_is(err, CSCIM_INVALID_ARGUMENT, "invalid_argument"));
  CHECK(cscim_render_plan(NULL, false, &text, &err) == CSCIM_INVALID_ARGUMENT && error_is(err, CSCIM_INVALID_ARGUMENT, "invalid_argument"));

  /* Only part of a plan: one of two new users. */
  CHECK(cscim_plan(client, "{\"users\": [{\"userName\": \"sel.one@example.com\"}, {\"userName\": \"sel.two@example.com\"}]}", NULL, &plan, NULL) == CSCIM_OK);
  char *part = NULL;
  CHECK(cscim_select_plan(plan, "{\"users\": [\"sel.one*\"], \"sections\": [\"create_users\"]}", &part, NULL) == CSCIM_OK);
  CHECK(part != NULL && strstr(part, "sel.one@example.com") != NULL && strstr(part, "sel.two@example.com") == NULL);
  cscim_string_free(part);
  CHECK(cscim_select_plan(plan, "{\"sections\": [\"everything\"]}", &part, &err) == CSCIM_VALIDATION && part == NULL && error_is(err, CSCIM_VALIDATION, "validation"));
  CHECK(cscim_select_plan(plan, NULL, &part, &err) == CSCIM_INVALID_ARGUMENT && error_is(err, CSCIM_INVALID_ARGUMENT, "invalid_argument"));
  cscim_string_free(plan);

  /* An LDIF export through a mapping file naming a preset, nested groups flattened. */
  char mapping[] = "/tmp/cscim-mapping-XXXXXX.toml";
  int fd = mkstemps(mapping, 5);
  CHECK(fd >= 0 && write(fd, "preset = \"ldif\"\n", 16) == 16 && close(fd) == 0);
  CHECK(cscim_plan_file(client, "examples/exports/directory.ldif", mapping, NULL, &plan, &err) == CSCIM_OK);
  CHECK(strstr(plan, "\"user_name\":\"edsger.dijkstra@corp.example\"") != NULL && strstr(plan, "\"display_name\":\"All Staff\"") != NULL);
  cscim_string_free(plan);
  CHECK(cscim_plan_file(client, "examples/exports/directory.ldif", "/nonexistent.toml", NULL, &plan, &err) == CSCIM_VALIDATION && error_is(err, CSCIM_VALIDATION, "validation"));
  unlink(mapping);

  /* Records from a program: a JSON array of rows, read through the mapping in the options. */
  CHECK(cscim_plan(client, "[{\"login\": \"row1@example.com\", \"team\": \"Rows\"}, {\"login\": \"row2@example.com\"}]",
                   "{\"mapping\": {\"userName\": \"login\", \"groups\": \"team\"}}", &plan, &err) == CSCIM_OK);
  CHECK(strstr(plan, "\"user_name\":\"row2@example.com\"") != NULL && strstr(plan, "\"display_name\":\"Rows\"") != NULL);
  cscim_string_free(plan);
  CHECK(cscim_plan(client, "[{\"login\": \"ok@example.com\"}, 7]", "{\"mapping\": {\"userName\": \"login\"}}", &plan, &err) == CSCIM_VALIDATION);
  CHECK(strstr(cscim_error_detail(err), "records[1]") != NULL && error_is(err, CSCIM_VALIDATION, "validation"));

  cscim_client_free(client);
  cscim_emulator_stop(emu);
  return REPORT();
}
