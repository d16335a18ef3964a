import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API at /portal; in development the dev server forwards API calls to it.
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/portal/',
  plugins: [react()],
  server: { proxy: { '/graphql': api, '/signup': api, '/pricing': api } },
  build: { outDir: 'dist', emptyOutDir: true },
});
