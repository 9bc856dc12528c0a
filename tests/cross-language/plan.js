// Plans an export from Node and prints the plan JSON: node plan.js URL TOKEN EXPORT MAPPING OPTIONS_JSON,
// or a team of a config file through the job API: node plan.js --team CONFIG TEAM
'use strict'
const { Client, Job } = require('../../node')

const args = process.argv.slice(2)
function planned() {
  if (args[0] === '--team') return Job.fromConfig(args[1], { team: args[2] }).plan()
  const [url, token, file, mapping, optionsJson] = args
  return new Client({ baseUrl: url, token }).plan(file, { ...JSON.parse(optionsJson), mapping })
}
Promise.resolve()
  .then(planned)
  .then((plan) => console.log(JSON.stringify(plan)))
  .catch((e) => {
    console.error(`${e.code}: ${e.message}`)
    process.exit(1)
  })
