import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadJwtSecret } from './jwt-secret';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pivotal-secret-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the token secret', () => {
  it('given PIVOTAL_JWT_SECRET, then it is that secret', () => {
    const configured = 'a-secret-of-at-least-32-characters!!';
    expect(Buffer.from(loadJwtSecret(configured, freshDir())).toString()).toBe(configured);
  });

  it('given none, then one is generated once, kept readable by the owner only, and the same on the next start', () => {
    const dir = freshDir();
    const first = loadJwtSecret(undefined, dir);
    expect(first.length).toBe(32);
    expect(statSync(join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(Buffer.from(loadJwtSecret(undefined, dir)).equals(Buffer.from(first))).toBe(true);
  });
});
