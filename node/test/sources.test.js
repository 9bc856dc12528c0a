'use strict'
// Identity-system exports from Node: a preset's sample, a mapping object with transforms, the
// presets' mappings to adapt, and bad rows as ValidationError.
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { presets, presetMapping } = require('..')
const { setup } = require('../test-support/setup')

const EXPORTS = path.resolve(__dirname, '..', '..', 'examples', 'exports')

test('a preset sample plans, applies and then matches', async () => {
  const { client, done } = await setup()
  try {
    const file = path.join(EXPORTS, 'directory.ldif')
    const plan = await client.plan(file, { mapping: { preset: 'ldif' } })
    const names = plan.createUsers.map((u) => u.userName).sort()
    assert.deepEqual(names, ['barbara.liskov@corp.example', 'edsger.dijkstra@corp.example', 'ken.thompson@corp.example'])
    assert.deepEqual(plan.createGroups.map((g) => g.displayName).sort(), ['All Staff', 'Analytics', 'Process Mining'])
    assert.deepEqual((await client.apply(plan)).failed, [])
    const again = await client.plan(file, { mapping: { preset: 'ldif' } })
    assert.equal(again.createUsers.length + again.updateUsers.length + again.memberships.length, 0)
  } finally {
    await done()
  }
})

test('a mapping object with transforms reads a semicolon export', async () => {
  const { client, done } = await setup()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cscim-sources-'))
  try {
    const file = path.join(dir, 'hr.csv')
    fs.writeFileSync(file, 'Mail;Dept;Status\nADA@X.COM;BI;on\nalan@x.com;Ops;off\n')
    /** @type {import('..').Mapping} */
    const mapping = {
      userName: { from: 'Mail', letters: 'lower' },
      active: { from: 'Status', map: { on: 'true', off: 'false' } },
      role: { cases: [{ field: 'Dept', is: 'BI', value: 'ANALYST' }], default: 'MEMBER' },
      groups: { from: 'Dept', template: 'Dept - {value}' },
    }
    const plan = await client.plan(file, { mapping })
    const users = Object.fromEntries(plan.createUsers.map((u) => [u.userName, u.user]))
    assert.equal(users['ada@x.com'].role, 'ANALYST')
    assert.equal(users['alan@x.com'].active, false)
    assert.deepEqual(plan.createGroups.map((g) => g.displayName).sort(), ['Dept - BI', 'Dept - Ops'])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    await done()
  }
})

test('presets are listed, their mappings adapted, bad rows and mappings rejected', async () => {
  const { client, done } = await setup()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cscim-presets-'))
  try {
    assert.deepEqual(Object.keys(presets()).sort(), ['entra', 'gam', 'google-directory', 'ldif', 'okta', 'standard', 'workday'])
    const adapted = path.join(dir, 'entra.toml')
    fs.writeFileSync(adapted, presetMapping('entra') + '\nrole = { cases = [{ field = "jobTitle", matches = "*Analyst*", value = "ANALYST" }] }\n')
    const plan = await client.plan(path.join(EXPORTS, 'entra-users.csv'), { mapping: adapted })
    const ada = plan.createUsers.find((u) => u.userName === 'ada.lovelace@contoso.com')
    assert.equal(ada.user.role, 'ANALYST')
    assert.throws(() => presetMapping('nope'), { name: 'ValidationError' })
    const bad = path.join(dir, 'okta.csv')
    fs.writeFileSync(bad, 'login,status\na@x,ACTIVE\nb@x,WHATEVER\n')
    await assert.rejects(client.plan(bad, { mapping: { preset: 'okta' } }), (e) => e.name === 'ValidationError' && e.attribute === 'input')
    await assert.rejects(client.plan(bad, { mapping: { userName: { form: 'login' } } }), (e) => e.name === 'ValidationError' && e.attribute === 'mapping')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    await done()
  }
})

test('records from a script go through the mapping, bad ones reported by index', async () => {
  const { client, done } = await setup()
  try {
    const rows = [
      { login: 'Rec1@Example.com', team: 'BI', on: 1 },
      { login: 'rec2@example.com', team: null, on: 0 },
    ]
    const mapping = { userName: { from: 'login', letters: 'lower' }, groups: 'team', active: { from: 'on', map: { 1: 'true', 0: 'false' } } }
    const plan = await client.plan(rows, { mapping })
    assert.deepEqual(plan.createUsers.map((u) => u.userName), ['rec1@example.com', 'rec2@example.com'])
    assert.equal(plan.createUsers[1].user.active, false)
    assert.deepEqual(plan.createGroups.map((g) => g.displayName), ['BI'])
    await assert.rejects(client.plan([{ login: 'ok@example.com' }, 7], { mapping }), (e) => e.name === 'ValidationError' && e.detail.includes('records[1]'))

    // An async iterable (a cursor, a stream of rows) and a generator read the same.
    async function * cursor() {
      for (const row of rows) {
        await new Promise((resolve) => setImmediate(resolve))
        yield row
      }
    }
    const streamed = await client.plan(cursor(), { mapping })
    assert.deepEqual(streamed.createUsers, plan.createUsers)
    assert.equal(streamed.input, plan.input, 'the same records, the same fingerprint')
    const saved = await client.planToSave((function * () { yield * rows })(), { mapping })
    assert.deepEqual(saved.plan.createUsers, plan.createUsers)
  } finally {
    await done()
  }
})
