// A tiny static server for the Storybook build, started by playwright.config.ts (webServer).
// Usage: node test/visual/serve.mjs [dir=storybook-static] [port=6106]
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

const root = resolve(process.argv[2] ?? 'storybook-static')
const port = Number(process.argv[3] ?? 6106)
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ico': 'image/x-icon', '.map': 'application/json',
}

createServer(async (request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
  const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname))
  if (file !== root && !file.startsWith(root + sep)) return void response.writeHead(403).end()
  try {
    const body = await readFile(file)
    // Built assets have content hashes in their names: let the browser keep them (and its compiled
    // code) between pages. iframe.html and index.json are always fetched afresh.
    const cache = pathname.startsWith('/assets/') || extname(file) === '.woff2' ? 'public, max-age=3600, immutable' : 'no-store'
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': cache }).end(body)
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${pathname}`)
  }
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}`))
