// Builds each page as an app of its own (one entry, one CSS bundle, as a single-page app ships):
// in one multi-page build, Vite would split the stylesheet the pages share into a chunk of its own
// and link it after the page's CSS, which is not the order an app with one entry gets.
import { build } from 'vite'

for (const page of ['js-first', 'css-import', 'plain']) {
  await build({
    logLevel: 'warn',
    base: `/${page}/`,
    build: { outDir: `dist/${page}`, emptyOutDir: true, rolldownOptions: { input: `${page}.html` } },
  })
}
