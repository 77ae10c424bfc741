import { describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../support/cli.js';

describe('the remediation plan on the fixture scenarios', () => {
  it.each(['aws', 'gce', 'azure', 'baremetal'])('%s/broken: JSON plan', async (provider) => {
    const { stdout } = await cli('check', `fixtures/${provider}/broken`, '--fix', '--format', 'json');
    const plan = JSON.parse(stdout).plan as {
      action: string;
      node?: string;
      resource?: string;
      scope: string;
      applies: boolean;
      cli: string;
    }[];
    expect(
      plan.map((step) => ({
        action: step.action,
        subject: step.node ?? step.resource,
        scope: step.scope,
        applies: step.applies,
        cli: step.cli,
      })),
    ).toMatchSnapshot();
  });

  it('gce/broken: markdown plan table, with pipes in commands escaped', async () => {
    const { stdout } = await cli('check', 'fixtures/gce/broken', '--fix', '--format', 'markdown');
    const table = stdout.slice(stdout.indexOf('### Fix plan'));
    expect(table).toMatchSnapshot();
    for (const row of table.split('\n').filter((line) => line.startsWith('| 1 ')))
      expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
  });

  it('with --fix-scope network and --prune, the network and pruning steps apply too', async () => {
    const narrow = JSON.parse((await cli('check', 'fixtures/gce/broken', '--fix', '--format', 'json')).stdout).plan;
    const wide = JSON.parse(
      (await cli('check', 'fixtures/gce/broken', '--fix', '--fix-scope', 'network', '--prune', '--format', 'json'))
        .stdout,
    ).plan;
    expect(narrow.filter((step: { applies: boolean }) => step.applies)).toHaveLength(3);
    expect(wide.filter((step: { applies: boolean }) => step.applies)).toHaveLength(6);
  });
});
