/** The admin app as a component, for embedding and tests; `main.tsx` mounts it in the browser. */
export { App, type AppProps } from './app';
export { createAdminClient, createAdminSessionStore } from './session/admin-client';
