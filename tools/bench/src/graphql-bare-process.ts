/**
 * The bare server as a process of its own (like the api, so that both are measured the same way):
 * `node --import tsx graphql-bare-process.ts` with PIVOTAL_READ_MODELS (the api's read-model file)
 * and PIVOTAL_JWT_SECRET (the api's secret). Prints one JSON line with its url; SIGTERM stops it.
 */
import { startBareServer } from './graphql-bare-server';

const readModelsFile = process.env['PIVOTAL_READ_MODELS'];
const secret = process.env['PIVOTAL_JWT_SECRET'];
if (!readModelsFile || !secret) {
  process.stderr.write('PIVOTAL_READ_MODELS and PIVOTAL_JWT_SECRET are required\n');
  process.exit(2);
}
const server = await startBareServer({ readModelsFile, jwtSecret: new TextEncoder().encode(secret) });
process.stdout.write(`${JSON.stringify({ listening: server.url })}\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
