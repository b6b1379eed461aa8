import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRepositoryRoot } from '../http/static-apps';
import { printPivotalSchema } from './print-schema';

const schemaFile = resolve(findRepositoryRoot(), 'libs', 'client', 'schema.graphql');

describe('the checked-in schema file', () => {
  it('is what the type-graphql classes print today', () => {
    const printed = printPivotalSchema();
    // `npm run -w @pivotal/api schema` sets this to write the file instead of checking it.
    if (process.env['PIVOTAL_WRITE_SCHEMA'] === '1') writeFileSync(schemaFile, printed);
    const checkedIn = readFileSync(schemaFile, 'utf8');
    expect(
      checkedIn === printed,
      'libs/client/schema.graphql is stale: regenerate it with `npm run -w @pivotal/api schema` and commit it',
    ).toBe(true);
  });
});
