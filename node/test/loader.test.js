'use strict'
// The loader (binding.js): on a platform without a build, and on a supported platform whose
// package is missing, require('celonis-scim') throws an Error with a stable code that names the
// platform (and, for the first, lists the supported ones). The platform is faked before the
// package loads, in a child process.
const test = require('node:test')
const assert = require('node:assert/strict')
const path = require('node:path')
const { execFileSync } = require('node:child_process')
const { PLATFORMS } = require('../platforms.js')

const FAKE = `const [platform, arch] = process.env.FAKE_PLATFORM.split('-')
Object.defineProperty(process, 'platform', { value: platform })
Object.defineProperty(process, 'arch', { value: arch })`
const LOAD = `try { require(${JSON.stringify(path.resolve(__dirname, '..'))}); console.log('{}') }
catch (err) { console.log(JSON.stringify({ code: err.code, message: err.message, name: err.constructor.name })) }`

function loadAs(platform) {
  const out = execFileSync(process.execPath, ['-e', `${FAKE}\n${LOAD}`], {
    encoding: 'utf8',
    env: { ...process.env, FAKE_PLATFORM: platform },
  })
  return JSON.parse(out)
}

test('an unsupported platform gets an Error naming it and listing the supported ones', () => {
  for (const platform of ['freebsd-x64', 'win32-arm64', 'linux-ppc64']) {
    const err = loadAs(platform)
    assert.equal(err.code, 'ERR_CELONIS_SCIM_UNSUPPORTED_PLATFORM', platform)
    assert.equal(err.name, 'Error')
    for (const part of platform.split('-')) assert.ok(err.message.includes(part), `${platform}: ${err.message}`)
    for (const key of Object.keys(PLATFORMS)) assert.ok(err.message.includes(key), `${key} missing from: ${err.message}`)
  }
})

test('a supported platform without its package gets an Error naming the package to install', () => {
  const err = loadAs('darwin-arm64')
  assert.equal(err.code, 'ERR_CELONIS_SCIM_BINDING_MISSING')
  assert.ok(err.message.includes('celonis-scim-darwin-arm64'), err.message)
})

test('every platform in the table has a Rust target in package.json napi.targets', () => {
  const { napi } = require('../package.json')
  assert.deepEqual(Object.values(PLATFORMS).map((p) => p.target).sort(), [...napi.targets].sort())
})
