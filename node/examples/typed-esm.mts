// The typed example as an ES module: named imports and the default import type-check with
// tsc --strict under Node16 module resolution (the package's "import" types).
import celonis, { Client, Emulator, isScimError } from 'celonis-scim'
import type { User } from 'celonis-scim'

export async function firstUser(emulator: Emulator): Promise<string> {
  const client = new Client({ baseUrl: emulator.url, token: emulator.token })
  const user: User = await client.createUser({ userName: 'esm@example.com' })
  try {
    await client.getUser('missing')
  } catch (err: unknown) {
    if (isScimError(err)) return err.code
  }
  return user.userName ?? String(typeof celonis.renderPlan)
}
