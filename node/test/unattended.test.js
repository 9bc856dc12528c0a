'use strict'
// Unattended runs from Node: saved plans (applied exactly, refused when stale), protection
// rules, the journal (runs, resume, undo).
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { loadPlan, savePlan, undoPlan, runs } = require('..')
const { setup } = require('../test-support/setup')

async function team (client) {
  const desired = {
    users: [
      { userName: 'ada@example.com', groups: ['Ops'] },
      { userName: 'root@example.com', role: 'ADMIN' },
      { userName: 'joe@example.com', groups: ['Ops'] }
    ]
  }
  const report = await client.apply(await client.plan(desired))
  assert.deepEqual(report.failed, [])
}

test('a saved plan is applied exactly, or refused when stale', async () => {
  const { client, done } = await setup()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cscim-saved-'))
  try {
    await team(client)
    const first = await client.planToSave({ users: [{ userName: 'ada@example.com', displayName: 'Ada' }] })
    const second = await client.planToSave({ users: [{ userName: 'ada@example.com', displayName: 'Countess' }] })
    await savePlan(second, path.join(dir, 'plan.json'))
    const loaded = await loadPlan(path.join(dir, 'plan.json'))
    assert.deepEqual(loaded, second)
    assert.equal(loaded.format, 'celonis-scim/saved-plan/1')
    assert.deepEqual((await client.applySaved(first)).failed, [])
    await assert.rejects(client.applySaved(loaded), (e) => e.code === 'validation' && e.scimType === 'stalePlan')
    assert.deepEqual((await client.applySaved(loaded, { force: true })).failed, [])
    fs.writeFileSync(path.join(dir, 'other.json'), '{"format": "celonis-scim/saved-plan/9", "plan": {}, "team": {}}')
    await assert.rejects(loadPlan(path.join(dir, 'other.json')), (e) => e.code === 'validation')
    await assert.rejects(client.applySaved({ ...second, format: 'x' }), (e) => e.code === 'validation')
  } finally {
    await done()
  }
})

test('protection rules are conflicts, enforced again at apply', async () => {
  const { client, done } = await setup()
  try {
    await team(client)
    const onlyAda = { users: [{ userName: 'ada@example.com', groups: ['Ops'] }] }
    const plan = await client.plan(onlyAda, { missingUsers: 'deactivate', protectedUsers: ['root@*'] })
    assert.deepEqual(plan.deactivateUsers.map((u) => u.userName), ['joe@example.com'])
    assert.ok(plan.conflicts.some((c) => c.kind === 'protected' && c.subject === 'root@example.com'))
    const fewAdmins = await client.plan(onlyAda, { missingUsers: 'deactivate', minAdmins: 1 })
    assert.deepEqual(fewAdmins.conflicts.map((c) => c.kind), ['min_admins'])
    await assert.rejects(client.apply(fewAdmins, { force: true, maxRemovalPercent: 100 }), (e) => e.scimType === 'minAdmins')
    const partial = await client.plan(onlyAda, { missingUsers: 'delete' })
    assert.deepEqual(partial.deleteUsers, [])
    assert.deepEqual(partial.conflicts.map((c) => c.kind), ['incomplete_input'])
    const complete = await client.plan({ ...onlyAda, complete: true }, { missingUsers: 'delete', protectedUsers: ['root@*'] })
    assert.deepEqual(complete.deleteUsers.map((u) => u.userName), ['joe@example.com'])
  } finally {
    await done()
  }
})

