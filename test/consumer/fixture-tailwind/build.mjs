// Builds each page as an app of its own (one entry, one CSS bundle, as a single-page app ships):
// in one multi-page build, Vite would split the stylesheet the pages share into a chunk of its own
// and link it after the page's CSS, which is not the order an app with one entry gets.
//   js-first    src/entry-js-first.tsx: import '@statuskit/react/styles.css', then the app's CSS
//   css-import  src/entry-css-import.tsx: @import it in the app's CSS after @import 'tailwindcss'
//   plain       src/entry-plain.tsx: the same app without Tailwind (the reference)
import { build } from 'vite'

for (const page of ['js-first', 'css-import', 'plain']) {
  await build({
    logLevel: 'warn',
    base: `/${page}/`,
    build: { outDir: `dist/${page}`, emptyOutDir: true },
    plugins: [{ name: 'entry', transformIndexHtml: { order: 'pre', handler: (html) => html.replace('/src/entry.tsx', `/src/entry-${page}.tsx`) } }],
  })
}
