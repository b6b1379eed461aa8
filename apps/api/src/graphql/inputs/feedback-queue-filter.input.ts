import type { QueueAssignee, WaitingBand } from '@pivotal/projections';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { QueueAssigneeEnum, WaitingBandEnum } from '../queue-enums';

@InputType('FeedbackQueueFilter', { description: 'Which waiting feedback requests to show; every part is optional.' })
export class FeedbackQueueFilter {
  @Field(() => QueueAssigneeEnum, { nullable: true, defaultValue: 'EVERYONE', description: 'Whose requests.' })
  assignee?: QueueAssignee | null;

  @Field(() => WaitingBandEnum, { nullable: true, description: 'Only requests that have waited this long.' })
  waiting?: WaitingBand | null;

  @MaxLength(100)
  @Field(() => ID, {
    nullable: true,
    description: 'Only those this staff member of the agency holds (the workload panel\'s link); takes the place of assignee.',
  })
  heldBy?: string | null;

  @MaxLength(200)
  @Field(() => String, { nullable: true, description: 'Text the company or the role contains, in any case.' })
  search?: string | null;
}
