import { FEEDBACK_THEMES, streams, type FeedbackPoint, type PivotalEvent, type Recommendation } from '@pivotal/domain';
import {
  COMPANIES,
  DECLINE_REASONS,
  FIRST_NAMES,
  INTERVIEW_NOTES,
  INTERVIEW_REJECTIONS,
  LAST_NAMES,
  ROLES,
  SCREEN_REJECTIONS,
  STAGES,
  SUMMARIES,
  THEME_TEXT,
} from './demo-vocabulary';
import type { Random } from './prng';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One event of a simulated history, with when it happened and who did it. */
export interface TimedEvent {
  readonly streamId: string;
  readonly at: number;
  readonly actorId: string;
  readonly event: PivotalEvent;
}

/** The shape of one simulated candidate's history. */
export interface CandidateHistoryOptions {
  readonly candidateId: string;
  readonly agencyId: string;
  /** The staff account that records feedback. */
  readonly staffId: string;
  /**
   * When given, a team shares the requests instead: each is assigned to one of these staff
   * members (by themselves or by the first, the lead), mostly answered within days by them, a
   * few reassigned, a few left unassigned, a short tail never answered.
   */
  readonly team?: readonly string[];
  /** Where history starts and stops (ms since the epoch). */
  readonly since: number;
  readonly now: number;
  /** False for a candidate who already exists (no `CandidateRegistered`). */
  readonly register: boolean;
  /** The name to register with; drawn when absent. */
  readonly name?: string;
  readonly email?: string;
}

/** The rates the simulation follows, tuned to typical job-search funnels. */
export const RATES = {
  interview: 0.6,
  /** Chance to pass each stage; the final stage's "pass" is the offer. */
  passStage: [0.55, 0.6, 0.65, 0.8],
  withdrawPerStage: 0.04,
  withdrawBeforeInterview: 0.1,
  ghosted: 0.05,
  feedbackRequested: 0.7,
  feedbackReceived: 0.65,
  feedbackDeclined: 0.15,
  goalFromImprovement: 0.55,
  goalCompleted: 0.6,
  goalAbandoned: 0.15,
  /** How much a completed goal raises the chance to pass each later stage. */
  goalBoost: 1.25,
} as const;

const iso = (ms: number): string => new Date(ms).toISOString();

/** Hours to weeks, log-uniform: most answers come within days, a few take a month. */
const feedbackDelay = (random: Random): number => Math.exp(random.between(Math.log(3), Math.log(720))) * HOUR;

const logUniform = (random: Random, from: number, to: number): number => Math.exp(random.between(Math.log(from), Math.log(to)));

/** The rates a team that shares its queue follows. */
export const TEAM_RATES = {
  /** Answered within 4 days; then up to 15 days; the rest up to 30 days. */
  withinDays: 0.85,
  withinTwoWeeks: 0.12,
  feedbackReceived: 0.83,
  feedbackDeclined: 0.16,
  /** Of the requests still waiting, how many somebody took. */
  waitingAssigned: 0.7,
  /** Handed to someone first, then reassigned to who answers. */
  reassigned: 0.08,
  /** The handler took it themselves; otherwise the lead (the first of the team) assigned it. */
  selfAssigned: 0.6,
} as const;

/** A team's answer time: mostly within days, a tail of weeks. */
const teamDelay = (random: Random): number => {
  const r = random.next();
  if (r < TEAM_RATES.withinDays) return logUniform(random, 2, 96) * HOUR;
  if (r < TEAM_RATES.withinDays + TEAM_RATES.withinTwoWeeks) return logUniform(random, 4, 15) * DAY;
  return logUniform(random, 15, 30) * DAY;
};

type Answer = 'received' | 'declined' | 'never';

const answerOf = (roll: number, received: number, declined: number): Answer =>
  roll < received ? 'received' : roll < received + declined ? 'declined' : 'never';

/**
 * The assignment events of one request a team shares, before its answer (if any): nobody, the
 * handler, or someone else first and then the handler.
 */
