/* Several Celonis teams from C: cscim_job_from_config plans a team's input with its options
 * over the shared ones, applies into its own journal, honours a cancel token; the teams are
 * listed; what is wrong is CSCIM_CONFIG. And a client from the environment. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>

#include "check.h"

/* Writes `text` to `dir`/`name`. */
static void write_file(const char *dir, const char *name, const char *text) {
  char path[512];
  FILE *f;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  f = fopen(path, "w");
  CHECK(f != NULL);
  if (f != NULL) {
    fputs(text, f);
    fclose(f);
  }
}

/* Copies the repository's examples/team.csv into `dir`. */
static void copy_team_csv(const char *dir) {
  char path[512], line[1024], *text = calloc(1, 65536);
  FILE *in = fopen("examples/team.csv", "r");
  CHECK(in != NULL && text != NULL);
  while (in != NULL && text != NULL && fgets(line, sizeof line, in) != NULL) strcat(text, line);
  if (in != NULL) fclose(in);
  snprintf(path, sizeof path, "%s", dir);
  write_file(path, "team.csv", text);
  free(text);
}

int main(void) {
  cscim_emulator *prod = NULL, *dev = NULL;
  cscim_job *job = NULL, *cancellable = NULL;
  cscim_client *client = NULL;
  cscim_cancel_token *token = NULL;
  cscim_error *err = NULL;
  char dir[] = "/tmp/cscim-c-teams-XXXXXX";
  char config[2048], path[512], journal[512], run[128], expected[600];
  char *plan = NULL, *report = NULL, *text = NULL;

  CHECK(mkdtemp(dir) != NULL);
  CHECK(cscim_emulator_start(NULL, &prod, NULL) == CSCIM_OK);
  CHECK(cscim_emulator_start(NULL, &dev, NULL) == CSCIM_OK);
  copy_team_csv(dir);
  write_file(dir, "dev.token", cscim_emulator_token(dev));
  CHECK(setenv("PROD_TOKEN", cscim_emulator_token(prod), 1) == 0);
  unsetenv("CELONIS_SCIM_URL");
  unsetenv("CELONIS_SCIM_TOKEN");
  unsetenv("CELONIS_SCIM_JOURNAL");
  snprintf(config, sizeof config,
           "[input]\nfile = \"team.csv\"\n\n[plan]\nmissing_users = \"deactivate\"\n\n"
           "[teams.prod.connection]\nurl = \"%s\"\ntoken = { env = \"PROD_TOKEN\" }\n\n"
           "[teams.dev.connection]\nurl = \"%s\"\ntoken = { file = \"dev.token\" }\n[teams.dev.plan]\nseat_limits = { ANALYST = 10 }\n",
           cscim_emulator_url(prod), cscim_emulator_url(dev));
  write_file(dir, "celonis-scim.toml", config);
  snprintf(path, sizeof path, "%s/celonis-scim.toml", dir);

  CHECK(cscim_config_teams(path, &text, NULL) == CSCIM_OK && strcmp(text, "[\"prod\",\"dev\"]") == 0);
  cscim_string_free(text);

  /* dev: the shared input and plan options, its own seat limits, its own journal. */
  CHECK(cscim_job_from_config(path, "dev", &job, &err) == CSCIM_OK && err == NULL);
  CHECK(cscim_job_describe(job, &text, NULL) == CSCIM_OK);
  snprintf(journal, sizeof journal, "%s/journal/dev", dir);
  snprintf(expected, sizeof expected, "\"journal\":\"%s\"", journal);
  CHECK(strstr(text, "\"team\":\"dev\"") != NULL && strstr(text, expected) != NULL && strstr(text, cscim_emulator_url(dev)) != NULL);
  cscim_string_free(text);
  CHECK(cscim_job_plan(job, NULL, NULL, &plan, &err) == CSCIM_OK && err == NULL);
  CHECK(strstr(plan, "\"create_users\":[{") != NULL && strstr(plan, "ada.lovelace@example.com") != NULL);
  CHECK(strstr(plan, "\"seat_limits\":{\"ANALYST\":10}") != NULL && strstr(plan, "\"missing_users\":\"deactivate\"") != NULL);
  CHECK(cscim_job_plan(job, NULL, "{\"missing_users\": \"keep\", \"seat_limits\": {}}", &text, NULL) == CSCIM_OK);
  CHECK(strstr(text, "\"seat_limits\":{}") != NULL && strstr(text, "\"missing_users\":\"keep\"") != NULL);
  cscim_string_free(text);
  CHECK(cscim_job_apply(job, plan, NULL, NULL, NULL, &report, &err) == CSCIM_OK && strstr(report, "\"failed\":[]") != NULL);
  CHECK(json_string(report, "run", run, sizeof run) != NULL);
  cscim_string_free(report);
  cscim_string_free(plan);
  CHECK(cscim_runs(journal, &text, NULL) == CSCIM_OK && strstr(text, run) != NULL);
  cscim_string_free(text);
  CHECK(cscim_job_plan(job, NULL, NULL, &plan, NULL) == CSCIM_OK && strstr(plan, "\"create_users\":[]") != NULL);
  cscim_string_free(plan);
  CHECK(cscim_job_resume(job, run, NULL, NULL, NULL, &report, NULL) == CSCIM_OK && strstr(report, "\"done\":[]") != NULL);
  cscim_string_free(report);
  CHECK(cscim_job_plan_to_save(job, "{\"users\": [{\"userName\": \"ada.lovelace@example.com\", \"displayName\": \"Countess\"}]}", "{\"missing_users\": \"keep\"}", &plan, NULL) == CSCIM_OK);
  CHECK(cscim_job_apply_saved(job, plan, NULL, NULL, NULL, &report, NULL) == CSCIM_OK && strstr(report, "\"failed\":[]") != NULL);
  cscim_string_free(report);
  cscim_string_free(plan);

  /* The team's client, and a cancelled handle of the job. */
  CHECK(cscim_job_client(job, &client, NULL) == CSCIM_OK);
  CHECK(cscim_list_users(client, "{\"count\": 1}", &text, NULL) == CSCIM_OK && strstr(text, "\"totalResults\":36") != NULL);
  cscim_string_free(text);
  token = cscim_cancel_token_new();
  CHECK(cscim_job_with_cancel(job, token, &cancellable, NULL) == CSCIM_OK);
  cscim_cancel(token);
  CHECK(cscim_job_plan(cancellable, NULL, NULL, &plan, &err) == CSCIM_CANCELLED && plan == NULL && error_is(err, CSCIM_CANCELLED, "cancelled"));
  err = NULL;

  /* prod was not touched; what is wrong is CSCIM_CONFIG. */
  cscim_job_free(job);
  CHECK(cscim_job_from_config(path, "prod", &job, NULL) == CSCIM_OK);
  CHECK(cscim_job_plan(job, NULL, NULL, &plan, NULL) == CSCIM_OK && strstr(plan, "\"create_users\":[]") == NULL);
  cscim_string_free(plan);
  CHECK(cscim_job_plan(job, NULL, "{\"missing_users\": \"purge\"}", &plan, &err) == CSCIM_CONFIG && plan == NULL && error_is(err, CSCIM_CONFIG, "config"));
  err = NULL;
  cscim_job_free(job);
  job = NULL;
  CHECK(cscim_job_from_config(path, "qa", &job, &err) == CSCIM_CONFIG && job == NULL && error_is(err, CSCIM_CONFIG, "config"));
  err = NULL;
  unsetenv("PROD_TOKEN");
  CHECK(cscim_job_from_config(path, "prod", &job, &err) == CSCIM_CONFIG && job == NULL && error_is(err, CSCIM_CONFIG, "config"));
  err = NULL;
  CHECK(cscim_job_plan(NULL, NULL, NULL, &plan, &err) == CSCIM_INVALID_ARGUMENT && error_is(err, CSCIM_INVALID_ARGUMENT, "invalid_argument"));

  /* A client from the environment: ours, else Celonis's own variables. */
  {
    char base[256];
    cscim_client *from_env = NULL;
    snprintf(base, sizeof base, "%s", cscim_emulator_url(dev));
    base[strlen(base) - strlen("/scim/v2")] = '\0';
    unsetenv("CELONIS_SCIM_URL");
    unsetenv("CELONIS_SCIM_TOKEN");
    unsetenv("CELONIS_URL");
    unsetenv("CELONIS_API_TOKEN");
    CHECK(cscim_client_from_env(NULL, &from_env, &err) == CSCIM_CONFIG && from_env == NULL && error_is(err, CSCIM_CONFIG, "config"));
    err = NULL;
    CHECK(setenv("CELONIS_URL", base, 1) == 0 && setenv("CELONIS_API_TOKEN", cscim_emulator_token(dev), 1) == 0);
    CHECK(cscim_client_from_env("{\"timeout\": 5}", &from_env, NULL) == CSCIM_OK);
    CHECK(cscim_list_users(from_env, "{\"count\": 1}", &text, NULL) == CSCIM_OK && strstr(text, "\"totalResults\":36") != NULL);
    cscim_string_free(text);
    cscim_client_free(from_env);
    CHECK(cscim_client_from_env("{\"no_such_option\": 1}", &from_env, &err) == CSCIM_CONFIG && error_is(err, CSCIM_CONFIG, "config"));
    err = NULL;
    unsetenv("CELONIS_URL");
    unsetenv("CELONIS_API_TOKEN");
  }

  cscim_job_free(cancellable);
  cscim_cancel_token_free(token);
  cscim_client_free(client);
  cscim_emulator_stop(prod);
  cscim_emulator_stop(dev);
  return REPORT();
}
