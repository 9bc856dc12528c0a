'use strict'
// The package entry: the generated binding (index.js), with its iterator made async-iterable.
const native = require('./index.js')

native.ResourceIterator.prototype[Symbol.asyncIterator] = function asyncIterator() {
  return this
}

/** Whether `err` is an error raised by celonis-scim (it carries a stable `code`). */
function isScimError(err) {
  return err instanceof Error && typeof err.code === 'string' && 'scimType' in err
}

module.exports = { ...native, isScimError }
