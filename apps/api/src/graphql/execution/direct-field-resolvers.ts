import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { AuthenticationError, AuthorizationError, getMetadataStorage, type AuthCheckerFn } from 'type-graphql';

type Resolve = GraphQLFieldResolver<unknown, unknown>;

/** Type-graphql's metadata of the object types that built `schema`, less names two classes share (which built it is unknown). */
const unambiguousObjectTypes = () => {
  const storage = getMetadataStorage();
  const names = storage.objectTypes.map((objectType) => objectType.name);
  const ambiguous = new Set(names.filter((name, at) => names.indexOf(name) !== at));
  return { storage, objectTypes: storage.objectTypes.filter((objectType) => !ambiguous.has(objectType.name)) };
};

/**
 * An `@Authorized` property (no field resolver, no middleware) answered without type-graphql's
 * middleware chain: that chain is async, so each such field of each row (a candidate's name and
 * email in a list of 50) costs two or three promises and makes graphql-jit wait for a leaf. The
 * check is the same: the auth checker with the field's roles, and a refusal answered exactly as
 * type-graphql's AuthMiddleware answers it (in its default "error" mode). Assumes the schema was
 * built without global middlewares and with a plain-function auth checker. Answers how many
 * fields it changed.
 */
export const checkAuthorizedPropertiesDirectly = (schema: GraphQLSchema, authChecker: AuthCheckerFn<never, never>): number => {
  const { storage, objectTypes } = unambiguousObjectTypes();
  const hasFieldResolver = (target: object, name: string) =>
    storage.fieldResolvers.some((resolver) => resolver.getObjectType?.() === target && resolver.methodName === name);
  let changed = 0;
  for (const objectType of objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const target = fields[field.schemaName];
      const roles = field.roles as never[] | undefined;
      const authorizedProperty =
        roles !== undefined &&
        field.name === field.schemaName &&
        (field.middlewares?.length ?? 0) === 0 &&
        !hasFieldResolver(field.target, field.name);
      if (!target?.resolve || !authorizedProperty) continue;
      const name = field.name;
      target.resolve = ((root: Record<string, unknown>, args: Record<string, unknown>, context: never, info) => {
        if (!authChecker({ root, args, context, info } as never, roles)) {
          throw roles.length === 0 ? new AuthenticationError() : new AuthorizationError();
        }
        return root[name];
      }) as Resolve;
      changed += 1;
    }
  }
  return changed;
};

type ParamKind = 'root' | 'context' | 'info';

/** Whether instances of `type` carry nothing a plain object lacks (no methods, no accessors): type-graphql's conversion of a root to it is then a copy. */
const isPlainDataClass = (type: unknown): boolean =>
  typeof type === 'function' && Object.getOwnPropertyNames((type as { prototype: object }).prototype).every((key) => key === 'constructor');

/** The method called with the values of its parameters' kinds, without an array per call for the usual shapes. */
const directCall = (instance: object, method: (...values: unknown[]) => unknown, kinds: readonly ParamKind[]): Resolve => {
  switch (kinds.join(',')) {
    case '':
      return () => method.call(instance);
    case 'root':
      return (root) => method.call(instance, root);
    case 'root,context':
      return (root, _args, context) => method.call(instance, root, context);
    case 'context,root':
      return (root, _args, context) => method.call(instance, context, root);
    default:
      return (root, _args, context, info) =>
        method.apply(
          instance,
          kinds.map((kind) => (kind === 'root' ? root : kind === 'context' ? context : info)),
        );
  }
};

/**
 * A field resolver method with no roles, no middleware and only `@Root`, `@Ctx` and `@Info`
 * parameters, called straight from graphql rather than through type-graphql's handler: that
 * handler sorts the parameters, copies the root into an instance of its class and runs an empty
 * middleware chain on every call, for every row. Called on the same kind of instance (type-graphql's
 * default container makes one per resolver class; ours have no constructor arguments), with the
 * same arguments; a root whose class has methods or accessors keeps type-graphql's handler, as does
 * every resolver with arguments (validated by type-graphql) or roles. Answers how many it changed.
 */
export const callFieldResolversDirectly = (schema: GraphQLSchema): number => {
  const { storage, objectTypes } = unambiguousObjectTypes();
  const instances = new Map<object, Record<string, (...params: unknown[]) => unknown>>();
  const instanceOf = (target: object) => {
    let instance = instances.get(target);
    if (!instance) {
      instance = new (target as new () => Record<string, (...params: unknown[]) => unknown>)();
      instances.set(target, instance);
    }
    return instance;
  };
  let changed = 0;
  for (const objectType of objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const resolver of storage.fieldResolvers) {
      if (resolver.kind !== 'external' || resolver.getObjectType?.() !== objectType.target) continue;
      const target = fields[resolver.schemaName];
      const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
      const direct =
        target?.resolve &&
        resolver.roles === undefined &&
        (resolver.middlewares?.length ?? 0) === 0 &&
        params.every((param, at) => param.index === at) &&
        params.every(
          (param) =>
            (param.kind === 'root' && !param.propertyName && (!param.getType || isPlainDataClass(param.getType()))) ||
            (param.kind === 'context' && !param.propertyName) ||
            param.kind === 'info',
        );
      if (!target || !direct) continue;
      const kinds = params.map((param) => param.kind as ParamKind);
      const instance = instanceOf(resolver.target);
      const method = instance[resolver.methodName] as (...values: unknown[]) => unknown;
      target.resolve = directCall(instance, method, kinds);
      changed += 1;
    }
  }
  return changed;
};
