/** `npx tsx libs/projections/src/rebuild-cli.ts --events-db PATH --read-db PATH [name]` */
import { runRebuildCli } from './rebuild-command';

runRebuildCli(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
