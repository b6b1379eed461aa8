import {
  applicationDecider,
  inSequence,
  InvalidInput,
  isDomainError,
  streams,
  type ApplicationCommand,
  type ApplicationStatus,
  type Sequence,
} from '@pivotal/domain';
import { ConcurrencyConflict, handleCommand, readStreamState } from '@pivotal/event-store';
import { idFromKey, type CommandServices } from '../commands/run-command';
import { parseApplicationsCsv, type SheetApplication } from './parse-applications-csv';

/** What became of one data row of the file. */
export type ImportOutcome = 'IMPORTED' | 'SKIPPED' | 'FAILED';

export interface ImportedRow {
  readonly line: number;
  readonly outcome: ImportOutcome;
  /** The application the row made (or, in a dry run, would make), or made by an earlier import; null when it failed. */
  readonly applicationId: string | null;
  readonly error: string | null;
  /** The earlier line of the same file with the same content, when the row repeats one. */
  readonly duplicateOfLine: number | null;
  readonly company: string | null;
  readonly role: string | null;
  readonly status: ApplicationStatus | null;
}

export interface ImportResult {
  readonly imported: number;
  readonly skipped: number;
  readonly failed: number;
  readonly rows: ImportedRow[];
}

/** Who imports, when, and whether for real. */
export interface ImportRequest {
  readonly candidateId: string;
  readonly agencyId: string | null;
  readonly now: Date;
  readonly correlationId: string;
  readonly dryRun: boolean;
}

/** How long the import waits for the read models to show its last write (a 5,000-row file is 10,000 events). */
const IMPORT_READ_YOUR_WRITES_MS = 30_000;

const decider = inSequence(applicationDecider);

/** Rows written side by side: enough to overlap one row's read with another's append. */
const ROWS_AT_ONCE = 8;

const describedBy = (row: SheetApplication) => ({ company: row.company, role: row.role, status: row.status });

// The domain names its fields as the api does; a sheet's reader knows them by their column.
const COLUMN_OF_FIELD: Readonly<Record<string, string>> = { appliedAt: 'applied date', jobUrl: 'URL' };
const rowError = (error: unknown): string => {
  if (error instanceof InvalidInput) {
    const column = COLUMN_OF_FIELD[error.field];
    return column ? `${column}${error.message.slice(error.field.length)}` : error.message;
  }
  if (isDomainError(error)) return error.message;
  if (error instanceof ConcurrencyConflict) return 'a concurrent change won: import the file again';
  throw error;
};

/** The commands that log a row's application and bring it to the row's status, each dated at the import. */
const commandsOf = (row: SheetApplication, applicationId: string, request: ImportRequest): ApplicationCommand[] => {
  const base = { applicationId, actorId: request.candidateId, now: request.now.toISOString() };
  const applied: ApplicationCommand = {
    type: 'ApplyForJob',
    data: {
      ...base,
      candidateId: request.candidateId,
      agencyId: request.agencyId,
      company: row.company,
      role: row.role,
      appliedAt: row.appliedAt,
      jobUrl: row.jobUrl,
      location: row.location,
      notes: row.notes,
    },
  };
  switch (row.status) {
    case 'APPLIED':
      return [applied];
    case 'INTERVIEWING':
      return [
        applied,
        {
          type: 'RecordInterview',
          data: { ...base, interviewId: idFromKey(request.candidateId, 'csv-import-interview', row.key), stage: 'Interview' },
        },
      ];
    case 'REJECTED':
      return [applied, { type: 'RecordRejection', data: base }];
    case 'OFFER':
      return [applied, { type: 'RecordOffer', data: base }];
    case 'WITHDRAWN':
      return [applied, { type: 'WithdrawApplication', data: base }];
  }
};

/**
 * Imports a CSV of applications for a candidate: each row is one command sequence (apply, then the
 * row's status) appended to its own application stream at once or not at all. The stream and the
 * idempotency key derive from the row's normalised content, so that a row imported before (by this
 * file or another) is skipped, and a bad row fails alone. A dry run decides every row against the
 * store as it is and appends nothing. Throws `UnreadableSheet` for a file that cannot be used at all.
 */
export const importApplications = async (
  services: CommandServices,
  csv: string,
  request: ImportRequest,
): Promise<ImportResult> => {
  const sheet = parseApplicationsCsv(csv);
  const firstLineOfKey = new Map<string, number>();
  const rows: ImportedRow[] = new Array<ImportedRow>(sheet.length);
  const toRun: { index: number; line: number; row: SheetApplication; applicationId: string }[] = [];
  let lastPosition = -1n;
  let appended = 0;

  sheet.forEach((sheetRow, index) => {
    const { line } = sheetRow;
    if (sheetRow.error !== undefined) {
      const { error, company, role } = sheetRow;
      rows[index] = { line, outcome: 'FAILED', applicationId: null, error, duplicateOfLine: null, company, role, status: null };
      return;
    }
    const row = sheetRow.application;
    const applicationId = idFromKey(request.candidateId, 'csv-import', row.key);
    const earlierLine = firstLineOfKey.get(row.key);
    if (earlierLine !== undefined) {
      rows[index] = { line, outcome: 'SKIPPED', applicationId, error: null, duplicateOfLine: earlierLine, ...describedBy(row) };
      return;
    }
    firstLineOfKey.set(row.key, line);
    toRun.push({ index, line, row, applicationId });
  });

  // Each row is its own stream (repeats were set aside above), so rows may run side by side.
  const importRow = async ({ index, line, row, applicationId }: (typeof toRun)[number]): Promise<void> => {
    const answer = (outcome: ImportOutcome, error: string | null = null) => {
      rows[index] = { line, outcome, applicationId: error === null ? applicationId : null, error, duplicateOfLine: null, ...describedBy(row) };
    };
    const idempotencyKey = `csv-import:${row.key}`;
    const streamId = streams.application(applicationId);
    const command: Sequence<ApplicationCommand> = { type: 'Sequence', data: commandsOf(row, applicationId, request) };
    try {
      if (request.dryRun) {
        const { state, events } = await readStreamState(services.store, decider, streamId);
        if (events.some((event) => event.metadata.idempotencyKey === idempotencyKey)) return answer('SKIPPED');
        decider.decide(command, state);
        return answer('IMPORTED');
      }
      const result = await handleCommand(services.store, decider, streamId, command, {
        actorId: request.candidateId,
        occurredAt: request.now.toISOString(),
        correlationId: request.correlationId,
        idempotencyKey,
      });
      if (!result.duplicate) {
        appended += result.events.length;
        if (result.position > lastPosition) lastPosition = result.position;
      }
      return answer(result.duplicate ? 'SKIPPED' : 'IMPORTED');
    } catch (error) {
      return answer('FAILED', rowError(error));
    }
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < toRun.length) await importRow(toRun[next++] as (typeof toRun)[number]);
  };
  await Promise.all(Array.from({ length: ROWS_AT_ONCE }, worker));

  if (appended > 0) services.metrics.eventsAppended.inc({ stream_kind: 'application' }, appended);
  if (lastPosition >= 0n) await services.projections.waitForPosition(lastPosition, IMPORT_READ_YOUR_WRITES_MS);
  const count = (outcome: ImportOutcome) => rows.filter((r) => r.outcome === outcome).length;
  return { imported: count('IMPORTED'), skipped: count('SKIPPED'), failed: count('FAILED'), rows };
};
