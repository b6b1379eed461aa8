import type { Decider } from '../shared/event';
import type { AgencyCommand } from './agency.commands';
import type { AgencyEvent } from './agency.events';
import { type AgencyState, initialAgencyState } from './agency.state';
import { decideAgency } from './decide';
import { evolveAgency } from './evolve';

/** The `agency-<id>` stream kind. */
export const agencyDecider: Decider<AgencyCommand, AgencyEvent, AgencyState> = {
  initialState: initialAgencyState,
  evolve: evolveAgency,
  decide: decideAgency,
};
