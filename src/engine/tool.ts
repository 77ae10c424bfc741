/** Kept in step with package.json by the build (scripts/build.mjs checks it). */
export const TOOL = {
  name: 'hostgw-preflight',
  version: '0.1.0',
  informationUri: 'https://github.com/hostgw-preflight/hostgw-preflight',
} as const;
