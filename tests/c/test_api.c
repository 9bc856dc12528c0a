/* Every verb of the C API against the embedded emulator, every error path, NULL and
 * malformed arguments. */
#include <stdlib.h>

#include "check.h"

static cscim_emulator *emu;
static cscim_client *client;

static cscim_client *make_client(const char *token, int max_retries) {
  char config[512];
  cscim_client *c = NULL;
  snprintf(config, sizeof config, "{\"base_url\": \"%s\", \"token\": \"%s\", \"max_retries\": %d, \"retry_base_delay\": 0.005}",
           cscim_emulator_url(emu), token, max_retries);
  CHECK(cscim_client_new(config, &c, NULL) == CSCIM_OK);
  return c;
}

static void test_users(void) {
  char *out = NULL;
  char id[64];
  cscim_error *err = NULL;
  CHECK(cscim_create_user(client, "{\"userName\": \"ada@example.com\", \"role\": \"ANALYST\", \"emails\": [{\"value\": \"ada@example.com\"}]}", &out, &err) == CSCIM_OK);
  CHECK(err == NULL);
  CHECK(json_string(out, "id", id, sizeof id) != NULL);
  CHECK(strstr(out, "\"role\":\"ANALYST\"") != NULL);
  cscim_string_free(out);

  CHECK(cscim_get_user(client, id, "{\"attributes\": [\"userName\"]}", &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "\"userName\":\"ada@example.com\"") != NULL && strstr(out, "emails") == NULL);
  cscim_string_free(out);

  CHECK(cscim_replace_user(client, id, "{\"userName\": \"ada@example.com\", \"displayName\": \"Ada Lovelace\"}", &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "\"displayName\":\"Ada Lovelace\"") != NULL);
  cscim_string_free(out);

  CHECK(cscim_create_user(client, "{\"userName\": \"alan@example.com\"}", &out, NULL) == CSCIM_OK);
  cscim_string_free(out);
  CHECK(cscim_list_users(client, "{\"start_index\": 2, \"count\": 1}", &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "\"totalResults\":2") != NULL && strstr(out, "alan@example.com") != NULL);
  cscim_string_free(out);
  CHECK(cscim_search_users(client, "{\"startIndex\": 1, \"count\": 1}", &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "ada@example.com") != NULL && strstr(out, "alan@example.com") == NULL);
  cscim_string_free(out);

  /* Iteration over several pages. */
  {
    cscim_user_iter *it = NULL;
    int seen = 0;
    CHECK(cscim_user_iter_new(client, "{\"page_size\": 1}", &it, NULL) == CSCIM_OK);
    for (;;) {
      char *user = NULL;
      if (cscim_user_iter_next(it, &user, NULL) != CSCIM_OK || user == NULL) break;
      seen++;
      cscim_string_free(user);
    }
    CHECK(seen == 2);
    cscim_user_iter_free(it);
  }

  CHECK(cscim_delete_user(client, id, &err) == CSCIM_OK && err == NULL);
  CHECK(cscim_get_user(client, id, NULL, &out, &err) == CSCIM_NOT_FOUND);
  CHECK(cscim_error_http_status(err) == 404 && cscim_error_detail(err) != NULL);
  CHECK(error_is(err, CSCIM_NOT_FOUND, "not_found"));
}

