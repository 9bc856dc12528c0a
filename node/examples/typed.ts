// A typed example: checked by `tsc --noEmit --strict` in the tests.
import { Client, Emulator, isScimError, renderPlan } from 'celonis-scim'
import type { ApplyProgress, BulkResponse, DesiredState, Group, ListResponse, Plan, Report, ScimError, User } from 'celonis-scim'

export async function provision(emulator: Emulator): Promise<string[]> {
  const client = new Client({ baseUrl: emulator.url, token: emulator.token, timeout: 10, maxRetries: 2 })
  const user: User = await client.createUser({ userName: 'typed@example.com', emails: [{ value: 'typed@example.com', primary: true }] })
  const group: Group = await client.createGroup({ displayName: 'Typed', role: 'ANALYST' })
  await client.addGroupMembers(group.id ?? '', [user.id ?? ''])
  const page: ListResponse<User> = await client.listUsers({ startIndex: 1, count: 10, attributes: ['userName'] })
  const bulk: BulkResponse = await client.bulk({ Operations: [{ method: 'DELETE', path: `/Groups/${group.id}` }] })
  const names: string[] = page.Resources.map((u) => u.userName ?? '')
  for await (const u of client.iterUsers({ pageSize: 2 })) {
    names.push(String(u.displayName ?? u.userName))
  }
  try {
    await client.getUser('missing')
  } catch (err: unknown) {
    if (isScimError(err)) {
      const e: ScimError = err
      names.push(`${e.code}:${e.status ?? 0}:${bulk.Operations?.length ?? 0}`)
    }
  }
  const desired: DesiredState = { users: [{ userName: 'synced@example.com', role: 'ANALYST', groups: ['Typed'] }] }
  const plan: Plan = await client.plan(desired, { missingUsers: 'keep', seatLimits: { ANALYST: 5 } })
  const report: Report = await client.apply(plan, { maxInFlight: 2 }, (p: ApplyProgress) => names.push(`${p.phase} ${p.done}/${p.total}`))
  names.push(renderPlan(plan), `${report.done.length} done`)
  return names
}

export async function run(): Promise<void> {
  const emulator = await Emulator.start({ seats: { ANALYST: 5 }, latencyMs: 0 })
  try {
    console.log(await provision(emulator))
  } finally {
    await emulator.stop()
  }
}
