import os

from celonis_scim import Client, NotFoundError

with Client(os.environ["CELONIS_SCIM_URL"], token=os.environ["CELONIS_SCIM_TOKEN"]) as client:
    ada = client.create_user({"userName": "ada@example.com", "displayName": "Ada Lovelace", "role": "ANALYST"})
    team = client.create_group({"displayName": "Process Mining", "members": [{"value": ada["id"]}]})
    for user in client.iter_users(page_size=100):
        print(user["userName"], [g.get("display") for g in user.get("groups", [])])
    client.delete_group(team["id"])
    client.delete_user(ada["id"])
    try:
        client.get_user(ada["id"])
    except NotFoundError as gone:
        print("deleted:", gone.status)
