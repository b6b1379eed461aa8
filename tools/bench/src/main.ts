/**
 * `npm run bench -- <name> [options]`: runs tools/bench/src/<name>.bench.ts.
 * Each benchmark prints its figures and ends with one JSON line.
 */
const benches = ['append', 'projections', 'graphql', 'replicas', 'faults'] as const;
const [name, ...args] = process.argv.slice(2);

if (!name || !(benches as readonly string[]).includes(name)) {
  console.error(`usage: npm run bench -- <${benches.join('|')}> [options]`);
  process.exit(2);
}
const bench = (await import(`./${name}.bench.ts`)) as { run: (args: string[]) => Promise<void> };
await bench.run(args);
