import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { applicationsCsv } from '../../csv/applications-csv';
import { importApplications, type ImportResult } from '../../csv/import-applications';
import { UnreadableSheet } from '../../csv/parse-applications-csv';
import { signedIn } from '../access';
import type { GraphQLContext } from '../context';
import { badUserInput } from '../errors';
import { CsvImportResult } from '../types/csv-import.type';

/** A candidate's applications out to a spreadsheet, and in from one (or from another tracker's export). */
@Resolver()
export class ApplicationsCsvResolver {
  @Authorized('CANDIDATE')
  @Query(() => String, {
    description:
      'Candidate: its applications as CSV (RFC 4180): Company, Role, Status, Applied date, URL, Location, Notes; a header row; formula-like cells prefixed with an apostrophe.',
  })
  applicationsCsv(@Ctx() context: GraphQLContext): string {
    const { accountId } = signedIn(context);
    return applicationsCsv(context.services.queries.applicationSheetOfCandidate(accountId));
  }

  @Authorized('CANDIDATE')
  @Mutation(() => CsvImportResult, {
    description:
      'Candidate: imports applications from a CSV (at most 5,000 rows); each row answers on its own, and a row imported before is skipped, never made twice.',
  })
  async importApplicationsCsv(
    @Arg('csv', () => String, { description: 'The file’s text: a header row, then a row per application.' }) csv: string,
    @Arg('dryRun', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Only preview what the import would do; change nothing.',
    })
    dryRun: boolean | null,
    @Ctx() context: GraphQLContext,
  ): Promise<ImportResult> {
    const viewer = signedIn(context);
    try {
      return await importApplications(context.services, csv, {
        candidateId: viewer.accountId,
        agencyId: viewer.agencyId,
        now: context.now,
        correlationId: context.requestId,
        dryRun: dryRun === true,
      });
    } catch (error) {
      if (error instanceof UnreadableSheet) throw badUserInput('csv', error.message);
      throw error;
    }
  }
}
