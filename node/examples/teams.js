// Keeps every team of a config file in line with its export: each team's connection, input,
// options and journal come from celonis-scim.toml (see the README's "Several Celonis teams").
'use strict'
const { Job, configTeams, renderPlan } = require('celonis-scim')

async function main(config) {
  let failed = 0
  for (const team of configTeams(config)) {
    const job = await Job.load(config, { team })
    const plan = await job.plan()
    console.log(`== ${team}\n${renderPlan(plan)}`)
    const report = await job.apply(plan)
    console.log(`${team}: ${report.done.length} done, ${report.failed.length} failed (run ${report.run})`)
    failed += report.failed.length
  }
  return failed ? 1 : 0
}

main(process.argv[2] ?? 'celonis-scim.toml').then((code) => { process.exitCode = code })
