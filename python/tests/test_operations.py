"""Every verb against the embedded emulator, through the celonis_client fixture."""

from __future__ import annotations

import celonis_scim
from celonis_scim import Client
from celonis_scim.testing import Emulator


def user(name: str, **extra: object) -> celonis_scim.User:
    u: celonis_scim.User = {"userName": f"{name}@example.com", "displayName": name, "emails": [{"value": f"{name}@example.com"}]}
    u.update(extra)  # type: ignore[typeddict-item]
    return u


def test_user_crud(celonis_client: Client) -> None:
    created = celonis_client.create_user(user("ada", role="ANALYST", sendEmailOnInvitation=False, title="Countess"))
    uid = created["id"]
    assert created["role"] == "ANALYST"
    assert created["title"] == "Countess"  # type: ignore[typeddict-item]
    got = celonis_client.get_user(uid)
    assert got["userName"] == "ada@example.com"
    only = celonis_client.get_user(uid, attributes=["userName"])
    assert "displayName" not in only and only["userName"] == "ada@example.com"
    without = celonis_client.get_user(uid, excluded_attributes=["emails"])
    assert "emails" not in without
    got["displayName"] = "Ada Lovelace"
    got["active"] = False
    replaced = celonis_client.replace_user(uid, got)
    assert replaced["displayName"] == "Ada Lovelace" and replaced["active"] is False
    celonis_client.delete_user(uid)
    assert celonis_client.list_users()["totalResults"] == 0


def test_listing_search_and_lazy_iteration(celonis_client: Client) -> None:
    for i in range(7):
        celonis_client.create_user(user(f"u{i}"))
    page = celonis_client.list_users(start_index=3, count=2)
    assert page["totalResults"] == 7 and [u["userName"] for u in page["Resources"]] == ["u2@example.com", "u3@example.com"]
    found = celonis_client.search_users({"startIndex": 6, "count": 5, "attributes": ["userName"]})
    assert len(found["Resources"]) == 2 and "displayName" not in found["Resources"][0]
    it = celonis_client.iter_users(page_size=3)
    assert iter(it) is it
    first = next(it)
    assert first["userName"] == "u0@example.com"
    rest = list(it)
    assert [u["userName"] for u in rest] == [f"u{i}@example.com" for i in range(1, 7)]


def test_groups_and_members(celonis_client: Client) -> None:
    ids = [celonis_client.create_user(user(f"m{i}"))["id"] for i in range(3)]
    group = celonis_client.create_group({"displayName": "Ops", "role": "ANALYST", "members": [{"value": ids[0]}]})
    gid = group["id"]
    assert celonis_client.get_group(gid)["role"] == "ANALYST"
    added = celonis_client.add_group_members(gid, ids)
    assert [m["value"] for m in added["members"]] == ids
    removed = celonis_client.remove_group_members(gid, [ids[1]])
    assert [m["value"] for m in removed["members"]] == [ids[0], ids[2]]
    assert celonis_client.get_user(ids[0])["groups"][0]["value"] == gid
    renamed = celonis_client.replace_group(gid, {"displayName": "Ops EMEA", "members": []})
    assert renamed["displayName"] == "Ops EMEA" and renamed.get("members", []) == []
    for i in range(4):
        celonis_client.create_group({"displayName": f"team-{i}"})
    assert celonis_client.list_groups(count=2)["totalResults"] == 5
    assert celonis_client.search_groups({"startIndex": 5})["Resources"][0]["displayName"] == "team-3"
    assert len(list(celonis_client.iter_groups(page_size=2))) == 5
    celonis_client.delete_group(gid)
    assert celonis_client.list_groups()["totalResults"] == 4


def test_bulk_with_references(celonis_client: Client) -> None:
    resp = celonis_client.bulk(
        {
            "Operations": [
                {"method": "POST", "path": "/Users", "bulkId": "u1", "data": {"userName": "b1@example.com"}},
                {"method": "POST", "path": "/Groups", "bulkId": "g1", "data": {"displayName": "Bulk", "members": [{"value": "bulkId:u1"}]}},
                {"method": "POST", "path": "/Users", "bulkId": "u2", "data": {"userName": "b1@example.com"}},
                {"method": "POST", "path": "/Users", "bulkId": "u3", "data": {"userName": "never@example.com"}},
            ]
        }
    )
    ops = resp["Operations"]
    assert [o["status"] for o in ops] == ["201", "201", "400"], "stops after the first failure"
    assert ops[2]["response"]["scimType"] == "uniqueness"
    gid = ops[1]["location"].rsplit("/", 1)[1]
    assert len(celonis_client.get_group(gid)["members"]) == 1


def test_discovery(celonis_client: Client) -> None:
    spc = celonis_client.service_provider_config()
    assert spc["patch"]["supported"] is False and spc["bulk"]["maxOperations"] == 1000
    assert celonis_client.schemas()["totalResults"] == 3
    assert celonis_client.schema("urn:ietf:params:scim:schemas:core:2.0:User")["name"] == "User"
    assert len(celonis_client.resource_types()["Resources"]) == 2
    assert celonis_client.resource_type("Group")["endpoint"] == "/Groups"


def test_client_options_and_context_manager() -> None:
    with Emulator(seats={"ANALYST": 1}) as emu:
        with Client(emu.url, token=emu.token, timeout=5, max_retries=0, admin_role="ADMIN") as client:
            assert client.base_url == emu.url
            client.create_user(user("x", role="ANALYST"))
            assert emu.seat_usage()["ANALYST"] == 1
    assert Client.celonis("acme", "eu-1", token="t").base_url == "https://acme.eu-1.celonis.cloud/api/user-provisioning/scim/v2"


def test_oauth2_client_credentials() -> None:
    with Emulator(oauth_clients={"robot": "pw"}) as emu:
        client = Client(emu.url, oauth2={"token_url": emu.token_url, "client_id": "robot", "client_secret": "pw", "client_auth": "post"})
        client.list_users()
        emu.revoke_tokens()
        client.list_users()


def test_state_file_keeps_data(tmp_path: object) -> None:
    from pathlib import Path

    state = Path(str(tmp_path)) / "team.json"
    with Emulator(state=state, token="t") as emu:
        emu.client().create_user(user("kept"))
    with Emulator(state=state, token="t") as emu:
        assert emu.client().list_users()["Resources"][0]["userName"] == "kept@example.com"


def test_parse_list_response_reads_recorded_listings(celonis_client: Client) -> None:
    import json

    celonis_client.create_user(user("rec"))
    recorded = json.dumps({"totalresults": "1", "RESOURCES": [{"USERNAME": "rec@example.com", "active": "True", "role": "ANALYST"}]}).encode()
    page = celonis_scim.parse_list_response(recorded)
    assert page["totalResults"] == 1 and page["Resources"][0]["userName"] == "rec@example.com"
    assert page["Resources"][0]["active"] is True
    groups = celonis_scim.parse_list_response(b'{"Resources": [{"displayName": "G"}]}', "Group")
    assert groups["Resources"][0]["displayName"] == "G"
    import pytest

    with pytest.raises(celonis_scim.DecodeError):
        celonis_scim.parse_list_response(b"{not json")
    with pytest.raises(celonis_scim.ValidationError):
        celonis_scim.parse_list_response(b"{}", "Printer")
