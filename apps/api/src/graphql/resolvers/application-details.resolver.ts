import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { Application } from '../types/application.type';

/** What the candidate gave besides company and role when applying, batched per request. */
@Resolver(() => Application)
export class ApplicationDetailsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The job ad’s address (http or https), if the candidate gave it.' })
  async jobUrl(@Root() application: Application, @Ctx() context: GraphQLContext): Promise<string | null> {
    return (await context.loaders.applicationDetails.load(application.id)).jobUrl;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where the job is, if the candidate said.' })
  async location(@Root() application: Application, @Ctx() context: GraphQLContext): Promise<string | null> {
    return (await context.loaders.applicationDetails.load(application.id)).location;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The candidate’s own notes on the application, if any.' })
  async notes(@Root() application: Application, @Ctx() context: GraphQLContext): Promise<string | null> {
    return (await context.loaders.applicationDetails.load(application.id)).notes;
  }
}
