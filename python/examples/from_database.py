"""Plan a team straight from a database query: sqlite3 here, any DB-API driver (or a
pandas DataFrame) alike. The rows go through the same mapping engine as export files."""

import os
import sqlite3

import celonis_scim as cs

db = sqlite3.connect(":memory:")
db.execute("create table staff (login text, full_name text, mail text, team text, on_leave int)")
db.executemany(
    "insert into staff values (?, ?, ?, ?, ?)",
    [
        ("ada@example.com", "Ada Lovelace", "ada@example.com", "Process Mining", 0),
        ("alan@example.com", "Alan Turing", "alan@example.com", "Data Engineering", 1),
    ],
)
db.row_factory = sqlite3.Row
rows = [dict(row) for row in db.execute("select * from staff")]

mapping = {
    "userName": "login",
    "displayName": "full_name",
    "email": "mail",
    "groups": "team",
    "active": {"from": "on_leave", "map": {"0": "true", "1": "false"}},
}
client = cs.Client(os.environ["CELONIS_SCIM_URL"], token=os.environ["CELONIS_SCIM_TOKEN"])
plan = client.plan(rows, mapping=mapping)
print(cs.render_plan(plan))
