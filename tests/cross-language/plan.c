/* Plans an export from C and prints the plan JSON: plan URL TOKEN EXPORT MAPPING OPTIONS_JSON,
 * or a team of a config file through the job API: plan --team CONFIG TEAM */
#include <stdio.h>
#include <string.h>

#include "celonis_scim.h"

/* The plan of team `team` of the config file `config`. */
static int plan_team(const char *config, const char *team) {
  cscim_job *job = NULL;
  cscim_error *err = NULL;
  char *plan = NULL;
  if (cscim_job_from_config(config, team, &job, &err) != CSCIM_OK || cscim_job_plan(job, NULL, NULL, &plan, &err) != CSCIM_OK) {
    fprintf(stderr, "%s: %s\n", cscim_error_code(err), cscim_error_message(err));
    cscim_error_free(err);
    cscim_job_free(job);
    return 1;
  }
  printf("%s\n", plan);
  cscim_string_free(plan);
  cscim_job_free(job);
  return 0;
}

int main(int argc, char **argv) {
  char config[2048];
  cscim_client *client = NULL;
  cscim_error *err = NULL;
  char *plan = NULL;
  if (argc == 4 && strcmp(argv[1], "--team") == 0) return plan_team(argv[2], argv[3]);
  if (argc != 6) {
    fprintf(stderr, "usage: plan URL TOKEN EXPORT MAPPING OPTIONS_JSON\n");
    return 2;
  }
  snprintf(config, sizeof config, "{\"base_url\": \"%s\", \"token\": \"%s\"}", argv[1], argv[2]);
  if (cscim_client_new(config, &client, &err) != CSCIM_OK ||
      cscim_plan_file(client, argv[3], argv[4], argv[5], &plan, &err) != CSCIM_OK) {
    fprintf(stderr, "%s: %s\n", cscim_error_code(err), cscim_error_message(err));
    cscim_error_free(err);
    cscim_client_free(client);
    return 1;
  }
  printf("%s\n", plan);
  cscim_string_free(plan);
  cscim_client_free(client);
  return 0;
}
