// Plans an export from Node and prints the plan JSON: node plan.js URL TOKEN EXPORT MAPPING OPTIONS_JSON
'use strict'
const { Client } = require('../../node')

const [url, token, file, mapping, optionsJson] = process.argv.slice(2)
const client = new Client({ baseUrl: url, token })
client
  .plan(file, { ...JSON.parse(optionsJson), mapping })
  .then((plan) => console.log(JSON.stringify(plan)))
  .catch((e) => {
    console.error(`${e.code}: ${e.message}`)
    process.exit(1)
  })
