export type { KeyStore } from './key-store';
export { KEY_BYTES } from './key-store';
export { createSqliteKeyStore, type SqliteKeyStoreOptions } from './sqlite-key-store';
export { createMemoryKeyStore } from './memory-key-store';
export { sealPersonalData, NoDataSubject, type PersonalDataOptions } from './personal-data-store';
export { ENVELOPE_KEY, envelopeOf, type PersonalDataEnvelope } from './envelope';
export { UnreadableBox } from './sealed-box';
export { mapPersonalLeaves } from './personal-paths';
export { CANDIDATE_ERASED, erasedSubjectsOf, keysFileBeside, withPivotalPersonalData, createSealedSqliteEventStore } from './pivotal-personal-data';
