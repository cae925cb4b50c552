export {
  countDecisions,
  deleteDecision,
  getDecision,
  getDecisionByKey,
  type JournalVersion,
  listDecisions,
  listJournalRows,
  listVersions,
  putDecisions,
  restoreDecision,
  saveDecision,
  setStatuses,
} from './decisions';
export { getMeta, setMeta } from './meta';
export {
  closeJournal,
  DB_NAME,
  DB_VERSION,
  JournalError,
  type JournalErrorCode,
  type JournalSchema,
  onJournalChange,
  openJournal,
} from './open';
export { getProfile, saveProfile } from './profile';
