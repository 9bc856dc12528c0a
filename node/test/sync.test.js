'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { Emulator, renderPlan } = require('..')
const { setup } = require('../test-support/setup')

const TEAM = path.resolve(__dirname, '..', '..', 'examples', 'team.csv')

test('plan and apply a CSV with progress, then an empty plan', async () => {
  const { client, done } = await setup()
  try {
    const plan = await client.plan(TEAM)
    assert.equal(plan.createUsers.length, 36)
    assert.equal(plan.seats.after.ANALYST, 6)
    assert.match(renderPlan(plan), /\+ user ada\.lovelace@example\.com/)
    const seen = []
    const report = await client.apply(plan, { maxInFlight: 4 }, (p) => seen.push(p))
    assert.deepEqual(report.failed, [])
    assert.equal(report.done.length, 48)
    await new Promise((resolve) => setImmediate(resolve))
    assert.equal(seen.length, 48)
    assert.ok(seen.every((p) => p.total === 48 && typeof p.phase === 'string'))
    const again = await client.plan(TEAM)
    assert.match(renderPlan(again), /^Plan: 0 groups to create/)
  } finally {
    await done()
  }
})

test('object input, missing users and the guard', async () => {
  const { client, done } = await setup()
  try {
    const desired = { users: Array.from({ length: 4 }, (_, i) => ({ userName: `n${i}@example.com`, groups: ['Team'] })) }
    await client.apply(await client.plan(desired))
    const plan = await client.plan({ users: desired.users.slice(0, 1), complete: true }, { missingUsers: 'delete' })
    assert.equal(plan.deleteUsers.length, 3)
    await assert.rejects(client.apply(plan), (e) => e.code === 'validation' && e.scimType === 'removalGuard')
    const report = await client.apply(plan, { force: true, bulk: false })
    assert.deepEqual(report.failed, [])
    assert.equal((await client.listUsers()).totalResults, 1)
  } finally {
    await done()
  }
})

test('bad input and bad options are typed errors', async () => {
  const { client, done } = await setup()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cscim-node-sync-'))
  try {
    const bad = path.join(dir, 'bad.csv')
    fs.writeFileSync(bad, 'userName,role\n,MEMBER\nx@y,BOSS\n')
    await assert.rejects(client.plan(bad), (e) => e.code === 'validation' && /line 2/.test(e.detail) && /line 3/.test(e.detail))
    await assert.rejects(client.plan({ users: [] }, { noSuchOption: 1 }), (e) => e.code === 'config')
    await assert.rejects(client.apply({ nope: 1 }), (e) => e.code === 'validation')
    const mapping = path.join(dir, 'map.json')
    const exported = path.join(dir, 'export.csv')
    fs.writeFileSync(mapping, '{"userName": "Login"}')
    fs.writeFileSync(exported, 'Login\nm@example.com\n')
    const plan = await client.plan(exported, { mapping })
    assert.deepEqual(plan.createUsers.map((u) => u.userName), ['m@example.com'])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    await done()
  }
})

test('a bulk failure midway is reported, the rest applied', async () => {
  const emulator = await Emulator.start({ seats: { ANALYST: 2 } })
  try {
    const { Client } = require('..')
    const client = new Client({ baseUrl: emulator.url, token: emulator.token })
    const report = await client.apply(await client.plan(TEAM))
    assert.equal(report.failed.filter((f) => f.action === 'create_user').length, 4)
    assert.equal(report.done.length + report.failed.length, 48)
  } finally {
    await emulator.stop()
  }
})
