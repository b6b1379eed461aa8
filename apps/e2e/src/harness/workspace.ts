import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The checkout's root directory (this file is apps/e2e/src/harness/workspace.ts). */
export const workspaceRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The built api's entry point, as `npm start` and CI run it. */
export const apiEntry = fileURLToPath(new URL('../../../../apps/api/dist/main.js', import.meta.url));

/** Where the e2e tests write what a person may want to look at afterwards. */
export const testOutputDir = fileURLToPath(new URL('../../test-output/', import.meta.url));

/** Where screenshots of every screen go. */
export const screenshotsDir = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));

/** Fails early, with the command to run, when the api has not been built. */
export const assertApiBuilt = (): void => {
  if (!existsSync(apiEntry)) {
    throw new Error(
      `${apiEntry} is missing: build the api and the apps first ` +
        '(NX_DAEMON=false npx nx run-many -t build -p @pivotal/api @pivotal/web @pivotal/admin)',
    );
  }
};
