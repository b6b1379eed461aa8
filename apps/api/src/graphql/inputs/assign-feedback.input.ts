import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType('AssignFeedbackRequestInput', { description: 'Who is to work on a waiting feedback request.' })
export class AssignFeedbackRequestInput {
  @MaxLength(100)
  @Field(() => ID, { description: 'The application the feedback was requested on.' })
  applicationId!: string;

  @MaxLength(100)
  @Field(() => ID, { description: 'A staff member of the agency the request went to (the sender or a colleague).' })
  assigneeId!: string;

  @MaxLength(100)
  @Field(() => ID, {
    nullable: true,
    description:
      'Who the sender saw holding it (absent or null: nobody). If someone else holds it by now, CONFLICT names who, and nothing changes.',
  })
  expectedAssigneeId?: string | null;
}
