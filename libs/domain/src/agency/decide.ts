import { AlreadyExists, Forbidden, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { JOIN_CODE_PATTERN, RESPONSE_TARGET_DAYS, TEXT_LIMITS } from '../shared/limits';
import { instant, integerBetween, oneOf, requiredText } from '../shared/validate';
import type { AgencyCommand } from './agency.commands';
import type { AgencyEvent } from './agency.events';
import type { AgencyState } from './agency.state';

/** A join code as candidates may type it: trimmed and upper-cased, then held to its pattern. */
export const normalizeJoinCode = (value: unknown, field: string): string => {
  const code = requiredText(value, field, TEXT_LIMITS.name).toUpperCase();
  if (!JOIN_CODE_PATTERN.test(code)) {
    throw new InvalidInput(field, 'must be 3 to 20 of the letters A-Z, digits and "-"');
  }
  return code;
};

/** Decide what an agency command means. Join-code uniqueness spans streams: the api checks it. */
export const decideAgency = (command: AgencyCommand, state: AgencyState): AgencyEvent[] => {
  switch (command.type) {
    case 'CreateAgency': {
      const { data } = command;
      if (state.exists) throw new AlreadyExists('agency', data.agencyId);
      return [
        {
          type: 'AgencyCreated',
          data: {
            agencyId: data.agencyId,
            name: requiredText(data.name, 'name', TEXT_LIMITS.name),
            joinCode: normalizeJoinCode(data.joinCode, 'joinCode'),
            createdAt: instant(data.now, 'now'),
          },
        },
      ];
    }
    case 'AddStaff': {
      const { data } = command;
      if (!state.exists) throw new NotFound('agency', data.agencyId);
      if (state.staff.includes(data.accountId)) throw new RuleBroken('a staff member joins an agency once');
      return [
        {
          type: 'StaffAdded',
          data: {
            agencyId: data.agencyId,
            accountId: requiredText(data.accountId, 'accountId', TEXT_LIMITS.name),
            role: oneOf(data.role, ['STAFF', 'ANALYST'] as const, 'role'),
            addedAt: instant(data.now, 'now'),
          },
        },
      ];
    }
    case 'SetResponseTarget': {
      const { data } = command;
      if (!state.exists) throw new NotFound('agency', data.agencyId);
      if (state.roles[data.actorId] !== 'STAFF') throw new Forbidden('only staff of the agency set its response target');
      const workingDays = integerBetween(data.workingDays, 'workingDays', RESPONSE_TARGET_DAYS.min, RESPONSE_TARGET_DAYS.max);
      if (workingDays === state.responseTargetDays) return [];
      return [
        {
          type: 'ResponseTargetSet',
          data: { agencyId: data.agencyId, workingDays, setBy: data.actorId, setAt: instant(data.now, 'now') },
        },
      ];
    }
  }
};
