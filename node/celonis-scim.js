'use strict'
// The package entry for require(): the native binding (binding.js loads the one built for
// this platform), with its iterator made async-iterable. celonis-scim.mjs re-exports it for
// import.
const native = require('./binding.js')

native.ResourceIterator.prototype[Symbol.asyncIterator] = function asyncIterator() {
  return this
}

/**
 * Records from an iterable or async iterable (a generator, a database cursor, a stream of
 * rows) gathered into the array the native `plan` reads through the mapping; anything else
 * (an array, a path, a desired state) as it is.
 */
async function gathered(desired) {
  const iterable = desired !== null && typeof desired === 'object' && !Array.isArray(desired) &&
    (typeof desired[Symbol.asyncIterator] === 'function' || typeof desired[Symbol.iterator] === 'function')
  if (!iterable) return desired
  const records = []
  for await (const record of desired) records.push(record)
  return records
}

for (const cls of [native.Client, native.Job]) {
  for (const name of ['plan', 'planToSave']) {
    const native_ = cls.prototype[name]
    cls.prototype[name] = async function planFromRecords(desired, options) {
      return native_.call(this, await gathered(desired), options)
    }
  }
}

/** Whether `err` is an error raised by celonis-scim (it carries a stable `code`). */
function isScimError(err) {
  return err instanceof Error && typeof err.code === 'string' && 'scimType' in err
}

module.exports = { ...native, isScimError }
