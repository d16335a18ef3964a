import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API at /admin; in development the dev server forwards API calls to it.
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  server: { proxy: { '/graphql': api, '/reports': api } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
