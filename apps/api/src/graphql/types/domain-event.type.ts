import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@ObjectType('DomainEvent', { description: 'One event of a stream, as recorded: the source of truth behind every answer.' })
export class DomainEvent {
  @Field(() => String, { description: 'The event type, e.g. JobApplied.' })
  type!: string;

  @Field(() => DateTimeScalar, { description: 'When it happened, from its metadata.' })
  occurredAt!: string;

  @Field(() => String, { description: 'Its global position in the log, opaque.' })
  position!: string;

  @Field(() => String, { description: 'Its data, as a JSON text (upcast to the current schema version).' })
  data!: string;
}