const teamAssignments = (
  random: Random,
  team: readonly string[],
  handler: string,
  applicationId: string,
  requestedAt: number,
  answeredAt: number,
  answered: boolean,
): { at: number; actorId: string; event: PivotalEvent }[] => {
  const waiting = !answered;
  if (waiting && !random.chance(TEAM_RATES.waitingAssigned)) return [];
  const lead = team[0] as string;
  const assignedAt = Math.min(requestedAt + logUniform(random, 0.5, 36) * HOUR, requestedAt + (answeredAt - requestedAt) * 0.3);
  const assignedBy = random.chance(TEAM_RATES.selfAssigned) ? handler : lead;
  const others = team.filter((id) => id !== handler);
  const assign = (at: number, assigneeId: string, previousAssigneeId: string | null, by: string) => ({
    at,
    actorId: by,
    event: { type: 'FeedbackAssigned', data: { applicationId, assigneeId, previousAssigneeId, assignedBy: by, assignedAt: iso(at) } } as PivotalEvent,
  });
  if (others.length > 0 && random.chance(TEAM_RATES.reassigned)) {
    const first = random.pick(others);
    const reassignedAt = assignedAt + (answeredAt - assignedAt) * random.between(0.2, 0.6);
    return [assign(assignedAt, first, null, lead), assign(reassignedAt, handler, first, random.chance(0.5) ? first : handler)];
  }
  return [assign(assignedAt, handler, null, assignedBy)];
};

const feedbackPoints = (random: Random, interviewed: boolean): FeedbackPoint[] => {
  const count = random.pick([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]);
  const themes = interviewed ? FEEDBACK_THEMES : (['EXPERIENCE', 'PREPARATION', 'OTHER', 'CULTURE_FIT'] as const);
  return Array.from({ length: count }, () => {
    const theme = random.pick(themes);
    const polarity = random.chance(0.6) ? 'IMPROVEMENT' : 'STRENGTH';
    return { theme, polarity, note: THEME_TEXT[theme][polarity] };
  });
};

/**
 * Simulates one candidate from `since` to `now`: applications at their own pace, interviews
 * through up to four stages, outcomes, feedback requests and answers, goals from improvement
 * points. A completed goal modestly raises the pass rate of interviews applied for afterwards.
 * Events dated after `now` are left out (the application is still in progress).
 */
