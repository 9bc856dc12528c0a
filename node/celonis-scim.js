'use strict'
// The package entry for require(): the native binding (binding.js loads the one built for
// this platform), with its iterator made async-iterable. celonis-scim.mjs re-exports it for
// import.
const native = require('./binding.js')

native.ResourceIterator.prototype[Symbol.asyncIterator] = function asyncIterator() {
  return this
}

/** Whether `err` is an error raised by celonis-scim (it carries a stable `code`). */
function isScimError(err) {
  return err instanceof Error && typeof err.code === 'string' && 'scimType' in err
}

module.exports = { ...native, isScimError }
