// Types of the package entry for import (celonis-scim.mjs): the same as for require().
import binding from './celonis-scim.js'
export * from './celonis-scim.js'
export default binding
