import { upcast, type Command, type Decider, type Event } from '@pivotal/domain';
import type { EventStore, RecordedEvent } from './event-store';

/** A stream folded by its decider: the state, and where the stream stands. */
export interface StreamState<S> {
  readonly state: S;
  /** The recorded events, oldest first. */
  readonly events: RecordedEvent[];
  /** The revision of the last event, or 'no_stream' when the stream is empty. */
  readonly revision: bigint | 'no_stream';
}

/** Fold recorded events (brought to today's schema by the domain's upcasters) onto a state. */
export const foldEvents = <C extends Command, E extends Event, S>(
  decider: Decider<C, E, S>,
  state: S,
  events: readonly RecordedEvent[],
): S =>
  events.reduce((current, { type, data, metadata }) => {
    const { type: upcastType, data: upcastData } = upcast({ type, data, metadata });
    return decider.evolve(current, { type: upcastType, data: upcastData } as E);
  }, state);

/** Read a stream and fold it from the decider's initial state. */
export const readStreamState = async <C extends Command, E extends Event, S>(
  store: EventStore,
  decider: Decider<C, E, S>,
  streamId: string,
): Promise<StreamState<S>> => {
  const events = await store.readStream(streamId);
  const last = events[events.length - 1];
  return {
    state: foldEvents(decider, decider.initialState(), events),
    events,
    revision: last ? last.revision : 'no_stream',
  };
};
