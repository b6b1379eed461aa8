import type { ReadModelDb } from '../projection';
import { toIso, toMs } from '../time';
import { lazily } from './lazy-statement';
import { alignOne, idList } from './page';
import type { DateRange } from './read-model.types';
import type {
  CalendarEntry,
  FollowUpView,
  ReflectionShare,
  ReflectionView,
  ReminderKind,
  ReminderView,
} from './tracker.types';

/** At most this many reminders per answer. */
export const MAX_REMINDERS = 200;

const EARLIEST = -8.64e15;
const LATEST = 8.64e15;

interface ReflectionRow {
  application_id: string;
  feedback_id: string;
  text: string;
  written_at: number;
}
interface FollowUpRow {
  application_id: string;
  follow_up_at: number;
  note: string | null;
}
interface DueRow {
  applicationId: string;
  kind: ReminderKind;
  dueAt: number;
  note: string;
}
interface CalendarRow extends DueRow {
  uid: string;
  company: string;
  role: string;
  detail: string | null;
}

// A follow-up of an application still open; an interview scheduled and not yet held, of an application
// still able to have one (not withdrawn, rejected, nor with an offer).
const FOLLOW_UPS = `
  SELECT f.application_id AS applicationId, 'FOLLOW_UP' AS kind, f.follow_up_at AS dueAt,
    coalesce(f.note, 'Follow up: ' || a.role || ' at ' || a.company) AS note,
    'follow-up-' || f.application_id AS uid, a.company AS company, a.role AS role, f.note AS detail
  FROM follow_ups f JOIN applications a ON a.id = f.application_id
  WHERE f.candidate_id = :candidateId AND a.status <> 'WITHDRAWN'`;
const INTERVIEWS = `
  SELECT a.id AS applicationId, 'INTERVIEW' AS kind, i.value ->> 'scheduledFor' AS dueAt,
    'Interview: ' || (i.value ->> 'stage') || ' at ' || a.company AS note,
    'interview-' || (i.value ->> 'id') AS uid, a.company AS company, a.role AS role, NULL AS detail
  FROM applications a, json_each(a.interviews) i
  WHERE a.candidate_id = :candidateId AND i.value ->> 'scheduledFor' IS NOT NULL`;

/** The candidate's tracking: reflections, follow-ups, reminders, the calendar feed. */
export const trackerQueries = (db: ReadModelDb) => {
  const reflections = lazily(
    db,
    'SELECT * FROM reflections WHERE application_id IN (SELECT value FROM json_each(?))',
  );
  const followUps = lazily(
    db,
    'SELECT * FROM follow_ups WHERE application_id IN (SELECT value FROM json_each(?))',
  );
  const reminders = lazily(
    db,
    `${FOLLOW_UPS}
     UNION ALL
     ${INTERVIEWS} AND i.value ->> 'occurredAt' IS NULL AND a.status IN ('APPLIED', 'INTERVIEWING')
       AND (i.value ->> 'scheduledFor') >= :now
     ORDER BY dueAt, applicationId, kind LIMIT :first`,
  );
  const calendar = lazily(
    db,
    `${FOLLOW_UPS} UNION ALL ${INTERVIEWS} AND a.status <> 'WITHDRAWN' ORDER BY dueAt, uid`,
  );
  const feedVersion = lazily(db, 'SELECT version FROM calendar_feeds WHERE candidate_id = ?', (s) =>
    s.pluck(),
  );
  const reflected = lazily(
    db,
    `SELECT count(*) AS feedbackReceived, count(r.application_id) AS reflected
     FROM applications a LEFT JOIN reflections r ON r.application_id = a.id
     WHERE a.agency_id = :agencyId AND a.applied_at >= :from AND a.applied_at < :to AND a.feedback_status = 'RECEIVED'`,
  );

  return {
    /** Each application's reflection, null where none was written, aligned with `ids`. */
    reflectionsByApplicationIds: (ids: readonly string[]): (ReflectionView | null)[] =>
      alignOne(
        ids,
        reflections.all(idList(ids)) as ReflectionRow[],
        (r) => r.application_id,
        (r) => ({
          applicationId: r.application_id,
          feedbackId: r.feedback_id,
          text: r.text,
          writtenAt: toIso(r.written_at),
        }),
      ),
    /** Each application's follow-up, null where none is set, aligned with `ids`. */
    followUpsByApplicationIds: (ids: readonly string[]): (FollowUpView | null)[] =>
      alignOne(
        ids,
        followUps.all(idList(ids)) as FollowUpRow[],
        (r) => r.application_id,
        (r) => ({
          applicationId: r.application_id,
          followUpAt: toIso(r.follow_up_at),
          note: r.note,
        }),
      ),
    /**
     * The candidate's follow-ups (of applications not withdrawn) and interviews to come (scheduled,
     * not yet held, at or after `now`), soonest first; overdue when due before `now`.
     */
    remindersOfCandidate: (args: {
      candidateId: string;
      now: Date | string;
      first?: number;
    }): ReminderView[] => {
      const now = typeof args.now === 'string' ? toMs(args.now) : args.now.getTime();
      const first = Math.min(Math.max(args.first ?? 50, 0), MAX_REMINDERS);
      return (reminders.all({ candidateId: args.candidateId, now, first }) as DueRow[]).map((r) => ({
        applicationId: r.applicationId,
        kind: r.kind,
        dueAt: toIso(r.dueAt),
        note: r.note,
        overdue: r.dueAt < now,
      }));
    },
    /** Every interview (held or to come) and follow-up of the candidate's applications not withdrawn, in time order. */
    calendarOfCandidate: (candidateId: string): CalendarEntry[] =>
      (calendar.all({ candidateId }) as CalendarRow[]).map((r) => ({
        uid: r.uid,
        kind: r.kind,
        applicationId: r.applicationId,
        startsAt: toIso(r.dueAt),
        summary: r.kind === 'FOLLOW_UP' ? `Follow up: ${r.role} at ${r.company}` : r.note,
        description: r.detail,
      })),
    /** The version of the candidate's calendar feed URL: 0 until it is first reset; null once revoked for good (erased). */
    calendarFeedVersion: (candidateId: string): number | null => {
      const version = feedVersion.get(candidateId) as number | null | undefined;
      return version === undefined ? 0 : version;
    },
    /** Of the feedback received on the agency's applications applied in the range, how much was read after a reflection. */
    reflectionShare: (args: { readonly agencyId: string } & DateRange): ReflectionShare => {
      const counts = reflected.get({
        agencyId: args.agencyId,
        from: args.from ? toMs(args.from) : EARLIEST,
        to: args.to ? toMs(args.to) : LATEST,
      }) as { feedbackReceived: number; reflected: number };
      return {
        ...counts,
        share: counts.feedbackReceived === 0 ? null : counts.reflected / counts.feedbackReceived,
      };
    },
  };
};
