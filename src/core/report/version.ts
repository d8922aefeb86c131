import packageJson from '../../../package.json';

/** The package version, bundled in at build time; reports name the tool with it (CLI and app). */
export const VERSION: string = packageJson.version;
