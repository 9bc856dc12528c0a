"""The same with asyncio: AsyncClient has every method of Client, awaited."""

import asyncio
import os

from celonis_scim import AsyncClient


async def main() -> None:
    async with AsyncClient(os.environ["CELONIS_SCIM_URL"], token=os.environ["CELONIS_SCIM_TOKEN"]) as client:
        created = await asyncio.gather(*(client.create_user({"userName": f"user{i}@example.com"}) for i in range(3)))
        async for user in client.iter_users(page_size=100):
            print(user["userName"])
        plan = await client.plan("examples/team.csv")
        print(len(plan["create_users"]), "users to create")
        await asyncio.gather(*(client.delete_user(u["id"]) for u in created))


asyncio.run(main())
