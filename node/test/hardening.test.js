'use strict'
// Abort signals, the addon's own threads, option names, panics and secrets.
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs/promises')
const path = require('node:path')
const { Client, _panicForTests } = require('..')
const { setup, user } = require('../test-support/setup')

async function rejection(promise) {
  try {
    await promise
  } catch (err) {
    return err
  }
  assert.fail('expected a rejection')
}

test('an AbortSignal stops a call waiting for its answer, and an aborted one never starts', async () => {
  const { emulator, client, done } = await setup({ latencyMs: 5000 })
  try {
    const controller = new AbortController()
    const started = Date.now()
    setTimeout(() => controller.abort(), 200)
    const e = await rejection(client.listUsers({ signal: controller.signal }))
    assert.deepEqual([e.name, e.code], ['AbortError', 'cancelled'])
    assert.ok(Date.now() - started < 4000, 'stopped long before the 5 s answer')
    const early = await rejection(client.createUser(user('never'), { signal: AbortSignal.abort() }))
    assert.equal(early.code, 'cancelled')
    emulator.setLatency(0)
    assert.equal((await client.listUsers()).totalResults, 0, 'the aborted create was never sent')
  } finally {
    await done()
  }
})

test('an AbortSignal stops an iteration and an apply, which reports and converges', async () => {
  const { emulator, client, done } = await setup({ latencyMs: 100 })
  try {
    const desired = { users: Array.from({ length: 30 }, (_, i) => ({ userName: `u${i}@example.com` })) }
    const plan = await client.plan(desired)
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 400)
    const report = await client.apply(plan, { maxInFlight: 2, bulk: false, signal: controller.signal })
    assert.equal(report.cancelled, true)
    assert.ok(report.done.length > 0 && report.done.length < 30)
    assert.equal(report.done.length + report.failed.length, 30)
    assert.ok(report.failed.every((f) => f.code === 'cancelled'))
    const iteration = client.iterUsers({ pageSize: 1, signal: AbortSignal.abort() })
    assert.equal((await rejection(iteration.next())).code, 'cancelled')
    emulator.setLatency(0)
    await client.apply(await client.plan(desired))
    assert.equal((await client.plan(desired)).createUsers.length, 0)
  } finally {
    await done()
  }
})

test('calls waiting out a rate limit leave the libuv pool to fs', async () => {
  const { emulator, client, done } = await setup({}, { retryDeadline: 30 })
  try {
    emulator.inject('rate_limit', 8, { retryAfter: 2 })
    const waiting = Array.from({ length: 8 }, () => client.listUsers())
    await new Promise((resolve) => setTimeout(resolve, 100))
    // libuv has 4 threads: were the 8 calls sleeping on it, these reads would wait 2 s.
    const started = Date.now()
    for (let i = 0; i < 20; i++) await fs.readFile(path.join(__dirname, '..', 'package.json'))
    const elapsed = Date.now() - started
    assert.ok(elapsed < 1500, `fs waited ${elapsed} ms behind the rate-limited calls`)
    const pages = await Promise.all(waiting)
    assert.equal(pages.length, 8)
  } finally {
    await done()
  }
})

test('unknown option names are refused everywhere', async () => {
  const { emulator, client, done } = await setup()
  try {
    assert.throws(() => new Client({ baseUrl: emulator.url, token: emulator.token, timeoutMs: 5 }), (e) => e.code === 'config')
    assert.equal((await rejection(client.getUser('x', { atributes: ['userName'] }))).code, 'validation')
    assert.equal((await rejection(client.listUsers({ pageSize: 3 }))).code, 'validation')
    assert.equal((await rejection(client.createUser(user('a'), { force: true }))).code, 'validation')
    assert.equal((await rejection(client.apply({}, { maxInFlightt: 2 }))).code, 'config')
    assert.throws(() => emulator.inject('rate_limit', 1, { retryAfterr: 1 }), (e) => e.code === 'validation')
  } finally {
    await done()
  }
})

test('a panic in the core rejects with InternalError and the process lives on', async () => {
  const e = await rejection(_panicForTests())
  assert.deepEqual([e.name, e.code], ['InternalError', 'internal'])
  assert.ok(e instanceof Error)
})

test('no secret in any error or object shown', async () => {
  const { emulator, done } = await setup({ oauthClients: { robot: 'pw' } })
  const secret = 'TOPSECRET-node-42'
  try {
    const client = new Client({ baseUrl: emulator.url, token: secret })
    const e = await rejection(client.listUsers())
    const oauth = new Client({ baseUrl: emulator.url, oauth2: { tokenUrl: emulator.tokenUrl, clientId: 'robot', clientSecret: secret } })
    const o = await rejection(oauth.listUsers())
    const bad = (() => {
      try {
        return new Client({ baseUrl: emulator.url, token: secret, appKey: secret })
      } catch (err) {
        return err
      }
    })()
    for (const shown of [e, o, bad].flatMap((x) => [String(x), x.stack, JSON.stringify(x), require('node:util').inspect(x), require('node:util').inspect(client)])) {
      assert.ok(!String(shown).includes(secret), shown)
    }
  } finally {
    await done()
  }
})
