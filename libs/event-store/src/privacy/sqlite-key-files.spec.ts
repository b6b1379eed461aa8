import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupSqliteKeys, keysBackupOf, mergeSqliteKeys } from './sqlite-key-files';
import { createSqliteKeyStore } from './sqlite-key-store';

const directory = mkdtempSync(join(tmpdir(), 'pivotal-key-files-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('backing up and restoring a keys file', () => {
  it('given a backup of the keys, when it is merged into a keys file that forgot someone since, then that person stays forgotten and the other keys come back', async () => {
    const current = join(directory, 'keys.sqlite');
    const keys = createSqliteKeyStore(current);
    const ada = await keys.getOrCreateKey('ada');
    const bea = await keys.getOrCreateKey('bea');
    const cy = await keys.getOrCreateKey('cy');
    await keys.forget(['dee']);
    const backup = keysBackupOf(join(directory, 'events-backup.sqlite'));
    expect(await backupSqliteKeys(current, backup)).toEqual({ keys: 3 });
    // After the backup: bea is erased, and the file loses cy (say, a damaged disk was replaced by an older copy).
    await keys.forget(['bea', 'cy']);
    await keys.close();
    const older = createSqliteKeyStore(join(directory, 'keys-without-cy.sqlite'));
    await older.forget(['bea']);
    await older.close();

    const merged = await mergeSqliteKeys(join(directory, 'keys-without-cy.sqlite'), backup);

    expect(merged).toEqual({ added: 2, forgotten: 1 });
    const restored = createSqliteKeyStore(join(directory, 'keys-without-cy.sqlite'));
    expect(await restored.getKey('ada')).toEqual(ada);
    expect(await restored.getKey('cy')).toEqual(cy);
    expect(await restored.getKey('bea')).toBeNull();
    expect(await restored.isForgotten('bea')).toBe(true);
    expect(await restored.isForgotten('dee')).toBe(true);
    expect(readFileSync(join(directory, 'keys-without-cy.sqlite')).includes(Buffer.from(bea as Uint8Array))).toBe(false);
    await restored.close();
  }, 30_000);
});
