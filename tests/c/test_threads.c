/* Four threads share one client handle. */
#include <pthread.h>
#include <stdlib.h>

#include "check.h"

#define THREADS 4
#define PER_THREAD 25

static cscim_client *client;

struct work {
  int index;
  int ok;
};

static void *run(void *arg) {
  struct work *w = (struct work *)arg;
  int i;
  for (i = 0; i < PER_THREAD; i++) {
    char body[128];
    char *out = NULL;
    snprintf(body, sizeof body, "{\"userName\": \"t%d-%d@example.com\"}", w->index, i);
    if (cscim_create_user(client, body, &out, NULL) == CSCIM_OK) w->ok++;
    cscim_string_free(out);
  }
  return NULL;
}

int main(void) {
  cscim_emulator *emu = NULL;
  pthread_t threads[THREADS];
  struct work work[THREADS];
  char config[512];
  char *out = NULL;
  int i;
  CHECK(cscim_emulator_start(NULL, &emu, NULL) == CSCIM_OK);
  snprintf(config, sizeof config, "{\"base_url\": \"%s\", \"token\": \"%s\"}", cscim_emulator_url(emu), cscim_emulator_token(emu));
  CHECK(cscim_client_new(config, &client, NULL) == CSCIM_OK);
  for (i = 0; i < THREADS; i++) {
    work[i].index = i;
    work[i].ok = 0;
    CHECK(pthread_create(&threads[i], NULL, run, &work[i]) == 0);
  }
  for (i = 0; i < THREADS; i++) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    CHECK(work[i].ok == PER_THREAD);
  }
  CHECK(cscim_list_users(client, "{\"count\": 0}", &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "\"totalResults\":100") != NULL);
  cscim_string_free(out);
  cscim_client_free(client);
  cscim_emulator_stop(emu);
  return REPORT();
}
