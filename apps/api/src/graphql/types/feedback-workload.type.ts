import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { StaffMember } from './staff-member.type';

@ObjectType('StaffWorkload', { description: 'The waiting feedback requests one staff member holds.' })
export class StaffWorkload {
  @Field(() => StaffMember, { description: 'The staff member.' })
  staffMember!: StaffMember;

  @Field(() => Int, { description: 'Waiting requests assigned to them.' })
  openRequests!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the oldest of them was requested; null when they hold none.' })
  oldestRequestedAt!: string | null;
}

@ObjectType('FeedbackWorkload', { description: 'How the agency waiting feedback requests are shared among its staff.' })
export class FeedbackWorkload {
  @Field(() => [StaffWorkload], { description: 'Every staff member of the agency (analysts are not), most open requests first.' })
  staff!: StaffWorkload[];

  @Field(() => Int, { description: 'Waiting requests nobody holds.' })
  unassignedRequests!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the oldest unassigned request was made.' })
  oldestUnassignedAt!: string | null;
}
