import { graphql, type GraphQLObjectType } from 'graphql';
import { Authorized, buildSchemaSync, Field, FieldResolver, ObjectType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { dropPassThroughResolvers } from './pass-through-fields';

@ObjectType('PassThroughProbe', { description: 'A type with one field of each kind.' })
class Probe {
  @Field(() => String, { description: 'A property read as it is.' })
  plain!: string;

  @Authorized('STAFF')
  @Field(() => String, { description: 'A property only staff may read.' })
  guarded!: string;

  @Field(() => String, { name: 'renamed', description: 'A property answered under another name.' })
  original!: string;

  @Field(() => String, { description: 'Answered by a field resolver.' })
  computed!: string;
}

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => Probe, { description: 'The probe.' })
  probe(): Omit<Probe, 'computed'> {
    return { plain: 'plain', guarded: 'guarded', original: 'original' };
  }

  @FieldResolver(() => String, { description: 'Computed on demand.' })
  computed(): string {
    return 'computed';
  }
}

// Everyone is refused by the auth checker: a guarded field that answers would show the check gone.
const schema = buildSchemaSync({ resolvers: [ProbeResolver], authChecker: () => false, validate: false });
const dropped = dropPassThroughResolvers(schema);
const fields = (schema.getType('PassThroughProbe') as GraphQLObjectType).getFields();

describe('dropping pass-through resolvers', () => {
  it('removes the resolver of a plain property and nothing else', () => {
    expect(dropped).toBe(1);
    expect(fields['plain']?.resolve).toBeUndefined();
    expect(fields['guarded']?.resolve).toBeTypeOf('function');
    expect(fields['renamed']?.resolve).toBeTypeOf('function');
    expect(fields['computed']?.resolve).toBeTypeOf('function');
  });

  it('answers every field as before', async () => {
    const answer = await graphql({ schema, source: '{ probe { plain renamed computed } }' });
    expect(answer).toEqual({ data: { probe: { plain: 'plain', renamed: 'original', computed: 'computed' } } });
  });

  it('still refuses an @Authorized field to a viewer the auth checker refuses', async () => {
    const answer = await graphql({ schema, source: '{ probe { guarded } }' });
    expect(answer.errors?.[0]?.path).toEqual(['probe', 'guarded']);
    expect(answer.data).toBeNull();
  });
});
