// The package as an ES module: `import { Client } from 'celonis-scim'` gives the same objects
// as require(), every one of them, and the Node example runs from an .mjs file.
import test from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import * as esm from 'celonis-scim'
import celonis, { Client, Emulator } from 'celonis-scim'

const require = createRequire(import.meta.url)

test('the ES module exports exactly what require() gives, as the same objects', () => {
  const cjs = require('celonis-scim')
  const named = Object.keys(esm).filter((name) => name !== 'default').sort()
  assert.deepEqual(named, Object.keys(cjs).sort())
  for (const name of named) assert.equal(esm[name], cjs[name], name)
  assert.equal(celonis, cjs)
})

test('named imports work against an emulator', async () => {
  const emulator = await Emulator.start()
  try {
    const client = new Client({ baseUrl: emulator.url, token: emulator.token })
    const user = await client.createUser({ userName: 'esm@example.com' })
    assert.equal(user.role, 'MEMBER')
  } finally {
    await emulator.stop()
  }
})
