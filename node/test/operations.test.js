'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const { Client } = require('..')
const { setup, user } = require('../test-support/setup')

test('user CRUD with projections', async () => {
  const { client, done } = await setup()
  try {
    const created = await client.createUser(user('ada', { role: 'ANALYST', sendEmailOnInvitation: false, title: 'Countess' }))
    assert.equal(created.role, 'ANALYST')
    assert.equal(created.title, 'Countess')
    const got = await client.getUser(created.id)
    assert.equal(got.userName, 'ada@example.com')
    const only = await client.getUser(created.id, { attributes: ['userName'] })
    assert.equal(only.displayName, undefined)
    const without = await client.getUser(created.id, { excludedAttributes: ['emails'] })
    assert.equal(without.emails, undefined)
    const replaced = await client.replaceUser(created.id, { ...got, displayName: 'Ada Lovelace', active: false })
    assert.equal(replaced.displayName, 'Ada Lovelace')
    assert.equal(replaced.active, false)
    assert.equal(await client.deleteUser(created.id), null)
    assert.equal((await client.listUsers()).totalResults, 0)
  } finally {
    await done()
  }
})

test('listing, search and async iteration over several pages', async () => {
  const { client, done } = await setup()
  try {
    for (let i = 0; i < 7; i++) await client.createUser(user(`u${i}`))
    const page = await client.listUsers({ startIndex: 3, count: 2 })
    assert.equal(page.totalResults, 7)
    assert.deepEqual(page.Resources.map((u) => u.userName), ['u2@example.com', 'u3@example.com'])
    const found = await client.searchUsers({ startIndex: 6, count: 5, attributes: ['userName'] })
    assert.equal(found.Resources.length, 2)
    assert.equal(found.Resources[0].displayName, undefined)
    const names = []
    for await (const u of client.iterUsers({ pageSize: 3 })) names.push(u.userName)
    assert.deepEqual(names, [0, 1, 2, 3, 4, 5, 6].map((i) => `u${i}@example.com`))
    const it = client.iterUsers({ pageSize: 100 })
    assert.equal((await it.next()).done, false)
  } finally {
    await done()
  }
})

test('groups and memberships', async () => {
  const { client, done } = await setup()
  try {
    const ids = []
    for (let i = 0; i < 3; i++) ids.push((await client.createUser(user(`m${i}`))).id)
    const group = await client.createGroup({ displayName: 'Ops', role: 'ANALYST', members: [{ value: ids[0] }] })
    assert.equal((await client.getGroup(group.id)).role, 'ANALYST')
    assert.deepEqual((await client.addGroupMembers(group.id, ids)).members.map((m) => m.value), ids)
    assert.deepEqual((await client.removeGroupMembers(group.id, [ids[1]])).members.map((m) => m.value), [ids[0], ids[2]])
    assert.equal((await client.getUser(ids[0])).groups[0].value, group.id)
    const renamed = await client.replaceGroup(group.id, { displayName: 'Ops EMEA', members: [] })
    assert.equal(renamed.displayName, 'Ops EMEA')
    for (let i = 0; i < 4; i++) await client.createGroup({ displayName: `team-${i}` })
    assert.equal((await client.listGroups({ count: 2 })).totalResults, 5)
    assert.equal((await client.searchGroups({ startIndex: 5 })).Resources[0].displayName, 'team-3')
    let n = 0
    for await (const _ of client.iterGroups({ pageSize: 2 })) n++
    assert.equal(n, 5)
    await client.deleteGroup(group.id)
    assert.equal((await client.listGroups()).totalResults, 4)
  } finally {
    await done()
  }
})

test('bulk with bulkId references stops at the first failure', async () => {
  const { client, done } = await setup()
  try {
    const resp = await client.bulk({
      Operations: [
        { method: 'POST', path: '/Users', bulkId: 'u1', data: { userName: 'b1@example.com' } },
        { method: 'POST', path: '/Groups', bulkId: 'g1', data: { displayName: 'Bulk', members: [{ value: 'bulkId:u1' }] } },
        { method: 'POST', path: '/Users', bulkId: 'u2', data: { userName: 'b1@example.com' } },
        { method: 'POST', path: '/Users', bulkId: 'u3', data: { userName: 'never@example.com' } },
      ],
    })
    assert.deepEqual(resp.Operations.map((o) => o.status), ['201', '201', '400'])
    assert.equal(resp.Operations[2].response.scimType, 'uniqueness')
  } finally {
    await done()
  }
})

test('discovery', async () => {
  const { client, done } = await setup()
  try {
    const spc = await client.serviceProviderConfig()
    assert.equal(spc.patch.supported, false)
    assert.equal((await client.schemas()).totalResults, 3)
    assert.equal((await client.schema('urn:ietf:params:scim:schemas:core:2.0:Group')).name, 'Group')
    assert.equal((await client.resourceTypes()).Resources.length, 2)
    assert.equal((await client.resourceType('User')).endpoint, '/Users')
  } finally {
    await done()
  }
})

test('options, the Celonis URL helper, OAuth2 and the emulator controls', async () => {
  const { emulator, done } = await setup({ seats: { ANALYST: 1 }, oauthClients: { robot: 'pw' } })
  try {
    const client = new Client({
      baseUrl: emulator.url,
      oauth2: { tokenUrl: emulator.tokenUrl, clientId: 'robot', clientSecret: 'pw', clientAuth: 'post' },
      timeout: 5,
      maxRetries: 1,
    })
    assert.equal(client.baseUrl, emulator.url)
    await client.createUser(user('x', { role: 'ANALYST' }))
    assert.equal(emulator.seatUsage().ANALYST, 1)
    emulator.revokeTokens()
    assert.equal((await client.listUsers()).totalResults, 1)
    assert.equal(Client.celonis('acme', 'eu-1', { token: 't' }).baseUrl, 'https://acme.eu-1.celonis.cloud/api/user-provisioning/scim/v2')
  } finally {
    await done()
  }
})

test('emulator options keep their own units (latencyMs is milliseconds)', async () => {
  const { client, done } = await setup({ latencyMs: 150 })
  try {
    const t = Date.now()
    await client.listUsers()
    const elapsed = Date.now() - t
    assert.ok(elapsed >= 140 && elapsed < 2000, `took ${elapsed} ms`)
  } finally {
    await done()
  }
})
