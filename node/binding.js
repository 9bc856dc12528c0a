'use strict'
// Loads the native addon built for this platform: the file beside this one (a build from
// source, `npm run build`) or else the platform package that npm installed through the
// main package's optionalDependencies. Where neither fits, throws an Error that names the
// platform and lists the supported ones.
const { readFileSync } = require('node:fs')
const { PLATFORMS, packageName, addonFile } = require('./platforms.js')

/** Which C library this Linux process runs on: 'glibc' or 'musl'. */
function linuxLibc() {
  // ldd names its C library; reading it is far quicker than making a process report.
  try {
    const ldd = readFileSync('/usr/bin/ldd', 'latin1')
    if (ldd.includes('musl')) return 'musl'
    if (ldd.includes('GNU C Library') || ldd.includes('glibc')) return 'glibc'
  } catch {
    // no ldd (a distroless image): ask the process report
  }
  const report = typeof process.report?.getReport === 'function' ? process.report.getReport() : null
  return report?.header?.glibcVersionRuntime ? 'glibc' : 'musl'
}

/** This process's platform key (e.g. 'linux-x64-gnu', 'darwin-arm64'), and a description. */
function currentPlatform() {
  const { platform, arch } = process
  if (platform !== 'linux') return { key: `${platform}-${arch}`, described: `${platform} ${arch}` }
  const libc = linuxLibc()
  return { key: `linux-${arch}-${libc === 'glibc' ? 'gnu' : 'musl'}`, described: `linux ${arch} (${libc})` }
}

function platformError(code, message, causes) {
  const error = new Error(message, causes.length ? { cause: causes[causes.length - 1] } : undefined)
  error.code = code
  return error
}

function load() {
  const { key, described } = currentPlatform()
  const supported = Object.keys(PLATFORMS)
  if (!(key in PLATFORMS)) {
    throw platformError(
      'ERR_CELONIS_SCIM_UNSUPPORTED_PLATFORM',
      `celonis-scim has no native build for ${described}. Supported platforms: ${supported.join(', ')}.`,
      [],
    )
  }
  const causes = []
  for (const candidate of [`./${addonFile(key)}`, packageName(key)]) {
    try {
      return require(candidate)
    } catch (err) {
      if (err?.code !== 'MODULE_NOT_FOUND' || !String(err.message).includes(candidate)) throw err
      causes.push(err)
    }
  }
  throw platformError(
    'ERR_CELONIS_SCIM_BINDING_MISSING',
    `celonis-scim's native build for ${described} is in the package ${packageName(key)}, which is not ` +
      `installed. npm installs it with celonis-scim unless optional dependencies are left out ` +
      `(--omit=optional, --no-optional): install it with \`npm install ${packageName(key)}\`.`,
    causes,
  )
}

module.exports = load()
