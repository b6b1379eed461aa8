// Before graphql loads: its development mode checks every type with a slow cross-realm test, and
// Apollo reads it too (introspection and stack traces are set explicitly, so nothing else changes).
process.env['NODE_ENV'] ??= 'production';
// type-graphql reads the types of decorated members from this registry: load it before any class.
await import('reflect-metadata');
const { GraphQLError } = await import('graphql');
const { runCli } = await import('./cli/cli');

try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  // An operator's mistake (a taken code, an unknown agency) reads as one line; a bug keeps its stack.
  if (error instanceof GraphQLError || (error instanceof Error && 'code' in error && typeof error.code === 'string' && /^[A-Z_]+$/.test(error.code))) {
    process.stderr.write(`pivotal: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}

export {};
