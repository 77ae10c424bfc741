import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { FORMAT_READERS } from '../../src/clouds/index.js';
import { knownFormats } from '../../src/engine/formats.js';
import { check, folderWith, TF } from './helpers.js';

describe('terraform show -json is recognised by content', () => {
  it('is a registered format, named in the list of known formats', () => {
    expect(FORMAT_READERS.map((reader) => reader.id)).toContain('terraform-show-json');
    expect(knownFormats()).toContain('terraform show -json tfplan');
  });

  it('reads a plan and a state whatever the file is called, on one line as Terraform prints them', async () => {
    const plan = JSON.stringify(JSON.parse(await readFile(join(TF, 'aws/broken/plan.json'), 'utf8')));
    const state = await readFile(join(TF, 'azure/state/state.json'), 'utf8');
    const dir = await folderWith({ tfplan: plan, 'terraform-state.txt': state });
    const result = await check([join(dir, 'tfplan'), join(dir, 'terraform-state.txt')]);
    expect(result.report.sources.map((source) => source.format)).toEqual([
      'terraform-show-json',
      'terraform-show-json',
    ]);
    expect(result.report.findings.some((finding) => finding.resource === 'aws_instance.gpu')).toBe(true);
    // Without the .tf files next to them, findings point into the JSON, on its one line.
    expect(result.report.findings.find((finding) => finding.resource === 'aws_instance.gpu')?.location).toMatchObject({
      file: join(dir, 'tfplan'),
      line: 1,
    });
  });

  it('does not take other JSON that has a format_version for a plan', async () => {
    const dir = await folderWith({ 'other.json': { format_version: '1.0', values: { root_module: {} } } });
    await expect(check([join(dir, 'other.json')])).rejects.toThrow(UserError);
  });
});
