import type { AgencyEvent } from './agency.events';
import type { AgencyState } from './agency.state';

/** Fold one agency event into the state. */
export const evolveAgency = (state: AgencyState, event: AgencyEvent): AgencyState => {
  switch (event.type) {
    case 'AgencyCreated':
      return {
        exists: true,
        agencyId: event.data.agencyId,
        joinCode: event.data.joinCode,
        staff: [],
        roles: {},
        responseTargetDays: null,
      };
    case 'StaffAdded':
      return state.exists
        ? {
            ...state,
            staff: [...state.staff, event.data.accountId],
            roles: { ...state.roles, [event.data.accountId]: event.data.role },
          }
        : state;
    case 'ResponseTargetSet':
      return state.exists ? { ...state, responseTargetDays: event.data.workingDays } : state;
  }
};
