import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

/** The repository root: the nearest folder up from here that holds `apps/api/package.json`. */
export const findRepositoryRoot = (from = dirname(fileURLToPath(import.meta.url))): string => {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'apps', 'api', 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
};

const notBuiltPage = (title: string, project: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto">
<h1>${title} is not built yet</h1>
<p>Build it with <code>npx nx run ${project}:build</code> (or <code>npm start</code>), then reload.
GraphQL answers at <a href="/graphql">/graphql</a> meanwhile.</p>
</body></html>`;

/**
 * A built single-page app: its files, and its index.html for any other GET under it (client-side
 * routes); a plain "not built yet" page when its dist folder is missing.
 */
export const singlePageApp = (distDir: string, title: string, project: string): Router => {
  const router = express.Router();
  const index = join(distDir, 'index.html');
  router.use(express.static(distDir, { index: false, fallthrough: true, maxAge: '1h' }));
  router.get(/.*/, (_req, res) => {
    if (existsSync(index)) {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    } else {
      res.status(200).type('html').send(notBuiltPage(title, project));
    }
  });
  return router;
};

/** Where the web and admin builds are: `apps/web/dist` and `apps/admin/dist` of the repository. */
export const appDistDirs = (root = findRepositoryRoot()) => ({
  web: resolve(root, 'apps', 'web', 'dist'),
  admin: resolve(root, 'apps', 'admin', 'dist'),
});
