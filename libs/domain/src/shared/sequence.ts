import type { Command, Decider, Event } from './event';

/** Several commands of one stream kind, decided one after the other and appended together (or not at all). */
export type Sequence<C extends Command> = Command<'Sequence', readonly C[]>;

/**
 * A decider for sequences of `decider`'s commands: each command is decided on the state the
 * previous ones left, and any refusal refuses the whole sequence. It lets a caller append what a
 * person did in several steps (an import's row: applied, then rejected) at one revision, once.
 */
export const inSequence = <C extends Command, E extends Event, S>(decider: Decider<C, E, S>): Decider<Sequence<C>, E, S> => ({
  initialState: decider.initialState,
  evolve: decider.evolve,
  decide: (sequence, state) => {
    const events: E[] = [];
    let current = state;
    for (const command of sequence.data) {
      const decided = decider.decide(command, current);
      events.push(...decided);
      current = decided.reduce(decider.evolve, current);
    }
    return events;
  },
});
