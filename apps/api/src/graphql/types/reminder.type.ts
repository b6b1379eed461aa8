import type { ReminderKind } from '@pivotal/projections';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

export const ReminderKindEnum = { FOLLOW_UP: 'FOLLOW_UP', INTERVIEW: 'INTERVIEW' } as const satisfies Record<
  ReminderKind,
  ReminderKind
>;
registerEnumType(ReminderKindEnum, {
  name: 'ReminderKind',
  description: 'What a reminder is for.',
  valuesConfig: {
    FOLLOW_UP: { description: 'A follow-up the candidate set on an application.' },
    INTERVIEW: { description: 'An interview scheduled and not yet held.' },
  },
});

@ObjectType('Reminder', {
  description: 'Something the candidate has to do on one of its applications, and when.',
})
export class Reminder {
  @Field(() => ID, { description: 'The application it is about.' })
  applicationId!: string;

  @Field(() => DateTimeScalar, { description: 'When it is due: the follow-up date, or the interview time.' })
  dueAt!: string;

  @Field(() => String, {
    description:
      'The follow-up\u2019s note (or "Follow up: <role> at <company>" without one), or "Interview: <stage> at <company>".',
  })
  note!: string;

  @Field(() => Boolean, {
    description: 'Whether it was due before now (only a follow-up can be: interviews listed are to come).',
  })
  overdue!: boolean;

  @Field(() => ReminderKindEnum, { description: 'A follow-up or an interview.' })
  kind!: ReminderKind;
}
