"""The same CRUD and paging scenario against the third-party scim2-server."""

from __future__ import annotations

from typing import Tuple

import pytest

import celonis_scim as cs
from celonis_scim import Client


def test_crud_and_paging(scim2_server: Tuple[str, str]) -> None:
    url, token = scim2_server
    client = Client(url, token=token)
    created = client.create_user({"userName": "ada@example.com", "displayName": "Ada"})
    uid = created["id"]
    assert client.get_user(uid)["displayName"] == "Ada"
    replaced = client.replace_user(uid, {"userName": "ada@example.com", "displayName": "Ada Lovelace"})
    assert replaced["displayName"] == "Ada Lovelace"
    for i in range(9):
        client.create_user({"userName": f"p{i}@example.com"})
    page = client.list_users(start_index=1, count=4)
    assert page["totalResults"] == 10 and len(page["Resources"]) == 4
    ids = [u["id"] for u in client.iter_users(page_size=4)]
    assert len(ids) == 10 and len(set(ids)) == 10
    other = next(i for i in ids if i != uid)  # the server's listing order is its own
    group = client.create_group({"displayName": "Interop", "members": [{"value": uid}]})
    assert [m["value"] for m in client.add_group_members(group["id"], [other])["members"]] == [uid, other]
    client.delete_user(uid)
    with pytest.raises(cs.NotFoundError):
        client.get_user(uid)
