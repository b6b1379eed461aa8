import { Field, ID, ObjectType } from 'type-graphql';
import type { Role } from '@pivotal/domain';
import { RoleEnum } from '../enums';

@ObjectType('Viewer', { description: 'The signed-in account.' })
export class Viewer {
  @Field(() => ID, { description: 'The account id; for a candidate, also its candidate id.' })
  id!: string;

  @Field(() => String, { description: 'The account email, lower-cased.' })
  email!: string;

  @Field(() => RoleEnum, { description: 'What the account may do.' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The agency the account belongs to, if any.' })
  agencyId!: string | null;
}
