'use strict'
// Shared by the tests (kept outside test/, which node --test runs whole).
const { Client, Emulator } = require('..')

/** Starts an emulator and a client of it; `done()` stops the emulator. */
async function setup(options = {}, clientOptions = {}) {
  const emulator = await Emulator.start(options)
  const client = new Client({ baseUrl: emulator.url, token: emulator.token, retryBaseDelay: 0.005, ...clientOptions })
  return { emulator, client, done: () => emulator.stop() }
}

/** A user with a userName, a displayName and one email. */
function user(name, extra = {}) {
  return { userName: `${name}@example.com`, displayName: name, emails: [{ value: `${name}@example.com` }], ...extra }
}

module.exports = { setup, user }
