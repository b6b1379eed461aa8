import { streams, upcast, type AccountRegistered } from '@pivotal/domain';
import type { EventStore, RecordedEvent } from '@pivotal/event-store';
import type { ReadModelQueries } from '@pivotal/projections';
import type { ViewerIdentity } from '../auth/viewer-identity';

/** The version of the export's shape, for whoever reads the file later (GDPR art. 20: machine-readable). */
export const DATA_EXPORT_FORMAT = 'pivotal-data-export/1';

/** What the export says in place of the password hash: a fact held, not one to hand out. */
export const PASSWORD_HASH_WITHHELD = 'withheld: a salted scrypt hash of your password, never the password';

/** One event of the person's history, as it reads today (upcast). */
interface ExportedEvent {
  readonly type: string;
  readonly occurredAt: string;
  readonly schemaVersion: number;
  readonly actorId: string;
  readonly data: unknown;
}

const exported = (event: RecordedEvent): ExportedEvent => {
  const current = upcast({ type: event.type, data: event.data, metadata: event.metadata });
  const data =
    current.type === 'AccountRegistered'
      ? { ...(current.data as AccountRegistered['data']), passwordHash: PASSWORD_HASH_WITHHELD }
      : current.data;
  return {
    type: current.type,
    occurredAt: current.metadata.occurredAt,
    schemaVersion: current.metadata.schemaVersion,
    actorId: current.metadata.actorId,
    data,
  };
};

/** Whether an agency event is about this account (its membership, a target it set). */
const names = (event: RecordedEvent, accountId: string): boolean => {
  const data = event.data as { accountId?: unknown; setBy?: unknown } | null;
  return data?.accountId === accountId || data?.setBy === accountId;
};

/**
 * Every fact Pivotal holds about the signed-in person, as one JSON document (GDPR art. 15 and 20):
 * their account, and for a candidate their profile, every application (interviews, feedback with
 * its points) and goal as the read models show them now, each with the full history of its stream.
 * The histories are every event of the person's streams, so facts of new event types appear in it
 * without a change here. Staff and analysts get their account and their agency membership.
 */
export const buildDataExport = async (
  deps: { readonly store: EventStore; readonly queries: ReadModelQueries },
  viewer: ViewerIdentity,
  now: Date,
): Promise<string> => {
  const { store, queries } = deps;
  const history = async (streamId: string) => (await store.readStream(streamId)).map(exported);
  const account = queries.accountById(viewer.accountId);
  const document: Record<string, unknown> = {
    format: DATA_EXPORT_FORMAT,
    generatedAt: now.toISOString(),
    account: {
      id: viewer.accountId,
      email: account?.email ?? viewer.email,
      name: account?.name ?? null,
      role: viewer.role,
      agencyId: viewer.agencyId,
      registeredAt: account?.registeredAt ?? null,
      history: await history(streams.account(viewer.accountId)),
    },
  };
  if (viewer.role !== 'CANDIDATE') {
    const agencyEvents = viewer.agencyId ? await store.readStream(streams.agency(viewer.agencyId)) : [];
    document['agencyMembership'] = agencyEvents.filter((event) => names(event, viewer.accountId)).map(exported);
    return JSON.stringify(document, null, 2);
  }

  const candidateId = viewer.accountId;
  const applicationIds = queries.applicationIdsOfCandidate(candidateId);
  const applications = queries.applicationsByIds(applicationIds);
  const interviews = queries.interviewsByApplicationIds(applicationIds);
  const feedback = queries.feedbackByApplicationIds(applicationIds);
  const goalIds = queries.goalIdsOfCandidate(candidateId);
  const goals = queries.goalsByIds(goalIds);
  document['candidate'] = {
    profile: queries.candidateById(candidateId, now),
    history: await history(streams.candidate(candidateId)),
  };
  document['applications'] = await Promise.all(
    applicationIds.map(async (id, i) => ({
      ...applications[i],
      interviews: interviews[i] ?? [],
      feedback: feedback[i] ?? null,
      history: await history(streams.application(id)),
    })),
  );
  document['goals'] = await Promise.all(
    goalIds.map(async (id, i) => ({ ...goals[i], history: await history(streams.goal(id)) })),
  );
  return JSON.stringify(document, null, 2);
};
