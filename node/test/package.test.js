'use strict'
// The packed tarball installs into an empty folder and runs there; the README example runs;
// the typed example compiles with tsc --strict.
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { execFileSync } = require('node:child_process')
const { Emulator } = require('..')

const NODE_DIR = path.resolve(__dirname, '..')
const ROOT = path.resolve(NODE_DIR, '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

test('npm pack gives a tarball that installs into an empty folder and runs', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cscim-pack-'))
  try {
    const out = execFileSync(npm, ['pack', '--silent', '--pack-destination', dir], { cwd: NODE_DIR, encoding: 'utf8' })
    const tarball = path.join(dir, out.trim().split('\n').pop())
    const app = path.join(dir, 'app')
    fs.mkdirSync(app)
    fs.writeFileSync(path.join(app, 'package.json'), '{"name": "app", "private": true}')
    execFileSync(npm, ['install', '--silent', '--no-audit', '--no-fund', '--offline', tarball], { cwd: app })
    const script = `const { Emulator, Client } = require('celonis-scim');
      (async () => { const e = await Emulator.start(); const c = new Client({ baseUrl: e.url, token: e.token });
        const u = await c.createUser({ userName: 'packed@example.com' }); console.log(u.role); await e.stop() })()`
    const result = execFileSync(process.execPath, ['-e', script], { cwd: app, encoding: 'utf8' })
    assert.equal(result.trim(), 'MEMBER')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('the README example is examples/quickstart.js and runs', async () => {
  const example = fs.readFileSync(path.join(NODE_DIR, 'examples', 'quickstart.js'), 'utf8')
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  assert.ok(readme.includes('```js\n' + example + '```'), 'README.md shows node/examples/quickstart.js verbatim')
  const emulator = await Emulator.start()
  try {
    const out = execFileSync(process.execPath, [path.join(NODE_DIR, 'examples', 'quickstart.js')], {
      encoding: 'utf8',
      env: { ...process.env, CELONIS_SCIM_URL: emulator.url, CELONIS_SCIM_TOKEN: emulator.token },
    })
    assert.match(out, /ada@example\.com \[ 'Process Mining' \]/)
    assert.match(out, /deleted: not_found/)
  } finally {
    await emulator.stop()
  }
})

test('the typed examples compile with tsc --noEmit --strict (CommonJS and ES module)', () => {
  const tsc = path.join(NODE_DIR, 'node_modules', 'typescript', 'bin', 'tsc')
  for (const config of ['tsconfig.json', 'tsconfig.esm.json']) {
    execFileSync(process.execPath, [tsc, '-p', path.join(NODE_DIR, config)], { encoding: 'utf8' })
  }
})
