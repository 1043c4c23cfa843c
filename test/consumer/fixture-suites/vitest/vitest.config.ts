// All the config the suite needs: the jsdom environment. No setup file, no globals, no plugin.
import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { environment: 'jsdom' } })
