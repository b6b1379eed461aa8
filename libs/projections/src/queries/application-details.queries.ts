import type { ApplicationStatus } from '@pivotal/domain';
import type { ReadModelDb } from '../projection';
import { toIso } from '../time';
import { lazily } from './lazy-statement';
import { alignOne, idList } from './page';

/** What a candidate gave besides company and role when applying; null where they gave nothing. */
export interface ApplicationDetailsView {
  readonly applicationId: string;
  readonly jobUrl: string | null;
  readonly location: string | null;
  readonly notes: string | null;
}

/** One application as a spreadsheet row: everything the read models hold that a person typed or chose. */
export interface ApplicationSheetRow {
  readonly id: string;
  readonly company: string;
  readonly role: string;
  readonly status: ApplicationStatus;
  readonly appliedAt: string;
  readonly jobUrl: string | null;
  readonly location: string | null;
  readonly notes: string | null;
}

interface DetailsRow {
  id: string;
  job_url: string | null;
  location: string | null;
  notes: string | null;
}
interface SheetRow extends DetailsRow {
  company: string;
  role: string;
  status: ApplicationStatus;
  applied_at: number;
}

const toDetails = (r: DetailsRow): ApplicationDetailsView => ({
  applicationId: r.id,
  jobUrl: r.job_url,
  location: r.location,
  notes: r.notes,
});

/** The applications' optional details, and a candidate's applications as rows of a sheet. */
export const applicationDetailsQueries = (db: ReadModelDb) => {
  const byIds = lazily(
    db,
    'SELECT id, job_url, location, notes FROM application_details WHERE id IN (SELECT value FROM json_each(?))',
  );
  const sheet = lazily(
    db,
    `SELECT a.id, a.company, a.role, a.status, a.applied_at, d.job_url, d.location, d.notes
     FROM applications a LEFT JOIN application_details d ON d.id = a.id
     WHERE a.candidate_id = ? ORDER BY a.applied_at, a.id`,
  );
  return {
    /** Each application's details, aligned with `ids`; an application without any answers nulls. */
    applicationDetailsByIds: (ids: readonly string[]): ApplicationDetailsView[] =>
      alignOne(ids, byIds.all(idList(ids)) as DetailsRow[], (r) => r.id, toDetails).map(
        (details, i) => details ?? { applicationId: ids[i] as string, jobUrl: null, location: null, notes: null },
      ),
    /** Every application of a candidate, oldest first, with its details. */
    applicationSheetOfCandidate: (candidateId: string): ApplicationSheetRow[] =>
      (sheet.all(candidateId) as SheetRow[]).map((r) => ({
        id: r.id,
        company: r.company,
        role: r.role,
        status: r.status,
        appliedAt: toIso(r.applied_at),
        jobUrl: r.job_url,
        location: r.location,
        notes: r.notes,
      })),
  };
};
