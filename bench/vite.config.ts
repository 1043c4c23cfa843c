import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** The benchmark page, built in production mode (React's production build) to bench/dist. */
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: './',
  mode: 'production',
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true, reportCompressedSize: false },
})
