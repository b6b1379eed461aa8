/**
 * Personal paths name fields of an event's data: `company`, or `points[].note` for the `note` of
 * every element of `points`. A leaf is a value found at a path that holds something (not null or
 * absent); leaves are visited path by path and, within an array, in index order, so that a copy
 * whose leaves were replaced is visited in the same order as the original.
 */
interface Step {
  readonly key: string;
  readonly each: boolean;
}

const parsed = new Map<string, readonly Step[]>();

const stepsOf = (path: string): readonly Step[] => {
  let steps = parsed.get(path);
  if (!steps) {
    steps = path
      .split('.')
      .map((part) => (part.endsWith('[]') ? { key: part.slice(0, -2), each: true } : { key: part, each: false }));
    parsed.set(path, steps);
  }
  return steps;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `node` with each leaf under `steps` replaced by `replace(leaf)`; `node` itself when none. */
const mapSteps = (node: unknown, steps: readonly Step[], at: number, replace: (leaf: unknown) => unknown): unknown => {
  if (at === steps.length) return node === null || node === undefined ? node : replace(node);
  if (!isRecord(node)) return node;
  const { key, each } = steps[at] as Step;
  const child = node[key];
  let next: unknown;
  if (each) {
    if (!Array.isArray(child)) return node;
    let changed = false;
    const items = child.map((item: unknown) => {
      const mapped = mapSteps(item, steps, at + 1, replace);
      changed ||= mapped !== item;
      return mapped;
    });
    next = changed ? items : child;
  } else {
    next = mapSteps(child, steps, at + 1, replace);
  }
  return next === child ? node : { ...node, [key]: next };
};

/** A copy of `data` (shared where nothing changed) whose leaves at `paths` are `replace(leaf)`. */
export const mapPersonalLeaves = (
  data: unknown,
  paths: readonly string[],
  replace: (leaf: unknown) => unknown,
): unknown => paths.reduce((node, path) => mapSteps(node, stepsOf(path), 0, replace), data);
