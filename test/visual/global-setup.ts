import { rmSync } from 'node:fs'
import { REPORT_DIR } from './compare'

/** Starts each run with an empty report folder, so every image in it belongs to this run. */
export default function globalSetup(): void {
  rmSync(REPORT_DIR, { recursive: true, force: true })
}
