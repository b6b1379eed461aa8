/**
 * The errors a decider throws. Each carries the `code` the api puts in the GraphQL error's
 * `extensions.code`, so that the api maps them without knowing any rule.
 */
export type DomainErrorCode = 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT' | 'FORBIDDEN';

/** The base of every refusal of the domain. */
export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;

  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command names a stream that has no events: `application 42 not found`. */
export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND' as const;

  constructor(
    /** The stream kind, in plain words: `application`, `goal`, … */
    readonly kind: string,
    readonly id: string,
  ) {
    super(`${kind} ${id} not found`);
  }
}

/** The command would create a stream that already has events. */
export class AlreadyExists extends DomainError {
  readonly code = 'CONFLICT' as const;

  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`${kind} ${id} already exists`);
  }
}

/** A rule of the domain refuses the command; the message names the rule in plain words. */
export class RuleBroken extends DomainError {
  readonly code = 'CONFLICT' as const;

  constructor(readonly rule: string) {
    super(rule);
  }
}

/**
 * Someone changed who holds a feedback request before this command: it names who holds it now
 * (null: nobody), so that the api can tell the sender by name.
 */
export class AssignedElsewhere extends DomainError {
  readonly code = 'CONFLICT' as const;

  constructor(readonly assigneeId: string | null) {
    super(
      assigneeId === null
        ? 'this feedback request was unassigned meanwhile'
        : `this feedback request is already assigned to ${assigneeId}`,
    );
  }
}

/** A value of the command is malformed; `field` is its name as the GraphQL input names it (`points[2].note`). */
export class InvalidInput extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;

  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field} ${reason}`);
  }
}

/** The acting user may not do this to this stream. */
export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN' as const;

  constructor(reason: string) {
    super(reason);
  }
}

/** Whether a thrown value is one of the domain's refusals (and not a bug). */
export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
