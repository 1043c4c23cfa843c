/** What the benchmark and the profilers share: the page build, the static server, the browser launch. */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BASE_ARGS, chromiumEnv, chromiumPath, ensureChromium } from '../scripts/chromium.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
export const DIST = path.join(here, 'dist')

// The repo's pinned Chromium (scripts/chromium.mjs) with its base flags, not the tests'
// deterministic raster flags (a benchmark measures what users' browsers do); CHROMIUM_PATH
// overrides it.
const CHROMIUM = chromiumPath()
const CHROMIUM_ARGS = [...BASE_ARGS, '--js-flags=--expose-gc']
const CHROMIUM_ENV = chromiumEnv()

/** Unpacks the pinned Chromium if needed and launches it headless with the benchmark's flags. */
export async function launchBrowser() {
  await ensureChromium()
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, env: CHROMIUM_ENV })
}

/** Builds bench/page to bench/dist in production mode; `minify: false` keeps names for profiles. */
export async function buildPage({ minify = true } = {}) {
  const { build } = await import('vite')
  await build({ configFile: path.join(here, 'vite.config.ts'), logLevel: 'error', build: { minify } })
}

/** A tiny static server for bench/dist on 127.0.0.1, from port 6200 up (or any free port). */
export async function serve(root = DIST) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' }
  const server = createServer(async (request, response) => {
    const file = path.join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname))
    if (!file.startsWith(root)) return response.writeHead(403).end()
    try {
      const body = await readFile(file)
      response.writeHead(200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        // Cross-origin isolation gives performance.now() 5 us resolution instead of 100 us.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      }).end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  for (const port of [6200, 6201, 6202, 6203, 0]) {
    const ok = await new Promise((resolve) => {
      server.once('error', () => resolve(false))
      server.listen(port, '127.0.0.1', () => resolve(true))
    })
    if (ok) return server
  }
  throw new Error('no free port')
}

