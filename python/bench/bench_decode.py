"""A 10,000-user ListResponse into a list of dicts.

Compares, on the same bytes from the same emulator in the same run:
- ``json.loads`` of the raw answer (the floor: plain dicts, no SCIM knowledge);
- ``celonis_scim.parse_list_response(raw)``: the Rust decode (case-insensitive names, lenient
  booleans, extension hoisting) and the conversion to dicts, on the same bytes (goal: at most
  2x ``json.loads``);
- ``client.list_users(count=10000)``: the same plus the HTTP request and the emulator's own
  work, which ``json.loads`` does not pay;
- scim2-models validating the payload into its models (goal: the client at least 25x faster).

Run: ``.venv/bin/python python/bench/bench_decode.py`` (after ``scripts/test`` and
``pip install -r python/bench/requirements.txt``).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import urllib.request
import warnings
from pathlib import Path
from typing import Any, Callable, List

sys.path.insert(0, str(Path(__file__).parent))
warnings.simplefilter("ignore")

from celonis_models import CelonisUserModel  # noqa: E402
from scim2_models import Context, ListResponse  # noqa: E402

import celonis_scim  # noqa: E402
from celonis_scim.testing import Emulator  # noqa: E402

USERS = 10_000
ROUNDS = 7


def median_ms(fn: Callable[[], Any], rounds: int = ROUNDS) -> float:
    fn()
    times: List[float] = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def seed(client: Any) -> None:
    for start in range(0, USERS, 1000):
        ops = [
            {
                "method": "POST",
                "path": "/Users",
                "bulkId": f"u{i}",
                "data": {
                    "userName": f"user{i}@example.com",
                    "displayName": f"User Number {i}",
                    "externalId": f"E{i:06}",
                    "name": {"givenName": "Given", "familyName": f"Family{i}"},
                    "emails": [{"value": f"user{i}@example.com", "primary": True, "type": "work"}],
                    "active": True,
                    "role": "ANALYST" if i % 10 == 0 else "MEMBER",
                },
            }
            for i in range(start, start + 1000)
        ]
        client.bulk({"Operations": ops})


def main() -> None:
    with Emulator(max_count=USERS) as emu:
        client = emu.client()
        seed(client)
        req = urllib.request.Request(f"{emu.url}/Users?count={USERS}", headers={"Authorization": f"Bearer {emu.token}"})
        raw = urllib.request.urlopen(req).read()
        assert len(json.loads(raw)["Resources"]) == USERS

        model = ListResponse[CelonisUserModel]  # type: ignore[valid-type]
        t_json = median_ms(lambda: json.loads(raw))
        t_parse = median_ms(lambda: celonis_scim.parse_list_response(raw))
        t_client = median_ms(lambda: client.list_users(count=USERS))
        t_models = median_ms(lambda: model.model_validate(json.loads(raw), scim_ctx=Context.RESOURCE_QUERY_RESPONSE), rounds=3)
        assert len(client.list_users(count=USERS)["Resources"]) == USERS

    print(f"{USERS}-user ListResponse ({len(raw) / 1e6:.1f} MB) into dicts, medians of {ROUNDS} (scim2-models: 3)")
    print(f"  json.loads(raw bytes):            {t_json:8.1f} ms")
    print(f"  parse_list_response(raw bytes):   {t_parse:8.1f} ms   ratio to json.loads {t_parse / t_json:5.2f} (goal <= 2.0)")
    print(f"  client.list_users(count={USERS}):  {t_client:8.1f} ms   ratio to json.loads {t_client / t_json:5.2f} (HTTP and server included)")
    print(f"  scim2-models model_validate:      {t_models:8.1f} ms   parse is {t_models / t_parse:5.1f}x faster, list_users {t_models / t_client:5.1f}x (goal >= 25)")


if __name__ == "__main__":
    main()
