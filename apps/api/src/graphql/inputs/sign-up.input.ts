import { TEXT_LIMITS } from '@pivotal/domain';
import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** Passwords: long enough to matter, short enough that hashing them cannot be abused. */
export const PASSWORD_LENGTH = { min: 8, max: 200 } as const;

@InputType('SignUpInput', { description: 'A new candidate account.' })
export class SignUpInput {
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(TEXT_LIMITS.email)
  @Field(() => String, { description: 'The email to sign in with; unique, case-insensitive.' })
  email!: string;

  @MinLength(PASSWORD_LENGTH.min)
  @MaxLength(PASSWORD_LENGTH.max)
  @Field(() => String, { description: `The password, ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters.` })
  password!: string;

  @MinLength(1)
  @MaxLength(TEXT_LIMITS.name)
  @Field(() => String, { description: 'The candidate name.' })
  name!: string;

  @MaxLength(20)
  @Field(() => String, { nullable: true, description: 'The join code of an agency, to join it (e.g. DEMO).' })
  agencyCode?: string | null;
}
