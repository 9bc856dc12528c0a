// The package entry for import: the same objects as require('celonis-scim'), as named
// exports (and a default export holding them all). A test checks that the names here are
// exactly the CommonJS entry's.
import binding from './celonis-scim.js'

export const {
  Client,
  Emulator,
  Job,
  ResourceIterator,
  _panicForTests,
  configTeams,
  isScimError,
  loadPlan,
  planRows,
  presetMapping,
  presets,
  rehearse,
  renderPlan,
  runs,
  savePlan,
  selectPlan,
  setLogger,
  undoPlan,
} = binding
export default binding
