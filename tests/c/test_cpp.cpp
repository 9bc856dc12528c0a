// The header from C++17: RAII wrappers over the handles, and a round trip.
#include <cstdio>
#include <memory>
#include <string>

#include "celonis_scim.h"

namespace {
struct EmulatorStop {
  void operator()(cscim_emulator *e) const { cscim_emulator_stop(e); }
};
struct ClientFree {
  void operator()(cscim_client *c) const { cscim_client_free(c); }
};
struct StringFree {
  void operator()(char *s) const { cscim_string_free(s); }
};
struct ErrorFree {
  void operator()(cscim_error *e) const { cscim_error_free(e); }
};
}  // namespace

int main() {
  int passed = 0, failed = 0;
  auto check = [&](bool ok, const char *what) {
    if (ok) {
      ++passed;
    } else {
      ++failed;
      std::fprintf(stderr, "failed: %s\n", what);
    }
  };
  cscim_emulator *raw_emu = nullptr;
  check(cscim_emulator_start(nullptr, &raw_emu, nullptr) == CSCIM_OK, "emulator starts");
  std::unique_ptr<cscim_emulator, EmulatorStop> emu(raw_emu);
  std::string config = std::string("{\"base_url\": \"") + cscim_emulator_url(emu.get()) + "\", \"token\": \"" +
                       cscim_emulator_token(emu.get()) + "\"}";
  cscim_client *raw_client = nullptr;
  check(cscim_client_new(config.c_str(), &raw_client, nullptr) == CSCIM_OK, "client");
  std::unique_ptr<cscim_client, ClientFree> client(raw_client);
  char *raw_out = nullptr;
  check(cscim_create_user(client.get(), R"({"userName": "cpp@example.com"})", &raw_out, nullptr) == CSCIM_OK, "create");
  std::unique_ptr<char, StringFree> out(raw_out);
  check(std::string(out.get()).find("\"role\":\"MEMBER\"") != std::string::npos, "default role");
  cscim_error *raw_err = nullptr;
  char *none = nullptr;
  check(cscim_get_user(client.get(), "missing", nullptr, &none, &raw_err) == CSCIM_NOT_FOUND, "not found");
  std::unique_ptr<cscim_error, ErrorFree> err(raw_err);
  check(std::string(cscim_error_code(err.get())) == "not_found" && none == nullptr, "error code");
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