static void test_groups(void) {
  char *out = NULL;
  char uid[64], gid[64];
  CHECK(cscim_create_user(client, "{\"userName\": \"m1@example.com\"}", &out, NULL) == CSCIM_OK);
  json_string(out, "id", uid, sizeof uid);
  cscim_string_free(out);
  CHECK(cscim_create_group(client, "{\"displayName\": \"Ops\", \"role\": \"ANALYST\"}", &out, NULL) == CSCIM_OK);
  json_string(out, "id", gid, sizeof gid);
  cscim_string_free(out);
  {
    char ids[128];
    snprintf(ids, sizeof ids, "[\"%s\"]", uid);
    CHECK(cscim_add_group_members(client, gid, ids, &out, NULL) == CSCIM_OK);
    CHECK(strstr(out, uid) != NULL);
    cscim_string_free(out);
    CHECK(cscim_remove_group_members(client, gid, ids, &out, NULL) == CSCIM_OK);
    CHECK(strstr(out, uid) == NULL);
    cscim_string_free(out);
  }
  CHECK(cscim_get_group(client, gid, NULL, &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "\"displayName\":\"Ops\"") != NULL);
  cscim_string_free(out);
  CHECK(cscim_replace_group(client, gid, "{\"displayName\": \"Ops EMEA\"}", &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "Ops EMEA") != NULL);
  cscim_string_free(out);
  CHECK(cscim_create_group(client, "{\"displayName\": \"Second\"}", &out, NULL) == CSCIM_OK);
  cscim_string_free(out);
  CHECK(cscim_list_groups(client, "{\"count\": 1}", &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "\"totalResults\":2") != NULL);
  cscim_string_free(out);
  CHECK(cscim_search_groups(client, "{\"startIndex\": 2}", &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "Second") != NULL);
  cscim_string_free(out);
  {
    cscim_group_iter *it = NULL;
    char *g = NULL;
    int seen = 0;
    CHECK(cscim_group_iter_new(client, NULL, &it, NULL) == CSCIM_OK);
    while (cscim_group_iter_next(it, &g, NULL) == CSCIM_OK && g != NULL) {
      seen++;
      cscim_string_free(g);
    }
    CHECK(seen == 2);
    cscim_group_iter_free(it);
  }
  CHECK(cscim_delete_group(client, gid, NULL) == CSCIM_OK);
}

static void test_bulk_and_discovery(void) {
  char *out = NULL;
  CHECK(cscim_bulk(client,
                   "{\"Operations\": ["
                   "{\"method\": \"POST\", \"path\": \"/Users\", \"bulkId\": \"u1\", \"data\": {\"userName\": \"b1@example.com\"}},"
                   "{\"method\": \"POST\", \"path\": \"/Groups\", \"bulkId\": \"g1\", \"data\": {\"displayName\": \"Bulk\", \"members\": [{\"value\": \"bulkId:u1\"}]}}]}",
                   &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "\"status\":\"201\"") != NULL);
  cscim_string_free(out);
  CHECK(cscim_service_provider_config(client, &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "\"patch\":{\"supported\":false}") != NULL);
  cscim_string_free(out);
  CHECK(cscim_schemas(client, &out, NULL) == CSCIM_OK && strstr(out, "\"totalResults\":3") != NULL);
  cscim_string_free(out);
  CHECK(cscim_schema(client, "urn:ietf:params:scim:schemas:core:2.0:User", &out, NULL) == CSCIM_OK);
  CHECK(strstr(out, "\"name\":\"User\"") != NULL);
  cscim_string_free(out);
  CHECK(cscim_resource_types(client, &out, NULL) == CSCIM_OK && strstr(out, "/Groups") != NULL);
  cscim_string_free(out);
  CHECK(cscim_resource_type(client, "User", &out, NULL) == CSCIM_OK && strstr(out, "\"endpoint\":\"/Users\"") != NULL);
  cscim_string_free(out);
}

