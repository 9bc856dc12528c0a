'use strict'
// The platforms celonis-scim ships a native build for: one npm package each
// (celonis-scim-<key>), named in the main package's optionalDependencies. The loader
// (binding.js) and the release script (scripts/release) both read this table.

/** @type {Record<string, { os: string, cpu: string, libc?: string, target: string }>} */
const PLATFORMS = {
  'linux-x64-gnu': { os: 'linux', cpu: 'x64', libc: 'glibc', target: 'x86_64-unknown-linux-gnu' },
  'linux-x64-musl': { os: 'linux', cpu: 'x64', libc: 'musl', target: 'x86_64-unknown-linux-musl' },
  'linux-arm64-gnu': { os: 'linux', cpu: 'arm64', libc: 'glibc', target: 'aarch64-unknown-linux-gnu' },
  'linux-arm64-musl': { os: 'linux', cpu: 'arm64', libc: 'musl', target: 'aarch64-unknown-linux-musl' },
  'win32-x64': { os: 'win32', cpu: 'x64', target: 'x86_64-pc-windows-gnu' },
  'darwin-x64': { os: 'darwin', cpu: 'x64', target: 'x86_64-apple-darwin' },
  'darwin-arm64': { os: 'darwin', cpu: 'arm64', target: 'aarch64-apple-darwin' },
}

/** The npm package that carries the native build for `key`. */
function packageName(key) {
  return `celonis-scim-${key}`
}

/** The file name of the native build for `key` (in its package, or beside binding.js). */
function addonFile(key) {
  return `celonis-scim.${key}.node`
}

module.exports = { PLATFORMS, packageName, addonFile }
