/** Positions of the sqlite and memory logs: integers, written as their decimal string. */

/** A position string that no adapter of this kind could have written. */
export class InvalidPosition extends Error {
  constructor(readonly position: string) {
    super(`not a position of this event store: ${JSON.stringify(position)}`);
    this.name = 'InvalidPosition';
  }
}

export const integerPositionToString = (position: bigint): string => position.toString(10);

export const integerPositionFromString = (position: string): bigint => {
  if (!/^(-1|0|[1-9]\d*)$/.test(position)) throw new InvalidPosition(position);
  return BigInt(position);
};
