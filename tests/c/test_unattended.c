/* Unattended runs from C: saved plans (applied exactly, refused when stale), protection
 * rules, the journal (runs, resume, undo). */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>

#include "check.h"

static char *apply_ok(cscim_client *client, const char *plan, const char *options) {
  char *report = NULL;
  cscim_error *err = NULL;
  CHECK(cscim_apply(client, plan, options, NULL, NULL, &report, &err) == CSCIM_OK && err == NULL);
  CHECK(report != NULL && strstr(report, "\"failed\":[]") != NULL);
  return report;
}

int main(void) {
  cscim_emulator *emu = NULL;
  cscim_client *client = NULL;
  cscim_error *err = NULL;
  char config[512], options[1024], run[128];
  char *plan = NULL, *first = NULL, *second = NULL, *report = NULL, *text = NULL;
  char dir[] = "/tmp/cscim-journal-XXXXXX";

  CHECK(mkdtemp(dir) != NULL);
  CHECK(cscim_emulator_start(NULL, &emu, NULL) == CSCIM_OK);
  snprintf(config, sizeof config, "{\"base_url\": \"%s\", \"token\": \"%s\"}", cscim_emulator_url(emu), cscim_emulator_token(emu));
  CHECK(cscim_client_new(config, &client, NULL) == CSCIM_OK);
  CHECK(cscim_plan(client, "{\"users\": [{\"userName\": \"ada@example.com\"}, {\"userName\": \"root@example.com\", \"role\": \"ADMIN\"}]}", NULL, &plan, NULL) == CSCIM_OK);
  cscim_string_free(apply_ok(client, plan, NULL));
  cscim_string_free(plan);

  /* Two saved plans that both rename Ada: the first applies; the second is stale then. */
  CHECK(cscim_plan_to_save(client, "{\"users\": [{\"userName\": \"ada@example.com\", \"displayName\": \"Ada\"}]}", NULL, &first, &err) == CSCIM_OK);
  CHECK(strstr(first, "\"format\":\"celonis-scim/saved-plan/1\"") != NULL);
  CHECK(cscim_plan_to_save(client, "{\"users\": [{\"userName\": \"ada@example.com\", \"displayName\": \"Countess\"}]}", NULL, &second, &err) == CSCIM_OK);
  CHECK(cscim_apply_saved(client, first, NULL, NULL, NULL, &report, &err) == CSCIM_OK && strstr(report, "\"failed\":[]") != NULL);
  cscim_string_free(report);
  CHECK(cscim_apply_saved(client, second, NULL, NULL, NULL, &report, &err) == CSCIM_VALIDATION && report == NULL);
  CHECK(strcmp(cscim_error_scim_type(err), "stalePlan") == 0);
  cscim_error_free(err);
  err = NULL;
  CHECK(cscim_apply_saved(client, second, "{\"force\": true}", NULL, NULL, &report, NULL) == CSCIM_OK);
  cscim_string_free(report);
  CHECK(cscim_apply_saved(client, "{\"format\": \"other\"}", NULL, NULL, NULL, &report, &err) == CSCIM_VALIDATION && error_is(err, CSCIM_VALIDATION, "validation"));
  cscim_string_free(first);
  cscim_string_free(second);

  /* Protection: the admin is protected and at least one admin must stay. */
  CHECK(cscim_plan(client, "{\"users\": [{\"userName\": \"ada@example.com\"}]}", "{\"missing_users\": \"deactivate\", \"protected_users\": [\"root@*\"], \"min_admins\": 1}", &plan, NULL) == CSCIM_OK);
  CHECK(strstr(plan, "\"kind\":\"protected\"") != NULL && strstr(plan, "\"deactivate_users\":[]") != NULL);
  cscim_string_free(plan);
  CHECK(cscim_plan(client, "{\"users\": [{\"userName\": \"ada@example.com\"}]}", "{\"missing_users\": \"deactivate\", \"min_admins\": 1}", &plan, NULL) == CSCIM_OK);
  CHECK(strstr(plan, "\"kind\":\"min_admins\"") != NULL);
  CHECK(cscim_apply(client, plan, "{\"force\": true}", NULL, NULL, &report, &err) == CSCIM_VALIDATION);
  CHECK(strcmp(cscim_error_scim_type(err), "minAdmins") == 0);
  cscim_error_free(err);
  err = NULL;
  cscim_string_free(plan);

  /* A journaled deactivation, listed, resumed (nothing left), undone. */
  CHECK(cscim_plan(client, "{\"users\": [{\"userName\": \"root@example.com\", \"role\": \"ADMIN\"}]}", "{\"missing_users\": \"deactivate\"}", &plan, NULL) == CSCIM_OK);
  snprintf(options, sizeof options, "{\"journal\": \"%s\", \"max_removal_percent\": 100}", dir);
  report = apply_ok(client, plan, options);
  CHECK(json_string(report, "run", run, sizeof run) != NULL);
  cscim_string_free(report);
  cscim_string_free(plan);
  CHECK(cscim_runs(dir, &text, NULL) == CSCIM_OK && strstr(text, run) != NULL && strstr(text, "\"done\":1") != NULL);
  cscim_string_free(text);
  CHECK(cscim_resume(client, run, options, NULL, NULL, &report, NULL) == CSCIM_OK && strstr(report, "\"done\":[]") != NULL);
  cscim_string_free(report);
  CHECK(cscim_resume(client, run, NULL, NULL, NULL, &report, &err) == CSCIM_CONFIG && error_is(err, CSCIM_CONFIG, "config"));
  CHECK(cscim_undo_plan(dir, run, &plan, NULL) == CSCIM_OK && strstr(plan, "\"attribute\":\"active\"") != NULL);
  cscim_string_free(apply_ok(client, plan, options));
  cscim_string_free(plan);
  CHECK(cscim_plan(client, "{\"users\": [{\"userName\": \"root@example.com\", \"active\": true}]}", NULL, &plan, NULL) == CSCIM_OK);
  CHECK(strstr(plan, "\"update_users\":[]") != NULL);
  cscim_string_free(plan);
  CHECK(cscim_undo_plan(dir, "../../etc/passwd", &plan, &err) == CSCIM_VALIDATION && plan == NULL && error_is(err, CSCIM_VALIDATION, "validation"));
  CHECK(cscim_runs(NULL, &text, &err) == CSCIM_INVALID_ARGUMENT && error_is(err, CSCIM_INVALID_ARGUMENT, "invalid_argument"));

  /* A snapshot of the team, and a rehearsal on its twin held to one ADMIN seat. */
  CHECK(cscim_snapshot(client, "{\"ADMIN\": 1}", &text, NULL) == CSCIM_OK && strstr(text, "\"format\":\"celonis-scim/team-state/1\"") != NULL);
  CHECK(cscim_plan(client, "{\"users\": [{\"userName\": \"boss@example.com\", \"role\": \"ADMIN\"}]}", NULL, &plan, NULL) == CSCIM_OK);
  CHECK(cscim_rehearse(text, plan, NULL, &report, NULL) == CSCIM_OK && strstr(report, "\"target\":\"boss@example.com\"") != NULL && strstr(report, "\"failed\":[]") == NULL);
  cscim_string_free(report);
  CHECK(cscim_rehearse("{\"format\": \"x\"}", plan, NULL, &report, &err) == CSCIM_VALIDATION && report == NULL && error_is(err, CSCIM_VALIDATION, "validation"));
  CHECK(cscim_plan(client, "{\"users\": [{\"userName\": \"boss@example.com\"}]}", NULL, &second, NULL) == CSCIM_OK);
  CHECK(cscim_rehearse(text, second, NULL, &report, NULL) == CSCIM_OK && strstr(report, "\"failed\":[]") != NULL);
  cscim_string_free(report);
  cscim_string_free(second);
  cscim_string_free(plan);
  cscim_string_free(text);

  cscim_client_free(client);
  cscim_emulator_stop(emu);
  return REPORT();
}
