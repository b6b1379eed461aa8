import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type PivotalConfig } from '../config';
import { DEMO_JOIN_CODE, demoBanner } from '../demo/demo-accounts';
import { seedDemo } from '../demo/seed-demo';
import { startServer } from '../http/server';
import { createPivotal, type Pivotal } from '../pivotal';
import { controlSocketOf, eventsFileOf } from '../operations/data-files';
import { startControlSocket } from '../operations/control-socket';
import { serveReplicas } from '../operations/replicas';
import { encryptExistingCommand } from './encrypt-existing-command';
import { backupCommand, checkpointCommand, rebuildByServer, restoreCommand } from './operations-commands';
import { readPassword } from './read-password';
import { rebuildProgress } from './rebuild-progress';

const USAGE = `usage: npm run pivotal -- <command>

  serve [--replicas N]                   start the api (and web, admin) on HOST:PORT; with N > 1, N api
                                         processes behind a load balancer on HOST:PORT
  seed-demo                              write the demo agency and history into an empty store
  projections rebuild [name]             rebuild one read model, or all, from the log (by the running
                                         server when one writes the read models)
  checkpoint                             fold the WAL of the event store and read models into their files
  backup --to FILE                       an online, consistent copy of the embedded event store
  restore --from FILE                    replace the event store with a backup (every server stopped)
  privacy encrypt-existing               seal the personal fields that an older store holds in clear, then
                                         vacuum it (every server stopped; run again, it changes nothing)
  agency create --name NAME --code CODE  found an agency with a join code
  staff create --agency CODE --email EMAIL --role STAFF|ANALYST [--name NAME]
                                         a staff or analyst account (password prompted, or read from stdin)

Configuration comes from the environment: PORT, HOST, PIVOTAL_DATA_DIR, PIVOTAL_DEMO,
PIVOTAL_EVENT_STORE, EVENTSTORE_CONNECTION_STRING, PIVOTAL_KEYS_FILE, PIVOTAL_JWT_SECRET, LOG_LEVEL (see apps/api/README.md).
Operator commands are safe while the server runs: they append to the event store and wait for the
server's projections; a rebuild or a checkpoint is asked of the server (PIVOTAL_READ_MODELS_FILE
picks which one). \`restore\` needs every server of the data dir stopped.`;

const out = (line: string) => process.stdout.write(`${line}\n`);

/** Opens the process parts, runs `body`, and closes them whatever happens. */
const withPivotal = async <T>(config: PivotalConfig, body: (pivotal: Pivotal) => Promise<T>): Promise<T> => {
  // Beside a running server this process only reads the read models, and waits for that server's checkpoints.
  const pivotal = await createPivotal(config, { projectionWriter: 'when-free' });
  try {
    return await body(pivotal);
  } finally {
    await pivotal.close();
  }
};

const serve = async (config: PivotalConfig): Promise<number> => {
  const started = Date.now();
  const pivotal = await createPivotal(config);
  if (config.demo) {
    const seeded = await seedDemo(pivotal);
    if (seeded.seeded) pivotal.log.info({ events: seeded.events }, 'seeded the demo agency');
  }
  const server = await startServer(pivotal.schema, pivotal.services, { port: config.port, host: config.host, trustProxy: config.trustProxy });
  const control = pivotal.runner
    ? await startControlSocket(controlSocketOf(config.readModelsFile), {
        runner: pivotal.runner,
        walFiles: [...(config.eventStore.kind === 'sqlite' ? [eventsFileOf(config)] : []), config.readModelsFile],
        log: pivotal.log,
      })
    : null;
  // The sign-ins exist when this store was seeded, now or on an earlier start.
  if (config.demo && (await pivotal.services.accounts.agencyIdByCode(DEMO_JOIN_CODE))) out(demoBanner());
  out(`Pivotal is listening on ${server.url} (GraphQL at ${server.url}/graphql, admin at ${server.url}/admin/), ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      pivotal.log.info({ signal }, 'stopping: draining requests');
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  await control?.close();
  await server.close();
  pivotal.log.info('requests drained, server closed');
  await pivotal.close();
  pivotal.log.info('projections stopped, databases closed: stopped cleanly');
  return 0;
};

/** Runs one operator command; answers the process exit code. */
export const runCli = async (argv: string[], env: Record<string, string | undefined> = process.env): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      code: { type: 'string' },
      agency: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      to: { type: 'string' },
      from: { type: 'string' },
      replicas: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub, arg] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return values.help ? 0 : 2;
  }
  let config: PivotalConfig;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const now = new Date();

  switch (`${command} ${sub ?? ''}`.trim()) {
    case 'serve': {
      const replicas = Number(values.replicas ?? '1');
      if (!Number.isInteger(replicas) || replicas < 1 || replicas > 16) {
        process.stderr.write('--replicas must be a whole number from 1 to 16\n');
        return 2;
      }
      return replicas === 1 ? serve(config) : serveReplicas(config, replicas, env);
    }
    case 'backup':
      if (!values.to) {
        process.stderr.write('backup needs --to FILE\n');
        return 2;
      }
      return backupCommand(config, values.to, out);
    case 'restore':
      if (!values.from) {
        process.stderr.write('restore needs --from FILE\n');
        return 2;
      }
      return restoreCommand(config, values.from, out);
    case 'checkpoint':
      return checkpointCommand(config, out);
    case 'privacy encrypt-existing':
      return encryptExistingCommand(config, out);
    case 'seed-demo':
      return withPivotal(config, async (pivotal) => {
        const seeded = await seedDemo(pivotal);
        out(seeded.seeded ? `Seeded ${seeded.events} generated events.\n${demoBanner()}` : 'The store already has events: nothing seeded.');
        return 0;
      });
    case 'projections rebuild':
      return withPivotal(config, async (pivotal) => {
        const progress = rebuildProgress();
        const result = pivotal.runner
          ? await pivotal.runner.rebuild(arg, (p) => progress.update(p))
          : await rebuildByServer(config, arg, progress);
        progress.stop();
        out(`Rebuilt ${arg ?? 'every projection'}: ${result.events} events in ${(result.elapsedMs / 1000).toFixed(1)} s${pivotal.runner ? '' : ' (by the running server)'}.`);
        return 0;
      });
    case 'agency create': {
      if (!values.name || !values.code) {
        process.stderr.write('agency create needs --name and --code\n');
        return 2;
      }
      const { name, code } = values;
      return withPivotal(config, async (pivotal) => {
        const agency = await pivotal.services.accounts.createAgency({ name, joinCode: code }, { now });
        out(`Created agency ${name} (${agency.agencyId}); candidates join with the code ${agency.joinCode}.`);
        return 0;
      });
    }
    case 'staff create': {
      const role = values.role?.toUpperCase();
      if (!values.agency || !values.email || (role !== 'STAFF' && role !== 'ANALYST')) {
        process.stderr.write('staff create needs --agency CODE --email EMAIL --role STAFF|ANALYST\n');
        return 2;
      }
      const password = await readPassword(`Password for ${values.email}: `);
      if (password.length < 8) {
        process.stderr.write('the password must be at least 8 characters\n');
        return 2;
      }
      const { agency, email } = values;
      return withPivotal(config, async (pivotal) => {
        const account = await pivotal.services.accounts.createStaff(
          { agencyCode: agency, email, name: values.name ?? email.split('@')[0] ?? email, role, password },
          { now },
        );
        out(`Created ${role} ${account.email} (${account.accountId}) in agency ${agency}.`);
        return 0;
      });
    }
    default:
      process.stderr.write(`unknown command: ${positionals.join(' ')}\n\n${USAGE}\n`);
      return 2;
  }
};
