import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../testing/run-cli-captured';
import { loadConfig } from '../config';
import { createPivotal } from '../pivotal';
import { startTestServer, type TestServer } from '../testing/test-server';
import { startControlSocket, type ControlSocket } from './control-socket';
import { controlSocketOf, eventsFileOf, ReadModelsBusy } from './data-files';

let app: TestServer;
let control: ControlSocket | null;
const env = () => ({ PIVOTAL_DATA_DIR: app.dataDir, LOG_LEVEL: 'silent', PIVOTAL_DEMO: '0' });

beforeAll(async () => {
  app = await startTestServer();
  const { pivotal } = app;
  control = await startControlSocket(controlSocketOf(pivotal.config.readModelsFile), {
    runner: pivotal.runner!,
    walFiles: [eventsFileOf(pivotal.config), pivotal.config.readModelsFile],
    log: pivotal.log,
  });
});
afterAll(async () => {
  await control?.close();
  await app.close({ removeData: true });
});

/** The operator CLI on the running server's data dir: its exit code and what it printed. */
const cli = (...argv: string[]) => runCliCaptured(argv, env());

describe('one projection writer per read-model file', () => {
  it('refuses a second server on the same read-model file, naming the file', async () => {
    const config = loadConfig({ ...env(), PORT: '0' });
    await expect(createPivotal(config)).rejects.toThrow(ReadModelsBusy);
    await expect(createPivotal(config)).rejects.toThrow(/read-models\.sqlite.*PIVOTAL_READ_MODELS_FILE/);
  });

  it('lets an operator command run beside the server: it appends, and answers once the server projected it', async () => {
    const created = await cli('agency', 'create', '--name', 'Beside The Server', '--code', 'BESIDE');
    expect(created).toMatchObject({ code: 0, output: expect.stringMatching(/join with the code BESIDE/) });
    // Read straight away from the server's own read models: the command waited for them.
    expect(app.pivotal.services.queries.agencyByJoinCode('BESIDE')).toMatchObject({ name: 'Beside The Server' });
  });

  it('has the running server rebuild when the operator asks for a rebuild, the read models answering as before', async () => {
    const rebuilt = await cli('projections', 'rebuild');
    expect(rebuilt).toMatchObject({ code: 0, output: expect.stringMatching(/Rebuilt every projection: \d+ events .*by the running server/) });
    expect(app.pivotal.services.queries.agencyByJoinCode('BESIDE')).toMatchObject({ name: 'Beside The Server' });
    const checkpoint = await cli('checkpoint');
    expect(checkpoint).toMatchObject({ code: 0, output: expect.stringMatching(/Checkpointed .*events\.sqlite/) });
  });

  it('lets a replica with a read-model file of its own serve the same store, caught up from the log', async () => {
    const replica = await createPivotal(loadConfig({ ...env(), PORT: '0', PIVOTAL_READ_MODELS_FILE: join(app.dataDir, 'read-models-2.sqlite') }));
    try {
      expect(replica.runner).not.toBeNull();
      expect(replica.services.queries.agencyByJoinCode('BESIDE')).toMatchObject({ name: 'Beside The Server' });
    } finally {
      await replica.close();
    }
  });
});
