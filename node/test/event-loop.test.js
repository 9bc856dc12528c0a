'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const { setup } = require('../test-support/setup')

test('200 calls in flight never block the event loop', async () => {
  const { client, done } = await setup({ latencyMs: 5 })
  try {
    const created = await client.createUser({ userName: 'loop@example.com' })
    let last = Date.now()
    let worst = 0
    const timer = setInterval(() => {
      const now = Date.now()
      worst = Math.max(worst, now - last)
      last = now
    }, 5)
    const results = await Promise.all(Array.from({ length: 200 }, () => client.getUser(created.id)))
    clearInterval(timer)
    assert.equal(results.length, 200)
    assert.ok(results.every((u) => u.id === created.id))
    assert.ok(worst < 50, `the event loop stalled for ${worst} ms`)
  } finally {
    await done()
  }
})
