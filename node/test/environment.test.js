'use strict'
// Client.fromEnv: this project's CELONIS_SCIM_* variables, else the ones Celonis's own tools
// use (CELONIS_URL, CELONIS_API_TOKEN, CELONIS_KEY_TYPE); options win over both.
const test = require('node:test')
const assert = require('node:assert/strict')
const { Client } = require('..')
const { setup } = require('../test-support/setup')

const NAMES = ['CELONIS_SCIM_URL', 'CELONIS_SCIM_TOKEN', 'CELONIS_SCIM_APP_KEY', 'CELONIS_URL', 'CELONIS_API_TOKEN', 'CELONIS_KEY_TYPE']

test('a client from the environment, Celonis variables where ours are unset', async () => {
  const { emulator, done } = await setup()
  const saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]))
  try {
    for (const n of NAMES) delete process.env[n]
    process.env.CELONIS_URL = emulator.url.replace(/\/scim\/v2$/, '')
    process.env.CELONIS_API_TOKEN = emulator.token
    const client = Client.fromEnv({ timeout: 5 })
    assert.match(client.baseUrl, /\/api\/user-provisioning\/scim\/v2$/)
    assert.equal((await client.listUsers()).totalResults, 0)
    process.env.CELONIS_SCIM_TOKEN = 'wrong'
    await assert.rejects(Client.fromEnv().listUsers(), (e) => e.name === 'AuthError')
    delete process.env.CELONIS_SCIM_TOKEN
    process.env.CELONIS_KEY_TYPE = 'PASSWORD'
    assert.throws(() => Client.fromEnv(), { name: 'ConfigError' })
  } finally {
    for (const n of NAMES) {
      if (saved[n] === undefined) delete process.env[n]
      else process.env[n] = saved[n]
    }
    await done()
  }
})
