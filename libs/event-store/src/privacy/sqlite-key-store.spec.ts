import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { KeyStore } from './key-store';
import { createMemoryKeyStore } from './memory-key-store';
import { createSqliteKeyStore } from './sqlite-key-store';

const directory = mkdtempSync(join(tmpdir(), 'pivotal-keys-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => mkdtempSync(join(directory, `case-${(dirs += 1)}-`));

/** The files of `dir` whose bytes hold `key`. */
const filesHoldingKey = (dir: string, key: Uint8Array) =>
  readdirSync(dir).filter((name) => readFileSync(join(dir, name)).includes(Buffer.from(key)));

const describeKeyStore = (name: string, open: () => KeyStore) =>
  describe(`${name} key store`, () => {
    it('given a subject, when its key is asked for twice, then it is the same 256-bit key, and others get their own', async () => {
      const keys = open();
      const first = await keys.getOrCreateKey('subject-a');
      expect(first).toHaveLength(32);
      expect(await keys.getOrCreateKey('subject-a')).toEqual(first);
      expect(await keys.getKey('subject-a')).toEqual(first);
      expect(await keys.getOrCreateKey('subject-b')).not.toEqual(first);
      expect(await keys.getKey('never-seen')).toBeNull();
      await keys.close();
    });

    it('given a forgotten subject, when its key is asked for, then there is none and none is ever made again', async () => {
      const keys = open();
      await keys.getOrCreateKey('subject-a');
      await keys.forget(['subject-a', 'never-had-one']);
      await keys.forget(['subject-a']);

      expect(await keys.getKey('subject-a')).toBeNull();
      expect(await keys.getOrCreateKey('subject-a')).toBeNull();
      expect(await keys.getOrCreateKey('never-had-one')).toBeNull();
      expect(await keys.isForgotten('subject-a')).toBe(true);
      expect(await keys.isForgotten('subject-b')).toBe(false);
      await keys.close();
    });
  });

describeKeyStore('memory', createMemoryKeyStore);
describeKeyStore('sqlite', () => createSqliteKeyStore(join(freshDir(), 'keys.sqlite')));

describe('sqlite key store on disk', () => {
  it('given keys made by one connection, when another opens the file (another process, a restart), then it reads the same keys and sees the forgets', async () => {
    const file = join(freshDir(), 'keys.sqlite');
    const one = createSqliteKeyStore(file);
    const other = createSqliteKeyStore(file);
    const [a, b] = await Promise.all([one.getOrCreateKey('subject-a'), other.getOrCreateKey('subject-a')]);
    expect(a).toEqual(b);
    await one.forget(['subject-a']);
    expect(await other.getKey('subject-a')).toBeNull();
    expect(await other.getOrCreateKey('subject-a')).toBeNull();
    await Promise.all([one.close(), other.close()]);

    const restarted = createSqliteKeyStore(file);
    expect(await restarted.isForgotten('subject-a')).toBe(true);
    await restarted.close();
  });

  it('given a forgotten subject among many, then no byte of any file in the directory still holds its key', async () => {
    const dir = freshDir();
    const file = join(dir, 'keys.sqlite');
    const keys = createSqliteKeyStore(file);
    const others = [];
    for (let i = 0; i < 60; i += 1) others.push(await keys.getOrCreateKey(`subject-${i}`));
    const key = Buffer.from((await keys.getKey('subject-30')) as Uint8Array);
    expect(filesHoldingKey(dir, key)).toEqual(['keys.sqlite']);

    await keys.forget(['subject-30']);

    expect(filesHoldingKey(dir, key)).toEqual([]);
    expect(existsSync(`${file}-journal`)).toBe(false);
    expect(existsSync(`${file}-wal`)).toBe(false);
    // The others are still there, on disk and readable.
    expect(filesHoldingKey(dir, others[10] as Uint8Array)).toEqual(['keys.sqlite']);
    expect(await keys.getKey('subject-10')).toEqual(others[10]);
    await keys.close();
  }, 30_000);
});

/** The keys another node process makes or reads for `subject-0` … `subject-<count - 1>`, as hex. */
const keysFromAnotherProcess = async (file: string, count: number): Promise<Record<string, string | null>> => {
  const fixture = fileURLToPath(new URL('./key-maker.fixture.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fixture, file, String(count)]);
  return JSON.parse(stdout) as Record<string, string | null>;
};

describe('sqlite key store shared by processes', () => {
  it('given two processes making the same subjects\' keys at once, then each subject gets one key, and a subject forgotten by one process is never given a key by another', async () => {
    const file = join(freshDir(), 'keys.sqlite');
    const [one, other] = await Promise.all([keysFromAnotherProcess(file, 20), keysFromAnotherProcess(file, 20)]);

    expect(Object.keys(one)).toHaveLength(20);
    expect(other).toEqual(one);
    const keys = createSqliteKeyStore(file);
    expect(Buffer.from((await keys.getKey('subject-7')) as Uint8Array).toString('hex')).toBe(one['subject-7']);

    await keys.forget(['subject-7']);
    await keys.close();
    const afterwards = await keysFromAnotherProcess(file, 20);

    expect(afterwards['subject-7']).toBeNull();
    expect({ ...afterwards, 'subject-7': one['subject-7'] }).toEqual(one);
  }, 60_000);
});
