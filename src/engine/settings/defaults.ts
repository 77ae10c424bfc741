/**
 * Every default of a setting, in one place. The CLI help quotes these, both shells fall back to them, and
 * action.yml repeats them as its inputs' `default:` (a test keeps the two equal: the runner passes action.yml's
 * value, so a difference would make the CLI and the Action disagree).
 */
export const DEFAULTS = {
  /** The Action's default input: everything in the checkout. The CLI has no default path. */
  path: '.',
  format: 'text',
  severity: 'note',
  'fail-on': 'error',
  strict: false,
  /** Read when present and no configuration file is named. */
  config: '.hostgw-preflight.yml',
  live: false,
  /** Seconds for all API calls in live mode. */
  timeout: 300,
  fix: 'off',
  'fix-scope': 'node',
  prune: false,
  'max-changes': 50,
  force: false,
  /** The Action's name for an unnamed cluster: it keeps the sticky comment and drift issue of one cluster apart. */
  'cluster-name': 'default',
  annotations: 'all',
  comment: 'off',
  'drift-issue': 'off',
  /** The Action's compare with the pull request's base commit. */
  compare: 'off',
  'fail-scope': 'all',
} as const;
