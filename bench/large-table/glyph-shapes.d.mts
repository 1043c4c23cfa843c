/** Types for glyph-shapes.mjs (test/styles/glyphs.test.ts imports it). */
export declare const SHAPES: Record<string, string[]>
export declare function css(commands: string[]): string
