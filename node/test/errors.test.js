'use strict'
const test = require('node:test')
const assert = require('node:assert/strict')
const { Client, Emulator, isScimError } = require('..')
const { setup } = require('../test-support/setup')

const FIELDS = ['code', 'status', 'scimType', 'detail', 'errorCode', 'supportId', 'retryAfter', 'attribute']

async function rejection(promise) {
  try {
    await promise
  } catch (err) {
    assert.ok(err instanceof Error, 'a real Error')
    assert.ok(isScimError(err))
    for (const f of FIELDS) assert.ok(f in err, `has ${f}`)
    return err
  }
  assert.fail('expected a rejection')
}

test('validation and config errors', async () => {
  const { client, done } = await setup()
  try {
    const v = await rejection(client.createUser({ userName: 'x'.repeat(101) }))
    assert.deepEqual([v.name, v.code, v.attribute, v.scimType, v.status], ['ValidationError', 'validation', 'userName', 'tooLong', null])
    assert.equal((await rejection(client.createUser({ userName: 'ok', active: 'perhaps' }))).code, 'validation')
    assert.equal((await rejection(client.bulk({ Operations: [{ method: 'PATCH', path: '/Users/x' }] }))).code, 'validation')
  } finally {
    await done()
  }
  for (const options of [{ baseUrl: 'https://h.example/scim/v2' }, { baseUrl: 'http://team.example/scim/v2', token: 't' }, { baseUrl: 'https://h/scim/v2', token: 't', tokn: 'x' }]) {
    assert.throws(() => new Client(options), (e) => e instanceof Error && e.code === 'config' && e.name === 'ConfigError')
  }
  await assert.rejects(Emulator.start({ noSuchOption: 1 }), (e) => e.code === 'config')
})

test('every server-side code with its fields', async () => {
  const { emulator, client, done } = await setup({}, { maxRetries: 0 })
  try {
    await client.createUser({ userName: 'dup@example.com' })
    const bad = await rejection(client.createUser({ userName: 'DUP@example.com' }))
    assert.deepEqual([bad.name, bad.code, bad.status, bad.scimType], ['BadRequestError', 'bad_request', 400, 'uniqueness'])
    assert.ok(bad.detail)
    const nf = await rejection(client.getUser('missing'))
    assert.deepEqual([nf.name, nf.code, nf.status], ['NotFoundError', 'not_found', 404])
    // Celonis documents no 409; the name still maps the status.
    emulator.inject('status', 1, { status: 409 })
    const conflict = await rejection(client.listUsers())
    assert.deepEqual([conflict.name, conflict.code, conflict.status], ['ConflictError', 'conflict', 409])
    const cases = [
      ['status', { status: 403 }, 'AuthError', 'forbidden', 403],
      ['status', { status: 412, body: '{"detail": "stale"}' }, 'PreconditionFailedError', 'precondition_failed', 412],
      ['status', { status: 418 }, 'ApiError', 'http', 418],
      ['status', { status: 500, body: '{"reference": "ERR-42", "message": "boom"}' }, 'ServerError', 'server', 500],
      ['rate_limit_reset', { reset: 7 }, 'RateLimitError', 'rate_limited', 429],
      ['malformed', {}, 'DecodeError', 'decode', 200],
    ]
    for (const [kind, params, name, code, status] of cases) {
      emulator.inject(kind, 1, params)
      const e = await rejection(client.listUsers())
      assert.deepEqual([e.name, e.code, e.status], [name, code, status], kind)
      if (code === 'server') assert.deepEqual([e.supportId, e.detail], ['ERR-42', 'boom'])
      if (code === 'rate_limited') assert.deepEqual([e.retryAfter, e.errorCode], [7, 'LIMIT_RATE_EXCEEDED'])
    }
    const unauth = await rejection(new Client({ baseUrl: emulator.url, token: 'wrong' }).listUsers())
    assert.deepEqual([unauth.name, unauth.code, unauth.detail], ['AuthError', 'unauthorized', 'Unauthorized'])
    assert.throws(() => emulator.inject('no_such_fault'), (e) => e.code === 'validation')
  } finally {
    await done()
  }
})

test('transport errors and retries', async () => {
  const { emulator, client, done } = await setup()
  emulator.inject('unavailable', 2)
  assert.equal((await client.listUsers()).totalResults, 0)
  emulator.inject('drop_after', 1)
  const lost = await rejection(client.createUser({ userName: 'once@example.com' }))
  assert.equal(lost.code, 'transport')
  assert.equal((await client.listUsers()).totalResults, 1, 'never created twice')
  const url = emulator.url
  await done()
  await done()
  const gone = await rejection(new Client({ baseUrl: url, token: 't', maxRetries: 0 }).listUsers())
  assert.deepEqual([gone.name, gone.code, gone.status], ['TransportError', 'transport', null])
  assert.throws(() => emulator.setLatency(5), (e) => e.code === 'config')
})
