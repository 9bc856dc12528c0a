#include <stdio.h>
#include <stdlib.h>

#include "celonis_scim.h"

int main(void) {
  char config[1024];
  cscim_client *client = NULL;
  cscim_error *err = NULL;
  char *user = NULL;

  snprintf(config, sizeof config, "{\"base_url\": \"%s\", \"token\": \"%s\"}", getenv("CELONIS_SCIM_URL"), getenv("CELONIS_SCIM_TOKEN"));
  if (cscim_client_new(config, &client, &err) != CSCIM_OK) {
    fprintf(stderr, "config: %s\n", cscim_error_message(err));
    cscim_error_free(err);
    return 1;
  }
  if (cscim_create_user(client, "{\"userName\": \"ada@example.com\", \"role\": \"ANALYST\"}", &user, &err) == CSCIM_OK) {
    printf("created %s\n", user);
    cscim_string_free(user);
  } else {
    fprintf(stderr, "%s (%s, HTTP %d)\n", cscim_error_message(err), cscim_error_code(err), cscim_error_http_status(err));
    cscim_error_free(err);
  }

  cscim_user_iter *it = NULL;
  if (cscim_user_iter_new(client, "{\"page_size\": 100}", &it, NULL) == CSCIM_OK) {
    while (cscim_user_iter_next(it, &user, NULL) == CSCIM_OK && user != NULL) {
      printf("user %s\n", user);
      cscim_string_free(user);
    }
    cscim_user_iter_free(it);
  }
  cscim_client_free(client);
  return 0;
}
