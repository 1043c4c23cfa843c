// Types for scripts/chromium.mjs (plain ESM so that Node scripts import it without a build step).
export declare const PINNED_PACKAGE: string
export declare const PINNED_VERSION: string
export declare const BASE_ARGS: readonly string[]
export declare const DETERMINISTIC_ARGS: readonly string[]
export declare const CHROMIUM_ARGS: readonly string[]
export declare function chromiumPath(): string
export declare function isOverridden(): boolean
export declare function chromiumEnv(): Record<string, string | undefined>
export declare function launchOptions(extraArgs?: readonly string[]): { executablePath: string; args: string[]; env: Record<string, string | undefined> }
export declare function ensureChromium(where?: { packageDir?: string; cacheDir?: string }): Promise<string>
export declare function chromiumVersion(executable?: string): string
export declare class ChromiumError extends Error {}
