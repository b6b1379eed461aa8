import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tryLockFile } from './file-lock';

const dir = mkdtempSync(join(tmpdir(), 'pivotal-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** Another process that takes the lock, says so, and waits to be killed. */
const holderProcess = async (file: string) => {
  const script = `const D = require(${JSON.stringify(driver)}); const db = new D(${JSON.stringify(file)});
    db.exec('BEGIN EXCLUSIVE'); process.stdout.write('held\\n'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return child;
};

describe('a lock on a data file', () => {
  it('has one exclusive holder at a time, in this process or another', async () => {
    const file = join(dir, 'one.lock');
    const first = tryLockFile(file, 'exclusive');
    expect(first).not.toBeNull();
    expect(tryLockFile(file, 'exclusive')).toBeNull();
    expect(tryLockFile(file, 'shared')).toBeNull();
    first?.release();
    const again = tryLockFile(file, 'exclusive');
    expect(again).not.toBeNull();
    again?.release();
  });

  it('lets many share it, and keeps an exclusive taker out while they do', () => {
    const file = join(dir, 'shared.lock');
    const a = tryLockFile(file, 'shared');
    const b = tryLockFile(file, 'shared');
    expect(a && b).toBeTruthy();
    expect(tryLockFile(file, 'exclusive')).toBeNull();
    a?.release();
    b?.release();
    const exclusive = tryLockFile(file, 'exclusive');
    expect(exclusive).not.toBeNull();
    exclusive?.release();
  });

  it('is free again once its holder is killed with SIGKILL: no stale lock survives a crash', async () => {
    const file = join(dir, 'killed.lock');
    const holder = await holderProcess(file);
    expect(tryLockFile(file, 'exclusive')).toBeNull();
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    const taken = tryLockFile(file, 'exclusive');
    expect(taken).not.toBeNull();
    taken?.release();
  });
});
