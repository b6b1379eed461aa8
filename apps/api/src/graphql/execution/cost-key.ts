import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';

// Per document: the variables whose values can change its cost estimate, found once.
const costVariablesByDocument = new WeakMap<DocumentNode, readonly string[]>();

const variablesIn = (value: ValueNode, into: Set<string>): void => {
  if (value.kind === Kind.VARIABLE) into.add(value.name.value);
  else if (value.kind === Kind.LIST) value.values.forEach((item) => variablesIn(item, into));
  else if (value.kind === Kind.OBJECT) value.fields.forEach((field) => variablesIn(field.value, into));
};

/**
 * The variables of a document that its cost can depend on: those in a `first` argument (a page
 * size multiplies its selection) and those of `@skip` / `@include` (which drop a selection).
 * Everything else a variable carries (an application's company, a goal's title) costs nothing more.
 */
export const costVariables = (document: DocumentNode): readonly string[] => {
  let names = costVariablesByDocument.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Argument(argument) {
        if (argument.name.value === 'first') variablesIn(argument.value, found);
      },
      Directive(directive) {
        if (directive.name.value === 'skip' || directive.name.value === 'include') {
          for (const argument of directive.arguments ?? []) variablesIn(argument.value, found);
        }
      },
    });
    names = [...found].sort();
    costVariablesByDocument.set(document, names);
  }
  return names;
};

/**
 * The key under which an operation's cost is remembered: its name and text, and the values of only
 * the variables the cost depends on. Mutations that differ only in their input share one estimate
 * instead of each paying for a walk of the document. Undefined for a text too long to keep.
 */
export const costKey = (
  document: DocumentNode,
  operationName: string | null | undefined,
  query: string | undefined,
  variables: Record<string, unknown> | undefined,
): string | undefined => {
  if (!query || query.length >= 10_000) return undefined;
  // [value] when sent, [] when absent: an absent variable takes its default, which may cost more than null.
  const relevant = costVariables(document).map((name) => (variables && Object.hasOwn(variables, name) ? [variables[name]] : []));
  return `${operationName ?? ''}\u0000${query}\u0000${JSON.stringify(relevant)}`;
};
