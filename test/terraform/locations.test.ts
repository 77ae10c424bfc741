import { mkdir, rename } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceLocator } from '../../src/sources/terraform/locator.js';
import { readConfigModule } from '../../src/sources/terraform/modules.js';
import { after, copyFixture, folderWith, lineOf, only } from './helpers.js';

const ref = (type: string, name: string, configPath: string[] = []) => ({
  configPath,
  mode: 'managed' as const,
  type,
  name,
});

describe('findings point at the .tf line of the resource', () => {
  it("in a nested module, found through each call's source", async () => {
    const copy = await copyFixture('gce/healthy');
    after(copy.json('plan.json'), 'module.cluster.module.pool.google_compute_instance.node[0]').can_ip_forward = false;
    const finding = only(await copy.run(), 'forwarding-disabled');
    expect(finding.location).toEqual({
      file: join(copy.dir, 'modules/pool/main.tf'),
      ...lineOf(copy.text('modules/pool/main.tf'), 'can_ip_forward = true'),
    });
  });

  it('in a registry module installed by terraform init (.terraform/modules/modules.json)', async () => {
    const copy = await copyFixture('aws/healthy');
    const plan = copy.json('plan.json');
    plan.configuration.root_module.module_calls.workers.source = 'app.terraform.io/acme/k8s-workers/aws';
    plan.configuration.root_module.module_calls.workers.version_constraint = '~> 1.2';
    after(plan, 'module.workers.aws_instance.node[1]').source_dest_check = true;
    const moduleText = copy.text('modules/workers/main.tf');
    await copy.run(); // writes the edited files
    await mkdir(join(copy.dir, '.terraform/modules'), { recursive: true });
    await rename(join(copy.dir, 'modules/workers'), join(copy.dir, '.terraform/modules/workers'));
    copy.remove('modules/workers/main.tf');
    copy.setText(
      '.terraform/modules/modules.json',
      JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          {
            Key: 'workers',
            Source: 'app.terraform.io/acme/k8s-workers/aws',
            Version: '1.2.3',
            Dir: '.terraform/modules/workers',
          },
        ],
      }),
    );
    const finding = only(await copy.run(), 'forwarding-disabled');
    expect(finding.location?.file).toBe(join(copy.dir, '.terraform/modules/workers/main.tf'));
    expect(finding.location?.line).toBe(lineOf(moduleText, 'source_dest_check').line);
  });

  it('in the plan JSON when the .tf files are not in the checkout', async () => {
    const copy = await copyFixture('aws/broken');
    copy.remove('main.tf');
    const result = await copy.run();
    const finding = result.report.findings.find(
      (f) => f.ruleId === 'forwarding-disabled' && f.resource === 'aws_instance.gpu',
    );
    const plan = copy.text('plan.json');
    const entry = lineOf(plan, '"address": "aws_instance.gpu"', '"resource_changes"');
    const lines = plan.split('\n');
    const afterLine = lines.findIndex((line, i) => i >= entry.line && line.includes('"after": {'));
    const attribute = lines.findIndex((line, i) => i > afterLine && line.includes('"source_dest_check"'));
    expect(finding?.location).toEqual({
      file: join(copy.dir, 'plan.json'),
      line: attribute + 1,
      column: lines[attribute]!.indexOf('true') + 1,
    });
  });
});

describe('SourceLocator', () => {
  const tf = `resource "aws_instance" "a" {
  ami = "ami-1"
  # source_dest_check = true (a comment is no attribute)
  tags = {
    Name = "a" # } not the end
  }
}

  resource aws_instance b {
    source_dest_check = false
  }
`;

  it('finds blocks (quoted or bare labels, indented), attributes inside them only, and literals', async () => {
    const dir = await folderWith({ 'main.tf': tf, 'plan.json': '{}' });
    const locator = new SourceLocator(join(dir, 'plan.json'), undefined);
    await locator.prepare([ref('aws_instance', 'a'), ref('aws_instance', 'b')]);
    expect(locator.find(ref('aws_instance', 'a'))).toEqual({ file: join(dir, 'main.tf'), line: 1, column: 1 });
    expect(locator.find(ref('aws_instance', 'b'))).toEqual({ file: join(dir, 'main.tf'), line: 9, column: 3 });
    // Not set in block a (only in a comment, and in block b): the block line.
    expect(locator.find(ref('aws_instance', 'a'), { attributes: ['source_dest_check'] })?.line).toBe(1);
    expect(locator.find(ref('aws_instance', 'b'), { attributes: ['source_dest_check'] })).toEqual({
      file: join(dir, 'main.tf'),
      line: 10,
      column: 5,
    });
    expect(locator.find(ref('aws_instance', 'a'), { literal: 'a' })?.line).toBe(5);
    expect(locator.find(ref('aws_instance', 'c'))).toBeUndefined();
  });

  it('takes the one folder of the working tree that declares the root module when the plan is elsewhere in it', async () => {
    const tree = await folderWith({
      'infra/prod/main.tf': tf,
      'infra/modules/x/main.tf': 'resource "aws_instance" "a" {\n}\n',
      'out/plan.json': '{}',
    });
    const locator = new SourceLocator(join(tree, 'out/plan.json'), readConfigModule({}), tree);
    await locator.prepare([ref('aws_instance', 'a'), ref('aws_instance', 'b')]);
    expect(locator.find(ref('aws_instance', 'b'))).toEqual({
      file: relative(process.cwd(), join(tree, 'infra/prod/main.tf')),
      line: 9,
      column: 3,
    });
  });

  it('gives up rather than guess between two folders, or outside the working tree', async () => {
    const tree = await folderWith({ 'a/main.tf': tf, 'b/main.tf': tf, 'out/plan.json': '{}' });
    const ambiguous = new SourceLocator(join(tree, 'out/plan.json'), readConfigModule({}), tree);
    await ambiguous.prepare([ref('aws_instance', 'a')]);
    expect(ambiguous.find(ref('aws_instance', 'a'))).toBeUndefined();
    const elsewhere = await folderWith({ 'main.tf': tf });
    const outside = new SourceLocator(join(tree, 'out/plan.json'), readConfigModule({}), elsewhere);
    await outside.prepare([ref('aws_instance', 'a')]);
    expect(outside.find(ref('aws_instance', 'a'))).toBeUndefined();
  });

  it('follows local module sources relative to the calling module', async () => {
    const dir = await folderWith({
      'plan.json': '{}',
      'main.tf': '',
      'modules/outer/main.tf': '',
      'modules/inner/main.tf': '\n\nresource "google_compute_instance" "node" {\n}\n',
    });
    const root = readConfigModule({
      module_calls: {
        outer: { source: './modules/outer', module: { module_calls: { inner: { source: '../inner', module: {} } } } },
      },
    });
    const locator = new SourceLocator(join(dir, 'plan.json'), root);
    const node = ref('google_compute_instance', 'node', ['outer', 'inner']);
    await locator.prepare([node]);
    expect(locator.find(node)).toEqual({ file: join(dir, 'modules/inner/main.tf'), line: 3, column: 1 });
  });
});
