import { graphql, GraphQLError, type ExecutionResult, type GraphQLObjectType } from 'graphql';
import { Arg, Authorized, buildSchemaSync, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root, type AuthCheckerFn } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { callFieldResolversDirectly, checkAuthorizedPropertiesDirectly } from './direct-field-resolvers';

interface ProbeContext {
  role: string | null;
  calls: string[];
}

@ObjectType('DirectProbe', { description: 'A type with one field of each kind.' })
class DirectProbe {
  @Field(() => String, { description: 'A plain property.' })
  plain!: string;

  @Authorized('STAFF')
  @Field(() => String, { description: 'A property only staff may read.' })
  guarded!: string;

  @Authorized()
  @Field(() => String, { description: 'A property anyone signed in may read.' })
  signedIn!: string;

  @Field(() => String, { description: 'Answered by a field resolver from the root and the context.' })
  computed!: string;

  @Field(() => String, { description: 'Answered by a field resolver with an argument.' })
  echoed!: string;

  @Field(() => String, { description: 'Answered by a field resolver only staff may call.' })
  secret!: string;
}

@Resolver(() => DirectProbe)
class DirectProbeResolver {
  @Query(() => [DirectProbe], { description: 'Two probes.' })
  probes(): Pick<DirectProbe, 'plain' | 'guarded' | 'signedIn'>[] {
    return [
      { plain: 'a', guarded: 'guarded a', signedIn: 'signed in a' },
      { plain: 'b', guarded: 'guarded b', signedIn: 'signed in b' },
    ];
  }

  @FieldResolver(() => String, { description: 'Computed.' })
  computed(@Root() probe: DirectProbe, @Ctx() context: ProbeContext): string {
    context.calls.push(`computed ${probe.plain} ${probe instanceof DirectProbe ? 'instance' : 'plain'}`);
    if (probe.plain === 'b' && context.role === 'BROKEN') throw new GraphQLError('b breaks', { extensions: { code: 'CONFLICT' } });
    return `${probe.plain} for ${context.role ?? 'nobody'}`;
  }

  @FieldResolver(() => String, { description: 'Echoed.' })
  echoed(@Root() probe: DirectProbe, @Arg('word', () => String, { description: 'A word.' }) word: string): string {
    return `${probe.plain} ${word}`;
  }

  @Authorized('STAFF')
  @FieldResolver(() => String, { description: 'Secret.' })
  secret(@Root() probe: DirectProbe): string {
    return `secret ${probe.plain}`;
  }
}

// Like the api's: throws its own errors; `false` exercises type-graphql's own refusal.
const authChecker: AuthCheckerFn<ProbeContext> = ({ context }, roles) => {
  if (context.role === 'REFUSED') return false;
  if (!context.role) throw new GraphQLError('sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
  if (roles.length > 0 && !roles.includes(context.role)) throw new GraphQLError('forbidden', { extensions: { code: 'FORBIDDEN' } });
  return true;
};

const build = () => buildSchemaSync({ resolvers: [DirectProbeResolver], authChecker, validate: false });
const typeGraphqlSchema = build();
const directSchema = build();
const authorizedChanged = checkAuthorizedPropertiesDirectly(directSchema, authChecker as AuthCheckerFn<never, never>);
const resolversChanged = callFieldResolversDirectly(directSchema);

const both = async (source: string, role: string | null) => {
  const run = async (schema: typeof directSchema) => {
    const context: ProbeContext = { role, calls: [] };
    const result: ExecutionResult = await graphql({ schema, source, contextValue: context });
    return {
      json: JSON.parse(JSON.stringify(result)) as unknown,
      errors: result.errors?.map((error) => ({ name: error.originalError?.name, extensions: { ...error.extensions } })),
      calls: context.calls,
    };
  };
  return { typeGraphql: await run(typeGraphqlSchema), direct: await run(directSchema) };
};

describe('authorized properties and field resolvers called directly', () => {
  it('changes the authorized properties and the field resolvers without arguments or roles, and nothing else', () => {
    expect(authorizedChanged).toBe(2);
    expect(resolversChanged).toBe(1);
    const changed = (field: string) =>
      (directSchema.getType('DirectProbe') as GraphQLObjectType).getFields()[field]?.resolve !==
      (typeGraphqlSchema.getType('DirectProbe') as GraphQLObjectType).getFields()[field]?.resolve;
    expect(['guarded', 'signedIn', 'computed'].every(changed)).toBe(true);
    const untouched = (field: string) =>
      (directSchema.getType('DirectProbe') as GraphQLObjectType).getFields()[field]?.resolve?.toString() ===
      (typeGraphqlSchema.getType('DirectProbe') as GraphQLObjectType).getFields()[field]?.resolve?.toString();
    expect(['echoed', 'secret'].every(untouched)).toBe(true);
  });

  it('answers every field as type-graphql does, to the viewer it lets through', async () => {
    const { typeGraphql, direct } = await both('{ probes { plain guarded signedIn computed echoed(word: "hi") secret } }', 'STAFF');
    expect(direct.errors).toBeUndefined();
    expect(direct.json).toEqual(typeGraphql.json);
    expect((direct.json as { data: { probes: { computed: string }[] } }).data.probes[1]?.computed).toBe('b for STAFF');
  });

  it('refuses the guarded property to another role and to nobody as type-graphql does: same errors, same paths, same nulls', async () => {
    for (const role of ['CANDIDATE', null, 'REFUSED']) {
      const { typeGraphql, direct } = await both('{ probes { plain guarded } }', role);
      expect(direct.errors?.length, String(role)).toBeGreaterThan(0);
      expect(direct, String(role)).toEqual(typeGraphql);
    }
    const refused = await both('{ probes { signedIn } }', 'REFUSED');
    expect(refused.direct.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(refused.direct).toEqual(refused.typeGraphql);
  });

  it('calls a field resolver with the same root values and context, and passes on what it throws', async () => {
    const { typeGraphql, direct } = await both('{ probes { computed } }', 'BROKEN');
    expect(direct.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT' });
    expect(direct.json).toEqual(typeGraphql.json);
    // type-graphql hands the method a copy of the root as an instance of its class; the values are the same.
    expect(direct.calls).toEqual(['computed a plain', 'computed b plain']);
    expect(typeGraphql.calls).toEqual(['computed a instance', 'computed b instance']);
  });
});
