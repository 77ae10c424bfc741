import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  ACTION_NAMES,
  buildSettings,
  cliNames,
  DEFAULTS,
  parseSettings,
  type RawSettings,
  type RawValue,
  type SettingName,
} from '../../src/engine/settings.js';
import { UserError } from '../../src/errors.js';
import { runCliCaptured } from '../support/cli.js';

const CLI_FLAGS: Record<string, string> = {
  'max-changes': '--max-changes <n>',
  timeout: '--timeout <seconds>',
  'fail-on': '--fail-on <severity>',
  'cluster-cidr': '--cluster-cidr <cidr>',
};
const CLI = cliNames((option) => CLI_FLAGS[option] ?? `--${option}`);

function raw(
  values: Partial<Record<SettingName, RawValue>>,
  names = ACTION_NAMES,
  paths: string[] = ['cluster'],
): RawSettings {
  return { paths, values, names, log: () => undefined };
}

function failure(settings: RawSettings): string {
  try {
    parseSettings(settings);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }
  throw new Error('expected the settings to be refused');
}

describe('the settings builder', () => {
  it('falls back to DEFAULTS for what was not given', () => {
    const { run, fix, format } = parseSettings(raw({}));
    expect(format).toBe(DEFAULTS.format);
    expect(fix).toBeUndefined();
    expect(run.live).toBeUndefined();
    expect(run.clusterCidrs).toEqual([]);
    const live = parseSettings(raw({ live: true }, CLI)).run.live!;
    expect(live.timeoutMs).toBe(DEFAULTS.timeout * 1000);
  });

  it('reads a flag as a boolean and an input as text, to the same settings', () => {
    const fromCli = parseSettings(
      raw({ fix: 'apply', prune: true, force: true, 'max-changes': '7', live: true, timeout: '12.5' }, CLI),
    );
    const fromAction = parseSettings(
      raw({ fix: 'apply', prune: 'yes', force: 'true', 'max-changes': '7', live: 'on', timeout: '12.5' }),
    );
    for (const settings of [fromCli, fromAction]) {
      expect(settings.fix).toEqual({
        mode: 'apply',
        fixScope: 'node',
        prune: true,
        maxChanges: 7,
        force: true,
        planScript: undefined,
      });
      expect(settings.run.live?.timeoutMs).toBe(12_500);
    }
  });

  it('asks for the plan when only a plan script is given, and never forces a plan that was not asked for', () => {
    expect(parseSettings(raw({ 'plan-script': 'fix.sh', force: true }, CLI)).fix).toEqual({
      mode: 'plan',
      fixScope: 'node',
      prune: false,
      maxChanges: DEFAULTS['max-changes'],
      force: false,
      planScript: 'fix.sh',
    });
    expect(parseSettings(raw({ fix: 'off', 'plan-script': 'fix.sh' })).fix?.mode).toBe('plan');
    expect(parseSettings(raw({ fix: 'off', force: 'true' })).fix).toBeUndefined();
  });

  it.each([
    [
      { 'max-changes': 'many' },
      "option '--max-changes <n>' argument 'many' is invalid. expected a whole number",
      'input "max-changes": "many" is not a whole number',
    ],
    [
      { timeout: '0' },
      "option '--timeout <seconds>' argument '0' is invalid. expected a number of seconds",
      'input "timeout": "0" is not a number of seconds',
    ],
    [
      { 'fail-on': 'fatal' },
      "option '--fail-on <severity>' argument 'fatal' is invalid. expected one of error, warning, note, never",
      'input "fail-on": "fatal" is not one of error, warning, note, never',
    ],
    [
      { 'cluster-cidr': ['10.42.0.0/16', '10.42.0.0/99'] },
      "option '--cluster-cidr <cidr>' argument '10.42.0.0/99' is invalid. not a valid CIDR",
      'input "cluster-cidr": "10.42.0.0/99" is not a valid CIDR',
    ],
    [{ kubeconfig: 'kube.yaml' }, '--kubeconfig needs --live', 'input "kubeconfig" is only used with "live: true"'],
  ] as const)('refuses %j naming the flag or the input', (values, cliMessage, actionMessage) => {
    expect(failure(raw(values, CLI))).toBe(cliMessage);
    expect(failure(raw(values, ACTION_NAMES))).toBe(actionMessage);
  });

  it("names a bad node selector with its parser's reason, and a bad input boolean", () => {
    expect(failure(raw({ 'node-selector': ['tag:'] }))).toMatch(/^input "node-selector": /);
    expect(failure(raw({ 'node-selector': ['tag:'] }, CLI))).toMatch(
      /^option '--node-selector' argument 'tag:' is invalid\. /,
    );
    expect(failure(raw({ strict: 'maybe' }))).toBe('input "strict": "maybe" is not true or false');
  });

  it("refuses a run with nothing to check, in each shell's words", () => {
    expect(failure(raw({}, CLI, []))).toBe('give files or folders to check, or --live to read the running cluster');
    expect(failure(raw({}, ACTION_NAMES, []))).toBe(
      'input "path": give at least one file, folder or glob, or set "live: true"',
    );
    expect(parseSettings(raw({ live: 'true' }, ACTION_NAMES, [])).run.live).toBeDefined();
  });

  it('names where strict and fail-on came from, and reads the ignore entries', async () => {
    const { check } = await buildSettings(raw({ strict: true, 'fail-on': 'never', ignore: ['route-missing'] }, CLI));
    expect(check.settingSources).toMatchObject({ strict: '--strict', failOn: '--fail-on' });
    expect(check.suppressions).toMatchObject([{ rule: 'route-missing' }]);
    const action = await buildSettings(raw({ strict: 'true' }));
    expect(action.check.settingSources?.strict).toBe('input "strict"');
    expect(action.check.failOn).toBe(DEFAULTS['fail-on']);
  });
});

describe('DEFAULTS', () => {
  it('are the default values of action.yml, which the runner passes as inputs', async () => {
    const action = parse(await readFile('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
    const withDefault = Object.entries(action.inputs).filter(
      ([name, input]) => input.default !== undefined && name !== 'github-token',
    );
    expect(withDefault.length).toBeGreaterThan(10);
    for (const [name, input] of withDefault)
      expect([name, String(DEFAULTS[name as keyof typeof DEFAULTS])]).toEqual([name, input.default]);
    // The rest of DEFAULTS are not action.yml defaults on purpose: an empty input lets the configuration file decide.
    const notInActionYml = Object.keys(DEFAULTS).filter((name) => action.inputs[name]?.default === undefined);
    expect(notInActionYml.sort()).toEqual(['config', 'strict']);
  });

  it('are quoted in the CLI help', async () => {
    const help = (await runCliCaptured('check', '--help')).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`(unless --force) (default: ${DEFAULTS['max-changes']})`);
    expect(help).toContain(`in live mode (default: ${DEFAULTS.timeout})`);
    expect(help).toContain(`(default: ${DEFAULTS['fail-on']})`);
    expect(help).toContain(`(default: ${DEFAULTS.config} if present)`);
  });
});
