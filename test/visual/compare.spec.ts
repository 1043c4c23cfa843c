import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { PNG } from 'pngjs'
import { expectToMatchBaseline } from './compare'

// The gate itself: a shot passes only when every pixel equals the baseline's. These run with the
// visual suite (no browser needed), so a change that loosens the comparison turns the suite red.

function png(width: number, height: number, paint?: (data: Buffer) => void): Buffer {
  const image = new PNG({ width, height })
  image.data.fill(255) // opaque white
  paint?.(image.data)
  return PNG.sync.write(image)
}

let dirs: { baselinesDir: string; reportDir: string; update: boolean }
test.beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'statuskit-compare-'))
  // update: false, so that these run the same under `npm run test:visual:update`.
  dirs = { baselinesDir: join(root, 'baselines'), reportDir: join(root, 'report'), update: false }
  expectToMatchBaseline(png(8, 8), 'shot', { ...dirs, update: true })
})
test.afterEach(() => rmSync(join(dirs.baselinesDir, '..'), { recursive: true, force: true }))

test('the same pixels pass', () => {
  expect(() => expectToMatchBaseline(png(8, 8), 'shot', dirs)).not.toThrow()
  expect(existsSync(dirs.reportDir)).toBe(false)
})

test('one channel of one pixel off by 1/255 fails, and writes expected, actual and diff', () => {
  const shifted = png(8, 8, (data) => {
    data[(3 * 8 + 5) * 4 + 2] = 254 // blue of pixel (5, 3)
  })
  expect(() => expectToMatchBaseline(shifted, 'shot', dirs)).toThrow(/shot: 1 pixel\(s\) differ/)
  expect(readdirSync(dirs.reportDir).sort()).toEqual(['shot.actual.png', 'shot.diff.png', 'shot.expected.png'])
})

test('a size change fails', () => {
  expect(() => expectToMatchBaseline(png(8, 9), 'shot', dirs)).toThrow(/size changed from 8x8 to 8x9/)
})

test('the same pixels in a differently compressed file pass', () => {
  const decoded = PNG.sync.read(png(8, 8))
  // A hand-made PNG of the same pixels: pngjs's encoder would give the same bytes again.
  const recompressed = encodeUncompressedFilterNone(decoded.width, decoded.height, decoded.data)
  expect(recompressed.equals(png(8, 8))).toBe(false)
  expect(() => expectToMatchBaseline(recompressed, 'shot', dirs)).not.toThrow()
})

test('a shot without a baseline fails and says how to add one', () => {
  expect(() => expectToMatchBaseline(png(8, 8), 'new-story', dirs)).toThrow(/No baseline .*test:visual:update/)
})

/** A valid RGBA PNG with filter 0 on every row and zlib level 0: other bytes, same pixels. */
function encodeUncompressedFilterNone(width: number, height: number, rgba: Buffer): Buffer {
  const raw = Buffer.concat(Array.from({ length: height }, (_, y) => Buffer.concat([Buffer.from([0]), rgba.subarray(y * width * 4, (y + 1) * width * 4)])))
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8 bits, RGBA, deflate, filter method 0, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}
