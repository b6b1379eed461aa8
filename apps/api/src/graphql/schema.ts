import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchemaSync, type AuthCheckerFn, type PubSub } from 'type-graphql';
import { authChecker } from './auth-checker';
import { callFieldResolversDirectly, checkAuthorizedPropertiesDirectly } from './execution/direct-field-resolvers';
import { dropPassThroughResolvers } from './execution/pass-through-fields';
import { AccountResolver } from './resolvers/account.resolver';
import { AnalyticsResolver } from './resolvers/analytics.resolver';
import { ApplicationDetailsResolver } from './resolvers/application-details.resolver';
import { ApplicationMutationsResolver } from './resolvers/application-mutations.resolver';
import { ApplicationResolver } from './resolvers/application.resolver';
import { ApplicationsCsvResolver } from './resolvers/applications-csv.resolver';
import { ApplicationTrackerResolver } from './resolvers/application-tracker.resolver';
import { AnalyticsReflectionResolver } from './resolvers/analytics-reflection.resolver';
import { RemindersResolver } from './resolvers/reminders.resolver';
import { CandidateResolver } from './resolvers/candidate.resolver';
import { FeedbackAssignmentResolver } from './resolvers/feedback-assignment.resolver';
import { FeedbackQueueResolver } from './resolvers/feedback-queue.resolver';
import { FeedbackWorkloadResolver } from './resolvers/feedback-workload.resolver';
import { FeedbackResolver } from './resolvers/feedback.resolver';
import { GoalResolver } from './resolvers/goal.resolver';
import { PrivacyResolver } from './resolvers/privacy.resolver';
import { CandidateErasedResolver } from './resolvers/candidate-erased.resolver';
import { SubscriptionResolver } from './resolvers/subscription.resolver';
import { ViewerResolver } from './resolvers/viewer.resolver';

/** Every resolver of the public schema. */
export const resolvers = [
  ViewerResolver,
  AccountResolver,
  CandidateResolver,
  ApplicationResolver,
  ApplicationMutationsResolver,
  FeedbackResolver,
  FeedbackQueueResolver,
  FeedbackAssignmentResolver,
  FeedbackWorkloadResolver,
  GoalResolver,
  AnalyticsResolver,
  SubscriptionResolver,
  PrivacyResolver,
  CandidateErasedResolver,
  ApplicationDetailsResolver,
  ApplicationsCsvResolver,
  ApplicationTrackerResolver,
  RemindersResolver,
  AnalyticsReflectionResolver,
] as const;

/** Pivotal's GraphQL schema, built from the type-graphql classes; subscriptions listen on `pubSub`. */
export const buildPivotalSchema = (pubSub: PubSub): GraphQLSchema => {
  const schema = buildSchemaSync({
    resolvers: [...resolvers],
    authChecker,
    pubSub,
    // Optional inputs may be absent or null; a value present must pass its bounds.
    validate: { skipUndefinedProperties: true, skipNullProperties: true, forbidUnknownValues: false },
  });
  // Plain properties need no resolver of type-graphql's (a call and a closure per field per row).
  dropPassThroughResolvers(schema);
  // Authorized properties and plain field resolvers without type-graphql's per-row handler (same checks, same calls).
  checkAuthorizedPropertiesDirectly(schema, authChecker as AuthCheckerFn<never, never>);
  callFieldResolversDirectly(schema);
  // type-graphql has no option for the root types' descriptions.
  describe(schema.getQueryType(), 'What can be read. Every answer comes from the read models.');
  describe(schema.getMutationType(), 'What can be done. Each mutation is a command; it answers once the read models show it.');
  describe(schema.getSubscriptionType(), 'Live updates over graphql-ws, sent after the read models commit.');
  return schema;
};

const describe = (type: GraphQLObjectType | null | undefined, description: string) => {
  if (type) type.description = description;
};
