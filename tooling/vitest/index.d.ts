import type { ViteUserConfig } from 'vitest/config';

/** The shared vitest configuration, merged with a package's own settings. */
export declare function iamgateVitestConfig(overrides?: ViteUserConfig): ViteUserConfig;
