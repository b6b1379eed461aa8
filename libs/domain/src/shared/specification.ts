import type { Command, Decider, Event } from './event';

/** Thrown when a specification does not hold; test runners report it like any failed assertion. */
export class SpecificationFailed extends Error {
  override readonly name = 'SpecificationFailed';
}

const show = (value: unknown): string => JSON.stringify(value, null, 2);

// Plain data only (what events are), so a structural comparison is enough.
const sameData = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bKeys = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
};

type ErrorClass<T extends Error> = abstract new (...args: never[]) => T;

/** The outcome half of a specification. */
export interface When<E extends Event> {
  /** The command is accepted and decides exactly these events (which must also evolve cleanly). */
  then(expected: readonly E[]): void;
  /**
   * The command is refused with this error class, whose message contains `messageSubstring`, and
   * whose own properties match `properties` (e.g. `{ field: 'company' }`). Answers the error.
   */
  thenThrows<T extends Error>(errorClass: ErrorClass<T>, messageSubstring?: string, properties?: Partial<T>): T;
}

/** What happened so far, waiting for a command. */
export interface Given<C extends Command, E extends Event> {
  when(command: C): When<E>;
}

/**
 * Emmett-style specifications over a decider, with no test framework inside:
 * `specification(decider)(givenEvents).when(command).then(events)` or `.thenThrows(RuleBroken, 'rule')`.
 */
export const specification =
  <C extends Command, E extends Event, S>(decider: Decider<C, E, S>) =>
  (given: readonly E[]): Given<C, E> => ({
    when: (command) => {
      const decideNow = (): E[] => decider.decide(command, given.reduce(decider.evolve, decider.initialState()));
      return {
        then: (expected) => {
          let actual: E[];
          try {
            actual = decideNow();
          } catch (error) {
            throw new SpecificationFailed(`expected ${command.type} to decide ${show(expected)}\nbut it threw ${String(error)}`);
          }
          if (!sameData(actual, expected)) {
            throw new SpecificationFailed(`${command.type} decided\n${show(actual)}\nbut expected\n${show(expected)}`);
          }
          [...given, ...actual].reduce(decider.evolve, decider.initialState());
        },
        thenThrows: (errorClass, messageSubstring, properties) => {
          let actual: E[];
          try {
            actual = decideNow();
          } catch (error) {
            if (!(error instanceof errorClass)) {
              throw new SpecificationFailed(`expected ${command.type} to throw ${errorClass.name} but it threw ${String(error)}`);
            }
            if (messageSubstring !== undefined && !error.message.includes(messageSubstring)) {
              throw new SpecificationFailed(
                `expected ${errorClass.name} saying "${messageSubstring}" but it said "${error.message}"`,
              );
            }
            for (const [key, value] of Object.entries(properties ?? {})) {
              const own = (error as unknown as Record<string, unknown>)[key];
              if (!sameData(own, value)) {
                throw new SpecificationFailed(`expected ${errorClass.name}.${key} to be ${show(value)} but it was ${show(own)}`);
              }
            }
            return error;
          }
          throw new SpecificationFailed(`expected ${command.type} to throw ${errorClass.name} but it decided ${show(actual)}`);
        },
      };
    },
  });
