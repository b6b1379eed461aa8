import { Client, makeResult, type Exchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { filter, fromPromise, mergeMap, pipe } from 'wonka';
import { cacheOptions } from './cache';
import { graphql } from './graphql';
import { ImportApplicationsCsvMutation } from './operations/web/applications-csv';

const Applications = graphql(`
  query CachedApplications {
    me {
      id
      candidate {
        id
        applications {
          id
        }
      }
    }
  }
`);

const result = (imported: number) => ({
  importApplicationsCsv: { __typename: 'CsvImportResult', imported, skipped: 0, failed: 0, rows: [] },
});

/** A client whose network answers by operation name, counting the dashboard's reads. */
const clientWith = (imported: number) => {
  const sent: string[] = [];
  let applications = [{ __typename: 'Application', id: 'a1' }];
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => {
        const name = /(query|mutation) (\w+)/.exec(print(operation.query))?.[2] ?? '?';
        sent.push(name);
        if (name === 'ImportApplicationsCsv' && operation.variables?.['dryRun'] !== true) {
          applications = [...applications, { __typename: 'Application', id: 'a2' }];
        }
        const data =
          name === 'ImportApplicationsCsv'
            ? result(imported)
            : { me: { __typename: 'Viewer', id: 'u1', candidate: { __typename: 'Candidate', id: 'c1', applications } } };
        return fromPromise(Promise.resolve(makeResult(operation, { data })));
      }),
    );
  return { client: new Client({ url: 'http://api.test/graphql', exchanges: [cacheExchange(cacheOptions), exchange] }), sent };
};

describe('the shared cache after a CSV import', () => {
  it('given the applications are cached, when an import adds some, then the list is fetched again', async () => {
    const { client, sent } = clientWith(1);
    await client.query(Applications, {}).toPromise();
    await client.mutation(ImportApplicationsCsvMutation, { csv: 'Company,Role\nGlobex,PM', dryRun: false }).toPromise();
    const again = await client.query(Applications, {}).toPromise();
    expect(again.data?.me.candidate?.applications.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(sent.filter((name) => name === 'CachedApplications')).toHaveLength(2);
  });

  it('given the applications are cached, when only a dry run is made, then nothing is fetched again', async () => {
    const { client, sent } = clientWith(1);
    await client.query(Applications, {}).toPromise();
    await client.mutation(ImportApplicationsCsvMutation, { csv: 'Company,Role\nGlobex,PM', dryRun: true }).toPromise();
    await client.query(Applications, {}).toPromise();
    expect(sent.filter((name) => name === 'CachedApplications')).toHaveLength(1);
  });
});
