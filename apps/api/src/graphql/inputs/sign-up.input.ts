import { TEXT_LIMITS } from '@pivotal/domain';
import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { PASSWORD_LENGTH } from '../../abuse/password-policy';

// Still exported from here, where it was first defined.
export { PASSWORD_LENGTH };

@InputType('SignUpInput', { description: 'A new candidate account.' })
export class SignUpInput {
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(TEXT_LIMITS.email)
  @Field(() => String, { description: 'The email to sign in with; unique, case-insensitive.' })
  email!: string;

  @MinLength(PASSWORD_LENGTH.min)
  @MaxLength(PASSWORD_LENGTH.max)
  @Field(() => String, { description: `The password, ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters, not a common breached one.` })
  password!: string;

  @MinLength(1)
  @MaxLength(TEXT_LIMITS.name)
  @Field(() => String, { description: 'The candidate name.' })
  name!: string;

  @MaxLength(20)
  @Field(() => String, { nullable: true, description: 'The join code of an agency, to join it (e.g. DEMO).' })
  agencyCode?: string | null;
}