static void test_error_paths(void) {
  char *out = NULL;
  cscim_error *err = NULL;
  cscim_client *strict = make_client(cscim_emulator_token(emu), 0);
  cscim_client *wrong = make_client("wrong", 0);
  const char bad_utf8[] = {'\xff', '\xfe', 0};

  /* Validation: refused before sending, with the attribute and rule. */
  CHECK(cscim_create_user(client, "{\"userName\": \"\"}", &out, &err) == CSCIM_VALIDATION);
  CHECK(strcmp(cscim_error_attribute(err), "userName") == 0 && strcmp(cscim_error_scim_type(err), "required") == 0);
  CHECK(cscim_error_http_status(err) == 0 && cscim_error_retry_after(err) < 0);
  CHECK(error_is(err, CSCIM_VALIDATION, "validation"));
  /* Malformed JSON is a validation error too; out_json stays untouched. */
  CHECK(cscim_create_user(client, "{not json", &out, &err) == CSCIM_VALIDATION && error_is(err, CSCIM_VALIDATION, "validation"));
  CHECK(cscim_list_users(client, "{\"page_size\": 3}", &out, &err) == CSCIM_VALIDATION && error_is(err, CSCIM_VALIDATION, "validation"));
  /* Configuration errors. */
  {
    cscim_client *c = NULL;
    CHECK(cscim_client_new("{\"base_url\": \"https://h/scim/v2\"}", &c, &err) == CSCIM_CONFIG && c == NULL);
    CHECK(error_is(err, CSCIM_CONFIG, "config"));
    CHECK(cscim_client_new("{\"base_url\": \"http://example.com/scim/v2\", \"token\": \"t\"}", &c, &err) == CSCIM_CONFIG);
    CHECK(error_is(err, CSCIM_CONFIG, "config"));
    CHECK(cscim_client_new("not json", &c, &err) == CSCIM_CONFIG && error_is(err, CSCIM_CONFIG, "config"));
  }
  /* NULL and invalid UTF-8 arguments. */
  CHECK(cscim_client_new(NULL, NULL, &err) == CSCIM_INVALID_ARGUMENT && error_is(err, CSCIM_INVALID_ARGUMENT, "invalid_argument"));
  CHECK(cscim_get_user(NULL, "x", NULL, &out, &err) == CSCIM_INVALID_ARGUMENT && error_is(err, CSCIM_INVALID_ARGUMENT, "invalid_argument"));
  CHECK(cscim_get_user(client, NULL, NULL, &out, &err) == CSCIM_INVALID_ARGUMENT && error_is(err, CSCIM_INVALID_ARGUMENT, "invalid_argument"));
  CHECK(cscim_get_user(client, "x", NULL, NULL, &err) == CSCIM_INVALID_ARGUMENT && error_is(err, CSCIM_INVALID_ARGUMENT, "invalid_argument"));
  CHECK(cscim_get_user(client, bad_utf8, NULL, &out, &err) == CSCIM_INVALID_ARGUMENT && error_is(err, CSCIM_INVALID_ARGUMENT, "invalid_argument"));
  CHECK(cscim_user_iter_next(NULL, &out, &err) == CSCIM_INVALID_ARGUMENT && error_is(err, CSCIM_INVALID_ARGUMENT, "invalid_argument"));
  CHECK(cscim_delete_user(client, "x", NULL) == CSCIM_NOT_FOUND); /* out_error may be NULL */
  CHECK(cscim_error_code(NULL) == NULL && cscim_error_status(NULL) == CSCIM_OK && cscim_error_http_status(NULL) == 0);
  cscim_error_free(NULL);
  cscim_string_free(NULL);
  cscim_client_free(NULL);
  cscim_user_iter_free(NULL);
  cscim_group_iter_free(NULL);
  cscim_emulator_stop(NULL);
  CHECK(cscim_emulator_url(NULL) == NULL);

  /* Server-side errors, each with its fields. */
  CHECK(cscim_create_user(strict, "{\"userName\": \"dup@example.com\"}", &out, NULL) == CSCIM_OK);
  cscim_string_free(out);
  CHECK(cscim_create_user(strict, "{\"userName\": \"DUP@example.com\"}", &out, &err) == CSCIM_BAD_REQUEST);
  CHECK(strcmp(cscim_error_scim_type(err), "uniqueness") == 0 && cscim_error_http_status(err) == 400);
  CHECK(error_is(err, CSCIM_BAD_REQUEST, "bad_request"));
  /* Celonis documents no 409; the status still maps. */
  CHECK(cscim_emulator_inject(emu, "{\"kind\": \"status\", \"status\": 409}", 1, NULL) == CSCIM_OK);
  out = (char *)"untouched";
  CHECK(cscim_list_users(strict, NULL, &out, &err) == CSCIM_CONFLICT && error_is(err, CSCIM_CONFLICT, "conflict"));
  CHECK(out == NULL); /* *out_json is NULL whenever a call fails */
  CHECK(cscim_list_users(wrong, NULL, &out, &err) == CSCIM_UNAUTHORIZED && error_is(err, CSCIM_UNAUTHORIZED, "unauthorized"));
  {
    struct {
      const char *fault;
      cscim_status status;
      const char *code;
    } cases[] = {
        {"{\"kind\": \"status\", \"status\": 403}", CSCIM_FORBIDDEN, "forbidden"},
        {"{\"kind\": \"status\", \"status\": 412}", CSCIM_PRECONDITION_FAILED, "precondition_failed"},
        {"{\"kind\": \"status\", \"status\": 418}", CSCIM_HTTP, "http"},
        {"{\"kind\": \"status\", \"status\": 500, \"body\": \"{\\\"reference\\\": \\\"ERR-42\\\"}\"}", CSCIM_SERVER, "server"},
        {"{\"kind\": \"rate_limit_reset\", \"reset\": 7}", CSCIM_RATE_LIMITED, "rate_limited"},
        {"{\"kind\": \"malformed\"}", CSCIM_DECODE, "decode"},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
      CHECK(cscim_emulator_inject(emu, cases[i].fault, 1, NULL) == CSCIM_OK);
      CHECK(cscim_list_users(strict, NULL, &out, &err) == cases[i].status);
      if (cases[i].status == CSCIM_SERVER) CHECK(strcmp(cscim_error_support_id(err), "ERR-42") == 0);
      if (cases[i].status == CSCIM_RATE_LIMITED) {
        CHECK(cscim_error_retry_after(err) == 7.0);
        CHECK(strcmp(cscim_error_vendor_code(err), "LIMIT_RATE_EXCEEDED") == 0);
      }
      CHECK(error_is(err, cases[i].status, cases[i].code));
    }
  }
  CHECK(cscim_emulator_inject(emu, "{\"kind\": \"nonsense\"}", 1, &err) == CSCIM_VALIDATION && error_is(err, CSCIM_VALIDATION, "validation"));
  /* Transport: nothing listens. */
  {
    cscim_client *gone = NULL;
    CHECK(cscim_client_new("{\"base_url\": \"http://127.0.0.1:9/scim/v2\", \"token\": \"t\", \"max_retries\": 0}", &gone, NULL) == CSCIM_OK);
    CHECK(cscim_list_users(gone, NULL, &out, &err) == CSCIM_TRANSPORT && error_is(err, CSCIM_TRANSPORT, "transport"));
    cscim_client_free(gone);
  }
  cscim_client_free(strict);
  cscim_client_free(wrong);
}

int main(void) {
  cscim_error *err = NULL;
  CHECK(cscim_emulator_start(NULL, &emu, &err) == CSCIM_OK && err == NULL);
  if (emu == NULL) return REPORT();
  CHECK(strncmp(cscim_emulator_url(emu), "http://127.0.0.1:", 17) == 0);
  client = make_client(cscim_emulator_token(emu), 3);
  test_users();
  test_groups();
  test_bulk_and_discovery();
  test_error_paths();
  {
    cscim_emulator *bad = NULL;
    CHECK(cscim_emulator_start("{\"nope\": 1}", &bad, &err) == CSCIM_CONFIG && bad == NULL && error_is(err, CSCIM_CONFIG, "config"));
  }
  cscim_client_free(client);
  cscim_emulator_stop(emu);
  return REPORT();
}
