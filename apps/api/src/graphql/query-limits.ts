import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator, getComplexity as GetComplexity } from 'graphql-query-complexity';

// Its ESM build imports `graphql/index.mjs`, a second copy of graphql beside the `graphql/index.js`
// every other package here loads ("another module or realm"); its CommonJS build shares ours.
const { getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as {
  getComplexity: typeof GetComplexity;
};

/** The deepest selection a query may have (a candidate dashboard is 5 deep). */
export const MAX_DEPTH = 10;
/** The most a query may cost: each field 1, a list field its page size (or its assumed size) times its selection. */
export const MAX_COST = 20_000;
/** The size a list field is assumed to have when it takes no `first`: what the domain allows or data shows. */
const ASSUMED_LIST_SIZES: Readonly<Record<string, number>> = {
  'Candidate.applications': 50,
  'Application.feedback': 1,
  'Application.interviews': 5,
  'Feedback.points': 20,
};
const ASSUMED_LIST_SIZE = 20;

// A request error, refused before execution: 400 like any other invalid request.
const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });

/** A validation rule: refuses any operation nested deeper than `maxDepth` (fragments followed, cycles cut). */
export const depthLimit =
  (maxDepth = MAX_DEPTH): ValidationRule =>
  (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode, depth: number, visiting: Set<string>): number => {
      let deepest = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          // A type reference's `ofType` chain only unwraps list and non-null wrappers: introspection needs it deep.
          const step = selection.name.value === 'ofType' ? 0 : 1;
          if (selection.selectionSet) deepest = Math.max(deepest, depthOf(selection.selectionSet, depth + step, visiting));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, visiting));
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || visiting.has(fragment.name.value)) continue;
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, new Set([...visiting, fragment.name.value])));
        }
        // Stop early: an absurd query needs no exact figure.
        if (deepest > maxDepth) return deepest;
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 1, new Set());
        if (depth > maxDepth) {
          context.reportError(
            tooComplex(`the query is nested ${depth > maxDepth + 1 ? 'more than ' + maxDepth : depth} deep; at most ${maxDepth} levels are allowed`),
          );
        }
      },
    };
  };

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/** Each field costs 1 plus its selection; a list field multiplies its selection by its `first` (or 20). */
const pageAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection reads the schema, not the data: its lists are as long as the schema, whatever is asked.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
  // A connection's `nodes` are the page its field already paid for.
  if (/Connection$/.test(type.name)) return 1 + childComplexity;
  if (!isList(field.type) && !/Connection$/.test(getNamedType(field.type).name)) return 1 + childComplexity;
  const first =
    typeof args['first'] === 'number' ? Math.max(args['first'], 1) : (ASSUMED_LIST_SIZES[`${type.name}.${field.name}`] ?? ASSUMED_LIST_SIZE);
  return 1 + first * childComplexity;
};

// Costs of recent (document, variables): a client repeats the same few operations.
const knownCosts = new Map<string, number>();
const KNOWN_COSTS_LIMIT = 1000;

/** The cost of an operation with its variables; throws QUERY_TOO_COMPLEX over `maxCost`. */
export const assertAffordable = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  maxCost = MAX_COST,
  cacheKey?: string,
): number => {
  const known = cacheKey === undefined ? undefined : knownCosts.get(cacheKey);
  const estimate = known ?? estimateCost(schema, document, variables, operationName);
  const cost = estimate ?? 0;
  // No estimate (variables that do not fit) is never remembered: a key may not cover every variable.
  if (cacheKey !== undefined && known === undefined && estimate !== null) {
    if (knownCosts.size >= KNOWN_COSTS_LIMIT) knownCosts.clear();
    knownCosts.set(cacheKey, cost);
  }
  if (cost > maxCost) throw tooComplex(`the query would cost ${cost}; at most ${maxCost} is allowed (ask for smaller pages)`);
  return cost;
};

const estimateCost = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | null => {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      estimators: [pageAwareEstimator],
      ...(variables ? { variables } : {}),
      ...(operationName ? { operationName } : {}),
    });
  } catch (error) {
    // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT before running anything.
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  return cost;
};
