import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSqliteEventStore } from '@pivotal/event-store';
import { openReadModelDb } from './read-model-db';
import { appendEvents, registrations } from './testing/append';

const child = fileURLToPath(new URL('./testing/crash-child.ts', import.meta.url));

/**
 * Runs the child once; kills it with SIGKILL after its `killAfterCommits`-th commit, a few
 * milliseconds later (so mid-batch as often as between). Counted in commits, not milliseconds: the
 * whole catch-up takes about 100 ms on a quiet machine, so a delay in ms could outlast it. Resolves
 * with whether it finished.
 */
const runOnce = (eventsDb: string, readDb: string, killAfterCommits: number) =>
  new Promise<boolean>((resolve, reject) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', child, eventsDb, readDb], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let commits = 0;
    process_.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      out += text;
      commits += text.split('committed').length - 1;
      if (commits >= killAfterCommits && !process_.killed) setTimeout(() => process_.kill('SIGKILL'), Math.random() * 3);
    });
    process_.on('error', reject);
    process_.on('exit', () => resolve(out.includes('caught up')));
  });

describe('crash recovery', () => {
  it('given a runner killed with SIGKILL at random moments, when restarted each time, then every event is applied exactly once', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crash-'));
    const eventsDb = join(dir, 'events.db');
    const readDb = join(dir, 'read.db');
    const store = createSqliteEventStore(eventsDb);
    await appendEvents(store, registrations(4000));
    await store.close();

    let kills = 0;
    for (let attempt = 0; attempt < 30; attempt += 1) {
      // 4,000 events in batches of 25 are 160 commits: a kill within the first 60 leaves most of them to do.
      if (await runOnce(eventsDb, readDb, 1 + Math.floor(Math.random() * 60))) break;
      kills += 1;
    }
    const db = openReadModelDb(readDb);
    const positions = db.prepare('SELECT CAST(position AS INTEGER) FROM ledger ORDER BY 1').pluck().all();
    const checkpoint = db.prepare("SELECT position, error FROM projection_checkpoints WHERE name = 'ledger'").get();
    db.close();
    expect(kills).toBeGreaterThan(0);
    expect(positions).toEqual(Array.from({ length: 4000 }, (_, i) => i + 1));
    expect(checkpoint).toEqual({ position: '4000', error: null });
  });
});
