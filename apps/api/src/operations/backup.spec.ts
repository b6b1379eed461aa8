import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../testing/run-cli-captured';
import { storyUpTo } from '../testing/candidate-story';
import { createAgency, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const DASHBOARD =
  '{ me { candidate { stats { applied interviewed rejected feedbackReceived goalsCompleted } goals { title status } applications { company role status feedbackStatus feedback { summary points { note } } } } } }';
const QUEUE = '{ feedbackQueue(first: 50) { totalCount nodes { applicationId candidate { name } } } }';
const CANDIDATES = '{ candidates(first: 50) { totalCount nodes { name email stats { applied } } } }';

const backups = mkdtempSync(join(tmpdir(), 'pivotal-backups-'));
let original: TestServer;
let restored: TestServer | undefined;
let staff: Actor;
let candidate: Actor;
afterAll(async () => {
  await restored?.close({ removeData: true });
  await original.close({ removeData: true });
  rmSync(backups, { recursive: true, force: true });
});

beforeAll(async () => {
  original = await startTestServer();
  ({ staff } = await createAgency(original, 'SAFE'));
  candidate = await signUpCandidate(original, 'ada@safe.test', 'SAFE');
  await storyUpTo(original, candidate, staff, 'goal');
  const other = await signUpCandidate(original, 'bea@safe.test', 'SAFE');
  await storyUpTo(original, other, staff, 'requested');
});

const cli = (env: Record<string, string>, ...argv: string[]) =>
  runCliCaptured(argv, { LOG_LEVEL: 'silent', PIVOTAL_DEMO: '0', ...env });

const eventIds = (file: string): string[] => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM events ORDER BY position').pluck().all() as string[]);
  } finally {
    db.close();
  }
};

const apply = (n: number) =>
  original.gql('mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }', { input: { company: `Busy ${n}`, role: 'Engineer' } }, candidate.token);

describe('backup and restore of the embedded event store', () => {
  it('takes a consistent copy while the server serves writes: exactly the log as it stood at one commit', async () => {
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await apply(written);
        written += 1;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const file = join(backups, 'during-writes.sqlite');
    const backup = await cli({ PIVOTAL_DATA_DIR: original.dataDir }, 'backup', '--to', file);
    writing = false;
    await writer;
    expect(backup).toMatchObject({ code: 0, output: expect.stringMatching(/Backed up \d+ events \(up to position \d+\) to .*during-writes\.sqlite/) });
    const copied = eventIds(file);
    const now = eventIds(join(original.dataDir, 'events.sqlite'));
    expect(written).toBeGreaterThan(0);
    expect(copied.length).toBeLessThanOrEqual(now.length);
    expect(copied).toEqual(now.slice(0, copied.length));
  });

  it('refuses to overwrite a file, and refuses to restore under a running server', async () => {
    const file = join(backups, 'during-writes.sqlite');
    await expect(cli({ PIVOTAL_DATA_DIR: original.dataDir }, 'backup', '--to', file)).rejects.toThrow(/exists already/);
    await expect(cli({ PIVOTAL_DATA_DIR: original.dataDir }, 'restore', '--from', file)).rejects.toThrow(/stop every server/);
  });

  it('restores into a data dir whose server then rebuilds to the same answers', async () => {
    const file = join(backups, 'quiet.sqlite');
    expect((await cli({ PIVOTAL_DATA_DIR: original.dataDir }, 'backup', '--to', file)).code).toBe(0);
    const dataDir = mkdtempSync(join(tmpdir(), 'pivotal-restored-'));
    const restore = await cli({ PIVOTAL_DATA_DIR: dataDir }, 'restore', '--from', file);
    expect(restore).toMatchObject({ code: 0, output: expect.stringMatching(/Restored \d+ events/) });
    // The keys came with the backup; the token secret travels with the data dir, as an operator restoring a machine brings it back.
    expect(restore.output).toMatch(/Merged \d+ keys from .*quiet\.sqlite\.keys/);
    copyFileSync(join(original.dataDir, 'jwt-secret'), join(dataDir, 'jwt-secret'));
    restored = await startTestServer({ dataDir });
    for (const [query, who] of [
      [DASHBOARD, candidate],
      [QUEUE, staff],
      [CANDIDATES, staff],
    ] as const) {
      const before = await original.gql(query, {}, who.token);
      const after = await restored.gql(query, {}, who.token);
      expect(before.errors).toBeUndefined();
      expect(after).toEqual(before);
    }
  });
});