test('a journaled apply is listed, resumed and undone', async () => {
  const { client, done } = await setup()
  const journal = fs.mkdtempSync(path.join(os.tmpdir(), 'cscim-journal-'))
  try {
    await team(client)
    const plan = await client.plan({ users: [{ userName: 'ada@example.com' }, { userName: 'root@example.com', role: 'ADMIN' }] }, { missingUsers: 'deactivate' })
    const report = await client.apply(plan, { journal, maxRemovalPercent: 100 })
    assert.deepEqual(report.failed, [])
    assert.ok(report.run)
    const listed = await runs(journal)
    assert.deepEqual(listed.map((r) => [r.run, r.done, r.finished]), [[report.run, 1, true]])
    assert.deepEqual((await client.resume(report.run, { journal })).done, [])
    await assert.rejects(client.resume(report.run, {}), (e) => e.code === 'config')
    const undo = await undoPlan(journal, report.run)
    assert.deepEqual(undo.updateUsers.map((u) => u.userName), ['joe@example.com'])
    assert.deepEqual((await client.apply(undo, { journal })).failed, [])
    const again = await client.plan({ users: [{ userName: 'joe@example.com', active: true }] })
    assert.deepEqual(again.updateUsers, [])
    await assert.rejects(undoPlan(journal, '../escape'), (e) => e.code === 'validation')
  } finally {
    await done()
  }
})

test('a rehearsal on a snapshot foretells the seat failure, touching nothing', async () => {
  const { Emulator, Client, rehearse } = require('..')
  const live = await Emulator.start({ seats: { ANALYST: 1 } })
  try {
    const client = new Client({ baseUrl: live.url, token: live.token })
    assert.deepEqual((await client.apply(await client.plan({ users: [{ userName: 'a@example.com', role: 'ANALYST' }] }))).failed, [])
    const state = await client.snapshot({ seatLimits: { ANALYST: 1 } })
    assert.equal(state.format, 'celonis-scim/team-state/1')
    assert.equal(state.seats.ANALYST, 1)
    const plan = await client.plan({ users: [{ userName: 'a@example.com', role: 'ANALYST' }, { userName: 'b@example.com', role: 'ANALYST' }] })
    const rehearsal = await rehearse(state, plan)
    assert.deepEqual(rehearsal.failed.map((f) => [f.action, f.target]), [['create_user', 'b@example.com']])
    assert.equal((await client.listUsers()).Resources.length, 1, 'the real team was not touched')
    const real = await client.apply(plan)
    assert.deepEqual(real.failed.map((f) => [f.action, f.target, f.code]), rehearsal.failed.map((f) => [f.action, f.target, f.code]))
    await assert.rejects(rehearse({ ...state, format: 'x' }, plan), (e) => e.code === 'validation')
    await assert.rejects(client.snapshot({ seatLimit: 1 }), (e) => e.code === 'validation')
  } finally {
    await live.stop()
  }
})

test('the main job speaks camelCase both ways: plans, saved plans, reports, runs', async () => {
  const { client, done } = await setup()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cscim-camel-'))
  try {
    const plan = await client.plan({ users: [{ userName: 'camel@example.com', groups: ['Camels'] }] }, { journal: dir })
    for (const key of ['teamSize', 'inputUsers', 'inputComplete', 'createUsers', 'createGroups', 'deactivateUsers', 'seats', 'input']) {
      assert.ok(key in plan, key)
    }
    assert.ok(!Object.keys(plan).some((k) => k.includes('_')), Object.keys(plan).join())
    assert.ok('activeAdminsBefore' in plan.seats)
    assert.equal(plan.createUsers[0].userName, 'camel@example.com')
    const saved = await client.planToSave({ users: [{ userName: 'camel@example.com', groups: ['Camels'] }] })
    assert.equal(saved.input, plan.input, 'the same input, the same fingerprint')
    const report = await client.applySaved(saved, { journal: dir })
    assert.deepEqual(report.failed, [])
    const again = await client.resume(report.run, { journal: dir })
    assert.equal(again.completedBy, report.run, 'a finished run resumed sends nothing and says who completed it')
    const listed = await runs(dir)
    assert.equal(listed[0].inputUsers, 1)
    assert.ok(!Object.keys(listed[0]).some((k) => k.includes('_')))
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    await done()
  }
})
