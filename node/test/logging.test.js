'use strict'
// The client's log records through setLogger: exchanges at debug, retries at info, bodies at
// trace, on the event loop, and never a secret.
const test = require('node:test')
const assert = require('node:assert/strict')
const { setLogger } = require('..')
const { setup } = require('../test-support/setup')

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

test('a request is logged with its status, retries and bodies, without secrets', async () => {
  const { client, emulator, done } = await setup()
  const records = []
  setLogger((r) => records.push(r), 'trace')
  try {
    await client.createUser({ userName: 'ada@example.com' })
    emulator.inject('rate_limit', 1, { retryAfter: 0 })
    await client.listUsers()
    await settle()
    const debug = records.filter((r) => r.level === 'debug').map((r) => r.message)
    assert.ok(debug.some((m) => m.startsWith('POST /scim/v2/Users -> 200 in ')), debug.join('\n'))
    assert.ok(debug.some((m) => m.includes('-> 429')) && debug.some((m) => m.includes('(attempt 2')), debug.join('\n'))
    assert.ok(records.some((r) => r.level === 'info' && r.message.includes('retrying in')))
    // The same facts as fields of their own, for a log shipper.
    const created = records.find((r) => r.level === 'debug' && r.message.startsWith('POST /scim/v2/Users'))
    assert.equal(created.fields.method, 'POST')
    assert.equal(created.fields.path, '/scim/v2/Users')
    assert.equal(created.fields.status, 200)
    assert.equal(typeof created.fields.duration_ms, 'number')
    assert.equal(created.fields.attempt, 1)
    const retried = records.find((r) => r.level === 'info')
    assert.equal(retried.fields.error, 'rate_limited')
    assert.equal(retried.fields.attempt, 2)
    assert.ok(records.some((r) => r.level === 'trace' && r.message.includes('ada@example.com')))
    assert.ok(records.every((r) => r.target === 'celonis_scim::http'))
    for (const r of records) {
      assert.ok(!r.message.includes(emulator.token) && !/authorization/i.test(r.message), r.message)
    }

    // A lower level filters; null stops.
    records.length = 0
    setLogger((r) => records.push(r), 'info')
    await client.listUsers()
    await settle()
    assert.deepEqual(records, [])
    setLogger(null)
    emulator.inject('rate_limit', 1, { retryAfter: 0 })
    await client.listUsers()
    await settle()
    assert.deepEqual(records, [])
    assert.throws(() => setLogger(() => {}, 'loud'), { name: 'ConfigError' })
  } finally {
    setLogger(null)
    await done()
  }
})
