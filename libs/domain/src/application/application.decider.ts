import type { Decider } from '../shared/event';
import type { ApplicationCommand } from './application.commands';
import type { ApplicationEvent } from './application.events';
import { type ApplicationState, initialApplicationState } from './application.state';
import { decideApplication } from './decide';
import { evolveApplication } from './evolve';

/** The `application-<id>` stream kind. */
export const applicationDecider: Decider<ApplicationCommand, ApplicationEvent, ApplicationState> = {
  initialState: initialApplicationState,
  evolve: evolveApplication,
  decide: decideApplication,
};
