const { Client } = require('celonis-scim')

async function main() {
  const client = new Client({ baseUrl: process.env.CELONIS_SCIM_URL, token: process.env.CELONIS_SCIM_TOKEN })
  const ada = await client.createUser({ userName: 'ada@example.com', displayName: 'Ada Lovelace', role: 'ANALYST' })
  const team = await client.createGroup({ displayName: 'Process Mining', members: [{ value: ada.id }] })
  for await (const user of client.iterUsers({ pageSize: 100 })) {
    console.log(user.userName, (user.groups ?? []).map((g) => g.display))
  }
  await client.deleteGroup(team.id)
  await client.deleteUser(ada.id)
  await client.getUser(ada.id).catch((err) => console.log('deleted:', err.code))
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
