import { accountDecider } from './account/account.decider';
import { agencyDecider } from './agency/agency.decider';
import { applicationDecider } from './application/application.decider';
import { candidateDecider } from './candidate/candidate.decider';
import { goalDecider } from './goal/goal.decider';

/** Every stream kind's decider, by the stream kind's name (as in `streams`). */
export const deciders = {
  account: accountDecider,
  agency: agencyDecider,
  candidate: candidateDecider,
  application: applicationDecider,
  goal: goalDecider,
} as const;
