import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The admin app is served by the api under /admin/; in development Vite proxies the api. */
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  // GraphiQL is one lazily loaded chunk of about 750 kB; the main bundle stays far below this.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
  server: {
    port: 5174,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true, changeOrigin: true },
    },
  },
});
