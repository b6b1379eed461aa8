/**
 * Where the data subjects' keys live, apart from the events they encrypt. Forgetting a subject
 * deletes its key for good and remembers the subject, so that no key is ever made for it again:
 * whatever was sealed under the old key, and whatever is appended for the subject afterwards,
 * reads as erased.
 */
export interface KeyStore {
  /** The subject's 256-bit key, made on first use; null when the subject was forgotten. */
  getOrCreateKey(subject: string): Promise<Uint8Array | null>;
  /** The subject's key; null when it never had one or was forgotten. */
  getKey(subject: string): Promise<Uint8Array | null>;
  /** Deletes the subjects' keys and records them as forgotten; forgetting twice changes nothing. */
  forget(subjects: readonly string[]): Promise<void>;
  isForgotten(subject: string): Promise<boolean>;
  close(): Promise<void>;
}

/** A subject's key is 256 bits (AES-256). */
export const KEY_BYTES = 32;
