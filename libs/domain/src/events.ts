import type { AccountEvent } from './account/account.events';
import type { AgencyEvent } from './agency/agency.events';
import type { ApplicationEvent } from './application/application.events';
import type { CandidateEvent } from './candidate/candidate.events';
import type { GoalEvent } from './goal/goal.events';

/** Every event of Pivotal. */
export type PivotalEvent = AccountEvent | AgencyEvent | CandidateEvent | ApplicationEvent | GoalEvent;
export type PivotalEventType = PivotalEvent['type'];
