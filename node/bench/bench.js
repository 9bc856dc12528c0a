'use strict'
// Node benchmarks, against one embedded emulator in one run (medians of several rounds):
// 1. requests/s of `await client.getUser(id)` in a loop vs a plain `fetch` keep-alive loop
//    sending the same request (goal: at least 1x);
// 2. the event loop's largest delay while 2,000 getUser calls are in flight.
// Run: `cd node && node bench/bench.js` (after `npm run build`).
const { Client, Emulator } = require('..')

const N = 2000
const ROUNDS = 5

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main() {
  const emulator = await Emulator.start()
  const client = new Client({ baseUrl: emulator.url, token: emulator.token })
  const { id } = await client.createUser({ userName: 'bench@example.com', displayName: 'Bench' })
  const url = `${emulator.url}/Users/${id}`
  const headers = { authorization: `Bearer ${emulator.token}`, accept: 'application/scim+json, application/json' }

  const fetchRound = async () => {
    const t = performance.now()
    for (let i = 0; i < N; i++) {
      const res = await fetch(url, { headers, keepalive: true })
      const body = await res.json()
      if (body.id !== id) throw new Error('bad answer')
    }
    return N / ((performance.now() - t) / 1000)
  }
  const clientRound = async () => {
    const t = performance.now()
    for (let i = 0; i < N; i++) {
      const u = await client.getUser(id)
      if (u.id !== id) throw new Error('bad answer')
    }
    return N / ((performance.now() - t) / 1000)
  }
  await fetchRound()
  await clientRound()
  const f = []
  const c = []
  for (let r = 0; r < ROUNDS; r++) {
    f.push(await fetchRound())
    c.push(await clientRound())
  }
  console.log(`getUser awaited in a loop, ${N} requests x ${ROUNDS} rounds (medians)`)
  console.log(`  fetch keep-alive:   ${median(f).toFixed(0).padStart(7)} req/s`)
  console.log(`  celonis-scim:       ${median(c).toFixed(0).padStart(7)} req/s`)
  console.log(`  ratio client/fetch: ${(median(c) / median(f)).toFixed(2).padStart(7)} (goal >= 1.0)`)

  const delays = []
  for (let r = 0; r < ROUNDS; r++) {
    let last = performance.now()
    let worst = 0
    const timer = setInterval(() => {
      const now = performance.now()
      worst = Math.max(worst, now - last - 1)
      last = now
    }, 1)
    const t = performance.now()
    await Promise.all(Array.from({ length: 2000 }, () => client.getUser(id)))
    const elapsed = performance.now() - t
    clearInterval(timer)
    delays.push(worst)
    if (r === ROUNDS - 1) console.log(`2,000 getUser in flight: done in ${elapsed.toFixed(0)} ms`)
  }
  console.log(`  largest event-loop delay: median ${median(delays).toFixed(1)} ms, worst ${Math.max(...delays).toFixed(1)} ms over ${ROUNDS} rounds`)
  await emulator.stop()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
