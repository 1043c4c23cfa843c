/**
 * The one Chromium that every browser test runs on (visual shots, story tests, consumer checks,
 * benchmarks): the build that `@sparticuz/chromium` ships inside its npm package, at the exact
 * version package-lock.json pins. `npm ci` therefore installs the same browser on every Linux x64
 * machine, with no apt step and no download, and the visual baselines do not expire when a
 * distribution moves its Chromium.
 *
 * The package ships Chromium brotli-compressed; `ensureChromium()` unpacks it once per version
 * into node_modules/.cache (atomically: a half-unpacked folder is never used). `chromiumPath()`
 * is synchronous, for config files; the preflight (`node scripts/chromium.mjs`) and the visual
 * suite's global setup call `ensureChromium()` before any launch.
 *
 * Fonts are pinned too: Chromium reads fontconfig's list from a config written here that names
 * only the fonts shipped in the package (the stories load Inter as a web font; system fonts
 * would only be fallbacks, and they differ between machines).
 *
 * CHROMIUM_PATH=/path/to/chrome overrides the pinned build (other platforms, debugging). The
 * visual baselines match only the pinned build: the visual suite says so before any diff.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const PINNED_PACKAGE = '@sparticuz/chromium'
const packageDir = join(root, 'node_modules', PINNED_PACKAGE)
/** The version package.json pins (exact, no range): the cache folder is named after it. */
export const PINNED_VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies[PINNED_PACKAGE]
const cacheDir = join(root, 'node_modules', '.cache', 'statuskit-chromium', PINNED_VERSION)
const pinnedExecutable = join(cacheDir, 'chromium')
const fontsConfig = join(cacheDir, 'fonts.conf')

/** Flags for every launch. The package's own flags are for AWS Lambda (single process, no web security): not used. */
export const BASE_ARGS = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  // No network but loopback here: nothing may try to phone home.
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-domain-reliability',
  // Keep timers and frames at full speed in pages nobody looks at (workers run side by side).
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
]

/**
 * Flags for identical pixels on every run, idle or loaded. Tests use them; the benchmark does not
 * (it measures what users' browsers do).
 */
export const DETERMINISTIC_ARGS = [
  // Glyphs without hinting; sRGB output whatever the machine's colour profile.
  '--font-render-hinting=none', '--force-color-profile=srgb', '--disable-lcd-text',
  // One raster thread that paints whole tiles, never partial or checkerboarded ones, and every
  // compositor stage done before a frame is drawn: what is drawn no longer depends on timing.
  '--num-raster-threads=1', '--disable-partial-raster', '--disable-checker-imaging', '--run-all-compositor-stages-before-draw',
  '--disable-threaded-animation', '--disable-threaded-scrolling',
]

export const CHROMIUM_ARGS = [...BASE_ARGS, ...DETERMINISTIC_ARGS]

/** The executable to launch: CHROMIUM_PATH if set, else the pinned build (unpacked by ensureChromium). */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || pinnedExecutable
}

/** True when CHROMIUM_PATH replaces the pinned build. */
export function isOverridden() {
  return Boolean(process.env.CHROMIUM_PATH)
}

/** Environment for a launch: the pinned build gets the pinned fonts; an override keeps the machine's. */
export function chromiumEnv() {
  return isOverridden() ? { ...process.env } : { ...process.env, FONTCONFIG_FILE: fontsConfig }
}

/** Launch options for playwright(-core)'s chromium.launch, shared by every browser suite. */
export function launchOptions(extraArgs = []) {
  return { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs], env: chromiumEnv() }
}

class ChromiumError extends Error {}

/**
 * Unpacks the pinned build if this version is not unpacked yet and returns the executable's path.
 * Failures end in one clear message (ChromiumError), never in a stack trace from the unpacker.
 * `where` exists for the tests: another package folder or cache folder.
 */
export async function ensureChromium(where = {}) {
  if (isOverridden() && !where.packageDir) {
    if (!existsSync(process.env.CHROMIUM_PATH)) throw new ChromiumError(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`)
    return process.env.CHROMIUM_PATH
  }
  const from = where.packageDir ?? packageDir
  const into = where.cacheDir ?? cacheDir
  const executable = join(into, 'chromium')
  if (existsSync(executable) && existsSync(join(into, 'fonts.conf'))) return executable
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new ChromiumError(
      `${PINNED_PACKAGE} ${PINNED_VERSION} ships Chromium for Linux x64 only, and this is ${process.platform} ${process.arch}. ` +
        'Set CHROMIUM_PATH to a Chromium or Chrome executable to run the browser tests (the visual baselines match only the pinned build).',
    )
  }
  const installed = readInstalledVersion(from)
  if (installed !== PINNED_VERSION) {
    throw new ChromiumError(
      installed === null
        ? `${PINNED_PACKAGE} ${PINNED_VERSION} is not installed: run \`npm ci\` (the package ships the pinned Chromium).`
        : `${PINNED_PACKAGE} ${installed} is installed, but package.json pins ${PINNED_VERSION}: run \`npm ci\`.`,
    )
  }
  // Unpack into a private folder, then rename: another process never sees a half-written browser.
  const staging = `${into}.partial-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  const previousTmp = process.env.TMPDIR
  try {
    // The package unpacks into os.tmpdir(), which reads TMPDIR at each call.
    process.env.TMPDIR = staging
    const { inflate } = await import(PINNED_PACKAGE)
    const bin = join(from, 'bin')
    await Promise.all([inflate(join(bin, 'chromium.br')), inflate(join(bin, 'fonts.tar.br')), inflate(join(bin, 'swiftshader.tar.br'))])
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw new ChromiumError(
      `Unpacking Chromium from ${PINNED_PACKAGE} ${PINNED_VERSION} failed (${error.message}). Run \`npm ci\` again; if it persists, set CHROMIUM_PATH.`,
    )
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previousTmp
  }
  try {
    renameSync(staging, into)
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    // Another process unpacked the same version meanwhile: use theirs.
    if (!existsSync(executable)) throw new ChromiumError(`Could not move the unpacked Chromium to ${into}: ${error.message}`)
  }
  writeFontsConfig(into)
  return executable
}

/** Fontconfig sees only the fonts unpacked from the package (see chromiumEnv). */
function writeFontsConfig(into) {
  writeFileSync(
    join(into, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(into, 'fonts')}</dir>\n  <cachedir>${join(into, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  )
}

function readInstalledVersion(from) {
  try {
    return JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')).version
  } catch {
    return null
  }
}

/** "153.0.8010.0": the build's own version, as the visual suite records it beside the baselines. */
export function chromiumVersion(executable = chromiumPath()) {
  const out = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: chromiumEnv() })
  return out.trim().match(/(\d+\.\d+\.\d+\.\d+)/)?.[1] ?? out.trim()
}

// `node scripts/chromium.mjs`: the preflight every browser suite runs first (package.json). Unpacks
// the pinned build and names it, or ends in one message instead of a Playwright stack trace.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const path = await ensureChromium()
    console.log(`Chromium ${chromiumVersion(path)} at ${path}${isOverridden() ? ' (CHROMIUM_PATH)' : ` (${PINNED_PACKAGE} ${PINNED_VERSION})`}`)
  } catch (error) {
    console.error(error instanceof ChromiumError ? `Browser tests cannot run: ${error.message}` : error)
    process.exit(1)
  }
}

export { ChromiumError }
