export * from './index'
export * from './resources'
import type { Plan, PlanOptions, SavedPlan, ScimError } from './resources'

declare module './index' {
  interface ResourceIterator {
    [Symbol.asyncIterator](): this
  }
  interface Client {
    /**
     * Plans from records given by an iterable or async iterable (a generator, a database
     * cursor, a stream of rows), each read through `mapping` like a row of an export.
     */
    plan(records: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>, options?: PlanOptions): Promise<Plan>
    /** `planToSave` from records given by an iterable or async iterable. */
    planToSave(records: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>, options?: PlanOptions): Promise<SavedPlan>
  }
  interface Job {
    /** Plans the team from records given by an iterable or async iterable. */
    plan(records: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>, options?: PlanOptions): Promise<Plan>
    /** `planToSave` from records given by an iterable or async iterable. */
    planToSave(records: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>, options?: PlanOptions): Promise<SavedPlan>
  }
}

/** Whether `err` is an error raised by celonis-scim (it carries a stable `code`). */
export declare function isScimError(err: unknown): err is ScimError
