'use strict'
// Approving part of a plan from Node (selectPlan), and a plan as rows (planRows).
const test = require('node:test')
const assert = require('node:assert/strict')
const path = require('node:path')
const { selectPlan, planRows } = require('..')
const { setup } = require('../test-support/setup')

const TEAM = path.resolve(__dirname, '..', '..', 'examples', 'team.csv')

test('only the selected part is applied, consistently', async () => {
  const { client, done } = await setup()
  try {
    const plan = await client.plan(TEAM)
    const part = selectPlan(plan, { users: ['ada*', 'alan*'], groups: ['Data Engineering'] })
    assert.deepEqual(part.createUsers.map((u) => u.userName).sort(), ['ada.lovelace@example.com', 'alan.turing@example.com'])
    assert.deepEqual(part.memberships.map((m) => m.group), ['Data Engineering'])
    assert.deepEqual(part.memberships[0].add.map((a) => a.userName).sort(), ['ada.lovelace@example.com', 'alan.turing@example.com'])
    assert.deepEqual((await client.apply(part)).failed, [])
    assert.equal((await client.plan(TEAM)).createUsers.length, 34)
    assert.throws(() => selectPlan(plan, { sections: ['everything'] }), { name: 'ValidationError' })
    // Sections are named as the plan's keys are: camelCase in Node.
    const groupsOnly = selectPlan(plan, { sections: ['createGroups'] })
    assert.ok(groupsOnly.createGroups.length > 0 && groupsOnly.createUsers.length === 0 && groupsOnly.memberships.length === 0)

    const rows = planRows(plan)
    assert.deepEqual(Object.keys(rows[0]).sort(), ['after', 'attribute', 'before', 'section', 'target'])
    assert.ok(rows.some((r) => r.section === 'memberships' && r.attribute === 'member' && r.after === 'grace.hopper@example.com'))
  } finally {
    await done()
  }
})
