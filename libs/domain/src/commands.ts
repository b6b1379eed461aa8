import type { AccountCommand } from './account/account.commands';
import type { AgencyCommand } from './agency/agency.commands';
import type { ApplicationCommand } from './application/application.commands';
import type { CandidateCommand } from './candidate/candidate.commands';
import type { GoalCommand } from './goal/goal.commands';

/** Every command of Pivotal. */
export type PivotalCommand = AccountCommand | AgencyCommand | CandidateCommand | ApplicationCommand | GoalCommand;
export type PivotalCommandType = PivotalCommand['type'];
