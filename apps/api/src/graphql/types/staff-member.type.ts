import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('StaffMember', { description: 'A staff member of the viewer agency, as colleagues see them.' })
export class StaffMember {
  @Field(() => ID, { description: 'The account id.' })
  id!: string;

  @Field(() => String, { description: 'Their name (personal data of their account: "[erased]" once erased).' })
  name!: string;
}
