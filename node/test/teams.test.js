'use strict'
// Several Celonis teams from Node: Job.fromConfig(path, { team }) plans the team's input with
// its options over the shared ones, applies into its own journal, and reads the environment
// as the CLI does; configTeams names the teams.
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { Emulator, Job, configTeams, runs } = require('..')

const NAMES = ['CELONIS_SCIM_URL', 'CELONIS_SCIM_TOKEN', 'CELONIS_SCIM_APP_KEY', 'CELONIS_SCIM_JOURNAL', 'CELONIS_SCIM_TEAM', 'CELONIS_SCIM_CONFIG', 'CELONIS_URL', 'CELONIS_API_TOKEN']
const TEAM_CSV = path.join(__dirname, '..', '..', 'examples', 'team.csv')

/** A config file of two teams (prod, dev) on two emulators, with a clean environment. */
async function teams() {
  const saved = Object.fromEntries([...NAMES, 'PROD_TOKEN'].map((n) => [n, process.env[n]]))
  for (const n of NAMES) delete process.env[n]
  const [prod, dev] = await Promise.all([Emulator.start(), Emulator.start()])
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cscim-node-teams-'))
  fs.copyFileSync(TEAM_CSV, path.join(dir, 'team.csv'))
  fs.writeFileSync(path.join(dir, 'dev.token'), dev.token)
  process.env.PROD_TOKEN = prod.token
  const config = path.join(dir, 'celonis-scim.toml')
  fs.writeFileSync(config, [
    '[input]', 'file = "team.csv"', '', '[plan]', 'missing_users = "deactivate"', '',
    '[teams.prod.connection]', `url = "${prod.url}"`, 'token = { env = "PROD_TOKEN" }', '',
    '[teams.dev.connection]', `url = "${dev.url}"`, 'token = { file = "dev.token" }',
    '[teams.dev.plan]', 'seat_limits = { ANALYST = 10 }', '',
  ].join('\n'))
  const done = async () => {
    for (const [n, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[n]
      else process.env[n] = v
    }
    await Promise.all([prod.stop(), dev.stop()])
    fs.rmSync(dir, { recursive: true, force: true })
  }
  return { config, dir, prod, dev, done }
}

const seats = (emulator) => Object.values(emulator.seatUsage()).reduce((a, b) => a + b, 0)

test('a team plans its input with its options and applies into its own journal', async () => {
  const { config, dir, prod, dev, done } = await teams()
  try {
    assert.deepEqual(configTeams(config), ['prod', 'dev'])
    const job = Job.fromConfig(config, { team: 'dev' })
    assert.equal(job.team, 'dev')
    assert.equal(job.client.baseUrl, dev.url)
    assert.equal(job.journal, path.join(dir, 'journal', 'dev'))
    const plan = await job.plan()
    assert.equal(plan.createUsers.length, 36, 'the shared [input] file')
    assert.deepEqual([plan.options.seatLimits, plan.options.missingUsers], [{ ANALYST: 10 }, 'deactivate'])
    assert.deepEqual((await job.plan(null, { missingUsers: 'keep', seatLimits: {} })).options.seatLimits, {}, 'an option replaces the file\'s')
    const report = await job.apply(plan)
    assert.deepEqual(report.failed, [])
    assert.deepEqual((await runs(job.journal)).map((r) => r.run), [report.run])
    assert.equal((await job.plan()).createUsers.length, 0)
    assert.deepEqual([seats(dev), seats(prod)], [36, 0], 'only this team was changed')
    async function* records() { yield { userName: 'grace@example.com', displayName: 'Grace Hopper' } }
    const graces = await job.plan(records(), { missingUsers: 'keep' })
    assert.deepEqual(graces.createUsers.map((u) => u.userName), ['grace@example.com'])
  } finally {
    await done()
  }
})

test('the environment names the file and team, and wins over the file as for the CLI', async () => {
  const { config, prod, dev, done } = await teams()
  try {
    process.env.CELONIS_SCIM_CONFIG = config
    process.env.CELONIS_SCIM_TEAM = 'prod'
    assert.equal(Job.fromConfig().client.baseUrl, prod.url)
    process.env.CELONIS_SCIM_URL = dev.url
    process.env.CELONIS_SCIM_TOKEN = dev.token
    assert.equal(Job.fromConfig(null, { team: 'prod' }).client.baseUrl, dev.url)
  } finally {
    await done()
  }
})

test('Job.load reads the file off the event loop', async () => {
  const { config, dev, done } = await teams()
  try {
    const job = await Job.load(config, { team: 'dev' })
    assert.ok(job instanceof Job)
    assert.equal(job.client.baseUrl, dev.url)
    assert.equal((await job.plan()).createUsers.length, 36)
    await assert.rejects(Job.load(config, { team: 'qa' }), { name: 'ConfigError', code: 'config' })
  } finally {
    await done()
  }
})

test('what is wrong is a ConfigError', async () => {
  const { config, dir, done } = await teams()
  try {
    assert.throws(() => Job.fromConfig(config, { team: 'qa' }), { name: 'ConfigError', code: 'config' })
    assert.throws(() => Job.fromConfig(path.join(dir, 'missing.toml')), { name: 'ConfigError' })
    delete process.env.PROD_TOKEN
    assert.throws(() => Job.fromConfig(config, { team: 'prod' }), { name: 'ConfigError' })
    const job = Job.fromConfig(config, { team: 'dev' })
    await assert.rejects(job.plan(null, { missingUsers: 'purge' }), { name: 'ConfigError' })
    await assert.rejects(job.apply(await job.plan(), { noSuchOption: 1 }), { name: 'ConfigError' })
  } finally {
    await done()
  }
})

test('the teams example applies every team of the file', async () => {
  const { config, prod, dev, done } = await teams()
  try {
    const { execFileSync } = require('node:child_process')
    const out = execFileSync(process.execPath, [path.join(__dirname, '..', 'examples', 'teams.js'), config], { encoding: 'utf8', env: process.env })
    assert.match(out, /== prod/)
    assert.match(out, /dev: 48 done, 0 failed/)
    assert.deepEqual([seats(prod), seats(dev)], [36, 36])
  } finally {
    await done()
  }
})
