import { defineConfig } from 'vite';

// `vite build`: the api and the @pivotal/* sources it imports, bundled into dist/main.js for
// Node; npm packages stay external (node_modules is there at run time).
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rolldownOptions: { input: 'src/main.ts', output: { entryFileNames: 'main.js', format: 'es' } },
  },
  ssr: {
    // Bundle the workspace's own sources (they are TypeScript); leave every npm package external.
    noExternal: [/^@pivotal\//],
  },
});
