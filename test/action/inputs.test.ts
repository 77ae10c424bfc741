import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
import { DEFAULTS } from '../../src/engine/settings.js';

const action = parse(await readFile('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };

/** Sets the inputs the way the runner does: action.yml's defaults, then the step's `with:`. */
function given(inputs: Record<string, string>): void {
  for (const [name, input] of Object.entries(action.inputs))
    if (input.default !== undefined && name !== 'github-token')
      process.env[`INPUT_${name.toUpperCase()}`] = input.default;
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

describe('Action inputs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('with action.yml defaults only: the same settings as the CLI with none', () => {
    given({});
    const inputs = readInputs();
    expect(inputs.settings.run.paths).toEqual([DEFAULTS.path]);
    expect(inputs.settings.fix).toBeUndefined();
    expect(inputs.settings.run.live).toBeUndefined();
    expect(inputs.settings.run.cluster).toBeUndefined();
    expect(inputs).toMatchObject({ comment: 'off', driftIssue: 'off', annotations: 'all', clusterName: 'default' });
  });

  it('splits a one-line list at commas, and a multi-line one only at line ends (paths may hold commas)', () => {
    given({ path: 'dumps/a, dumps/b' });
    expect(readInputs().settings.run.paths).toEqual(['dumps/a', 'dumps/b']);
    given({ path: 'dumps/prod,eu-west\n# a comment\ndumps/staging\n' });
    expect(readInputs().settings.run.paths).toEqual(['dumps/prod,eu-west', 'dumps/staging']);
  });

  it('builds live and fix settings, with the plan asked for by a plan script alone as on the command line', () => {
    given({ live: 'true', timeout: '30', 'plan-script': 'fix.sh', 'max-changes': '3', 'cluster-name': 'prod' });
    const { settings } = readInputs();
    expect(settings.run.live?.timeoutMs).toBe(30_000);
    expect(settings.run.cluster).toBe('prod');
    expect(settings.fix).toEqual({
      mode: 'plan',
      fixScope: 'node',
      prune: false,
      maxChanges: 3,
      force: false,
      planScript: 'fix.sh',
    });
  });

  it('takes annotations as all, changed or off, and the former true and false as all and off', () => {
    for (const [input, mode] of [
      ['changed', 'changed'],
      ['true', 'all'],
      ['false', 'off'],
      ['off', 'off'],
    ]) {
      given({ annotations: input! });
      expect(readInputs().annotations).toBe(mode);
    }
    given({ annotations: 'some' });
    expect(() => readInputs()).toThrow('input "annotations": "some" is not one of all, changed, off, true, false');
  });

  it('refuses a bad value even where it would not be used', () => {
    given({ timeout: 'soon' });
    expect(() => readInputs()).toThrow('input "timeout": "soon" is not a number of seconds');
    given({ timeout: '300', comment: 'always' });
    expect(() => readInputs()).toThrow('input "comment": "always" is not one of off, update, new');
  });
});
