import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ApplicationStatus } from '@pivotal/domain';
import type { ImportOutcome } from '../../csv/import-applications';
import { ApplicationStatusEnum } from '../enums';

export const CsvImportOutcomeEnum: { [K in ImportOutcome]: K } = { IMPORTED: 'IMPORTED', SKIPPED: 'SKIPPED', FAILED: 'FAILED' };

registerEnumType(CsvImportOutcomeEnum, {
  name: 'CsvImportOutcome',
  description: 'What became of one row of an imported CSV.',
  valuesConfig: {
    IMPORTED: { description: 'The row made an application (in a dry run: would make one).' },
    SKIPPED: { description: 'The same row was imported before, or repeats an earlier line of the file: nothing new.' },
    FAILED: { description: 'The row could not be imported; `error` says why. The other rows are not affected.' },
  },
});

@ObjectType('CsvImportRow', { description: 'One data row of an imported CSV and what became of it.' })
export class CsvImportRow {
  @Field(() => Int, { description: 'The line of the file the row starts on (the header is line 1).' })
  line!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The application the row made (or would make, in a dry run; or made by an earlier import); null when it failed.',
  })
  applicationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the row was not imported; null when it was (or was skipped).' })
  error!: string | null;

  @Field(() => CsvImportOutcomeEnum, { description: 'Imported, skipped or failed.' })
  outcome!: ImportOutcome;

  @Field(() => Int, { nullable: true, description: 'The earlier line of the same file this row repeats, if it does.' })
  duplicateOfLine!: number | null;

  @Field(() => String, { nullable: true, description: 'The row’s company, when the row could be read.' })
  company!: string | null;

  @Field(() => String, { nullable: true, description: 'The row’s role, when the row could be read.' })
  role!: string | null;

  @Field(() => ApplicationStatusEnum, { nullable: true, description: 'Where the application stands after the row, when the row could be read.' })
  status!: ApplicationStatus | null;
}

@ObjectType('CsvImportResult', { description: 'What an import of a CSV of applications did (or, in a dry run, would do).' })
export class CsvImportResult {
  @Field(() => Int, { description: 'Rows that made an application (in a dry run: would make one).' })
  imported!: number;

  @Field(() => Int, { description: 'Rows already imported before, or repeating an earlier line: nothing was made twice.' })
  skipped!: number;

  @Field(() => Int, { description: 'Rows that could not be imported, each with its error.' })
  failed!: number;

  @Field(() => [CsvImportRow], { description: 'Every data row of the file, in file order.' })
  rows!: CsvImportRow[];
}
