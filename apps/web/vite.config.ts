import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The candidate app, served by the api at `/`; in development Vite proxies the api on :4000. */
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true, changeOrigin: true },
    },
  },
});