export const simulateCandidate = (random: Random, options: CandidateHistoryOptions): TimedEvent[] => {
  const { candidateId, agencyId, staffId, now } = options;
  const out: TimedEvent[] = [];
  const candidateStream = streams.candidate(candidateId);
  const registeredAt = options.register ? random.between(options.since, now - 7 * DAY) : options.since;
  if (options.register) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const name = options.name ?? `${first} ${last}`;
    const email = options.email ?? `${first}.${last}.${candidateId.slice(0, 6)}@example.test`.toLowerCase().replace(/[^a-z0-9.@-]/g, '');
    out.push({
      streamId: candidateStream,
      at: registeredAt,
      actorId: candidateId,
      event: { type: 'CandidateRegistered', data: { candidateId, name, email, agencyId, registeredAt: iso(registeredAt) } },
    });
  }
  const skill = random.between(0.85, 1.15);
  const perWeek = random.between(0.6, 2.5);
  let firstGoalCompletedAt = Infinity;
  let appliedAt = registeredAt + random.between(0, 3) * DAY;

  while (appliedAt < now) {
    const applicationId = random.uuid();
    const stream = streams.application(applicationId);
    const push = (at: number, event: PivotalEvent, actorId = candidateId): boolean => {
      if (at > now) return false;
      out.push({ streamId: stream, at, actorId, event });
      return true;
    };
    push(appliedAt, {
      type: 'JobApplied',
      data: { applicationId, candidateId, agencyId, company: random.pick(COMPANIES), role: random.pick(ROLES), appliedAt: iso(appliedAt) },
    });
    const boost = appliedAt >= firstGoalCompletedAt ? RATES.goalBoost : 1;
    let t = appliedAt;
    let interviewed = false;
    let outcome: 'rejected' | 'offer' | 'withdrawn' | 'open' = 'open';
    if (random.chance(RATES.interview)) {
      for (let stage = 0; stage < STAGES.length; stage += 1) {
        const scheduledAt = t + random.between(1, 6) * DAY;
        const interviewAt = scheduledAt + random.between(1, 6) * DAY;
        const interviewId = random.uuid();
        const name = STAGES[stage] as string;
        if (!push(scheduledAt, { type: 'InterviewScheduled', data: { applicationId, interviewId, stage: name, scheduledFor: iso(interviewAt) } }))
          break;
        const selfRating = random.chance(0.8) ? random.int(1, 5) : null;
        const notes = random.chance(0.4) ? random.pick(INTERVIEW_NOTES) : null;
        if (!push(interviewAt, { type: 'Interviewed', data: { applicationId, interviewId, stage: name, occurredAt: iso(interviewAt), selfRating, notes } }))
          break;
        interviewed = true;
        t = interviewAt;
        if (random.chance(RATES.withdrawPerStage)) {
          outcome = 'withdrawn';
          break;
        }
        const pass = Math.min(0.95, (RATES.passStage[stage] as number) * skill * boost);
        if (!random.chance(pass)) {
          outcome = 'rejected';
          break;
        }
        if (stage === STAGES.length - 1) outcome = 'offer';
      }
    } else if (random.chance(RATES.withdrawBeforeInterview)) outcome = 'withdrawn';
    else if (!random.chance(RATES.ghosted)) outcome = 'rejected';

    const decidedAt = t + random.between(2, interviewed ? 10 : 21) * DAY;
    if (outcome === 'offer') push(decidedAt, { type: 'OfferReceived', data: { applicationId, receivedAt: iso(decidedAt) } });
    if (outcome === 'withdrawn') push(decidedAt, { type: 'ApplicationWithdrawn', data: { applicationId, withdrawnAt: iso(decidedAt) } });
    if (outcome === 'rejected') {
      const reason = random.chance(0.15) ? null : random.pick(interviewed ? INTERVIEW_REJECTIONS : SCREEN_REJECTIONS);
      const rejected = push(decidedAt, { type: 'ApplicationRejected', data: { applicationId, rejectedAt: iso(decidedAt), reason } });
      const requestedAt = decidedAt + random.between(0, 72) * HOUR;
      if (rejected && random.chance(RATES.feedbackRequested) &&
        push(requestedAt, { type: 'FeedbackRequested', data: { applicationId, candidateId, agencyId, requestedAt: iso(requestedAt) } })) {
        const team = options.team ?? [];
        const handler = team.length > 0 ? random.pick(team) : staffId;
        const answeredAt = requestedAt + (team.length > 0 ? teamDelay(random) : feedbackDelay(random));
        const answer =
          team.length > 0
            ? answerOf(random.next(), TEAM_RATES.feedbackReceived, TEAM_RATES.feedbackDeclined)
            : answerOf(random.next(), RATES.feedbackReceived, RATES.feedbackDeclined);
        if (team.length > 0) {
          const answered = answer !== 'never' && answeredAt <= now;
          const assignments = teamAssignments(random, team, handler, applicationId, requestedAt, answeredAt, answered);
          for (const assignment of assignments) push(assignment.at, assignment.event, assignment.actorId);
        }
        if (answer === 'received') {
          const feedbackId = random.uuid();
          const points = feedbackPoints(random, interviewed);
          const recommendation: Recommendation = random.pick(['STRONG_NO', 'NO', 'NO', 'MIXED', 'MIXED', 'YES']);
          const received = push(
            answeredAt,
            {
              type: 'FeedbackReceived',
              data: { applicationId, feedbackId, candidateId, receivedAt: iso(answeredAt), recordedBy: handler, summary: random.pick(SUMMARIES), recommendation, points },
            },
            handler,
          );
          if (received) {
            points.forEach((point, pointIndex) => {
              if (point.polarity !== 'IMPROVEMENT' || !random.chance(RATES.goalFromImprovement)) return;
              const goalId = random.uuid();
              const goalStream = streams.goal(goalId);
              const setAt = answeredAt + random.between(2, 120) * HOUR;
              if (setAt > now) return;
              out.push({
                streamId: goalStream,
                at: setAt,
                actorId: candidateId,
                event: {
                  type: 'GoalSet',
                  data: { goalId, candidateId, theme: point.theme, title: THEME_TEXT[point.theme].goal, setAt: iso(setAt), fromFeedbackId: feedbackId, applicationId, pointIndex },
                },
              });
              const fate = random.next();
              if (fate < RATES.goalCompleted) {
                const completedAt = setAt + random.between(3, 35) * DAY;
                if (completedAt > now) return;
                const reflection = random.chance(0.5) ? 'Practised until it felt natural.' : null;
                out.push({ streamId: goalStream, at: completedAt, actorId: candidateId, event: { type: 'GoalCompleted', data: { goalId, candidateId, completedAt: iso(completedAt), reflection } } });
                firstGoalCompletedAt = Math.min(firstGoalCompletedAt, completedAt);
              } else if (fate < RATES.goalCompleted + RATES.goalAbandoned) {
                const abandonedAt = setAt + random.between(5, 40) * DAY;
                if (abandonedAt > now) return;
                out.push({ streamId: goalStream, at: abandonedAt, actorId: candidateId, event: { type: 'GoalAbandoned', data: { goalId, candidateId, abandonedAt: iso(abandonedAt) } } });
              }
            });
          }
        } else if (answer === 'declined') {
          push(
            answeredAt,
            { type: 'FeedbackDeclined', data: { applicationId, declinedAt: iso(answeredAt), declinedBy: handler, reason: random.pick(DECLINE_REASONS) } },
            handler,
          );
        }
      }
    }
    appliedAt += random.between(0.2, 2) * (7 / perWeek) * DAY;
  }
  return out;
};
