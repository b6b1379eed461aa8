import { randomBytes } from 'node:crypto';
import { KEY_BYTES, type KeyStore } from './key-store';

/** Keys held in this process's memory, for unit tests: the behaviour of the sqlite key store. */
export const createMemoryKeyStore = (): KeyStore => {
  const keys = new Map<string, Uint8Array>();
  const forgotten = new Set<string>();
  return {
    getOrCreateKey: async (subject) => {
      if (forgotten.has(subject)) return null;
      const key = keys.get(subject) ?? randomBytes(KEY_BYTES);
      keys.set(subject, key);
      return key;
    },
    getKey: async (subject) => keys.get(subject) ?? null,
    forget: async (subjects) => {
      for (const subject of subjects) {
        keys.get(subject)?.fill(0);
        keys.delete(subject);
        forgotten.add(subject);
      }
    },
    isForgotten: async (subject) => forgotten.has(subject),
    close: async () => undefined,
  };
};
