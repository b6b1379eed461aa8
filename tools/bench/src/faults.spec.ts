import { describe, expect, it } from 'vitest';
import { runFaults } from './faults/fault-run';

// The short version of `npm run bench -- faults`: 3 SIGKILLs (one at a random moment of the load,
// one during a projection rebuild, one during a WAL checkpoint) of the built api.
describe('the api killed with SIGKILL under load, three times, and restarted on the same data dir', () => {
  it('keeps every acknowledged write exactly once, and read models equal to a fresh rebuild', { timeout: 240_000 }, async () => {
    const figures = await runFaults({ kills: 3, users: 4, historyEvents: 3000 });
    expect(figures.details.problems).toEqual([]);
    expect(figures.details.differingTables).toEqual([]);
    expect(figures).toMatchObject({ bench: 'faults', kills: 3, lost: 0, doubled: 0, readModelsMatchRebuild: true });
    expect(figures.acknowledged).toBeGreaterThan(0);
    expect(figures.details.rebuildKills).toBe(1);
    expect(figures.details.checkpointKills).toBe(1);
  });
});
