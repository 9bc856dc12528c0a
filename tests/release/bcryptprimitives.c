/* A stand-in for Windows' bcryptprimitives.dll, for running our Windows programs under
 * Debian's wine 8.0, which lacks it (Rust's standard library imports ProcessPrng from it
 * since Rust 1.78). Test-only: placed beside the program under test, never shipped.
 * ProcessPrng fills a buffer with random bytes; wine's RtlGenRandom does the work. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
  while (length > 0) {
    ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
    if (!SystemFunction036(data, chunk)) return FALSE;
    data += chunk;
    length -= chunk;
  }
  return TRUE;
}
