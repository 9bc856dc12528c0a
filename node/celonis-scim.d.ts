export * from './index'
export * from './resources'
import type { ScimError } from './resources'

declare module './index' {
  interface ResourceIterator {
    [Symbol.asyncIterator](): this
  }
}

/** Whether `err` is an error raised by celonis-scim (it carries a stable `code`). */
export declare function isScimError(err: unknown): err is ScimError
