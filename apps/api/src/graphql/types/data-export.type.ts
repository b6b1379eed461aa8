import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@ObjectType('DataExport', {
  description: 'Every fact Pivotal holds about the signed-in person (GDPR art. 15 and 20), as one JSON document.',
})
export class DataExport {
  @Field(() => String, {
    description:
      'The document: the account, and for a candidate their profile, applications (interviews, feedback with its points) and goals, each with the full history of its events.',
  })
  json!: string;

  @Field(() => DateTimeScalar, { description: 'When the document was put together.' })
  generatedAt!: string;
}
