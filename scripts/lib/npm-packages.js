'use strict'
// Stages and packs the npm packages of a release, the napi-rs way: the main package
// celonis-scim (JavaScript and types only) with optionalDependencies on one package per
// platform, each carrying one native addon and the os/cpu/libc fields that let npm install
// only the one that fits. Usage: node npm-packages.js VERSION ADDONS_DIR STAGE_DIR OUT_DIR
// (ADDONS_DIR holds celonis-scim.<platform>.node files; platforms without one get no package).
const fs = require('node:fs')
const path = require('node:path')
const { execFileSync } = require('node:child_process')

const root = path.resolve(__dirname, '..', '..')
const nodeDir = path.join(root, 'node')
const { PLATFORMS, packageName, addonFile } = require(path.join(nodeDir, 'platforms.js'))
const LICENCES = ['LICENSE-MIT', 'LICENSE-APACHE', 'LICENSE-THIRD-PARTY.md']

function writeJson(file, value) {
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n')
}

function copyInto(dir, files, from) {
  fs.mkdirSync(dir, { recursive: true })
  for (const file of files) fs.copyFileSync(path.join(from, file), path.join(dir, path.basename(file)))
}

function pack(dir, outDir) {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', outDir], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
}

function platformPackage(main, key, addons, stage) {
  const spec = PLATFORMS[key]
  const dir = path.join(stage, packageName(key))
  copyInto(dir, [addonFile(key)], addons)
  copyInto(dir, LICENCES, root)
  fs.writeFileSync(
    path.join(dir, 'README.md'),
    `# ${packageName(key)}\n\nThe native addon of [celonis-scim](https://www.npmjs.com/package/celonis-scim) for ` +
      `${spec.os} ${spec.cpu}${spec.libc ? ` (${spec.libc})` : ''}. Install celonis-scim, not this package: ` +
      'npm picks the platform package that fits.\n',
  )
  writeJson(path.join(dir, 'package.json'), {
    name: packageName(key),
    version: main.version,
    description: `celonis-scim's native addon for ${key}`,
    license: main.license,
    main: addonFile(key),
    files: [addonFile(key), ...LICENCES],
    os: [spec.os],
    cpu: [spec.cpu],
    ...(spec.libc ? { libc: [spec.libc] } : {}),
    engines: main.engines,
  })
  return dir
}

function mainPackage(main, stage) {
  const dir = path.join(stage, main.name)
  const files = main.files.filter((f) => !f.includes('*'))
  copyInto(dir, files, nodeDir)
  copyInto(dir, ['README.md'], root)
  const { devDependencies, scripts, napi, ...published } = main
  published.files = files
  published.optionalDependencies = Object.fromEntries(Object.keys(PLATFORMS).map((key) => [packageName(key), main.version]))
  writeJson(path.join(dir, 'package.json'), published)
  return dir
}

function main() {
  const [version, addons, stage, outDir] = process.argv.slice(2)
  const manifest = JSON.parse(fs.readFileSync(path.join(nodeDir, 'package.json'), 'utf8'))
  if (manifest.version !== version) {
    throw new Error(`node/package.json says version ${manifest.version}, the workspace (Cargo.toml) ${version}: run scripts/set-version ${version}`)
  }
  fs.mkdirSync(outDir, { recursive: true })
  for (const key of Object.keys(PLATFORMS)) {
    if (fs.existsSync(path.join(addons, addonFile(key)))) pack(platformPackage(manifest, key, addons, stage), outDir)
  }
  pack(mainPackage(manifest, stage), outDir)
}

main()
