import { Field, ObjectType } from 'type-graphql';
import { Viewer } from './viewer.type';

@ObjectType('AuthPayload', { description: 'What signing up or in answers: a token and who it is for.' })
export class AuthPayload {
  @Field(() => String, { description: 'A bearer token (JWT, HS256) to send as `Authorization: Bearer <token>`; it expires.' })
  token!: string;

  @Field(() => Viewer, { description: 'The account the token signs in.' })
  viewer!: Viewer;
}
