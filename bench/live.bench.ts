// Live-mode benchmark: the bundled CLI against the local wire-protocol servers, at 1,000 and 5,000 nodes per
// cloud. Prints wall time and API calls per service, and writes bench/live-results.json. Run by `npm run bench`
// (through vitest, which runs the TypeScript test servers); not part of the test suite.
import { writeFile } from 'node:fs/promises';
import { afterAll, it } from 'vitest';
import { scaleScenario as azureScale, startFakeAzure } from '../test/support/azure/fake-azure.js';
import { scaleScenario as ec2Scale, startFakeEc2 } from '../test/support/ec2/fake-ec2.js';
import { scaleScenario as gceScale, startFakeGce } from '../test/support/gce/fake-gce.js';
import { startFakeMetadata } from '../test/support/gce/metadata-server.js';
import { startFakeKube, type FakeKube } from '../test/support/kubernetes/fake-kube.js';
import { runDist } from '../test/live/run-dist.js';

const SIZES = (process.env.HOSTGW_BENCH_LIVE_SIZES ?? '1000,5000').split(',').map(Number);
const rows: Record<string, unknown>[] = [];

async function measure(
  provider: string,
  nodes: number,
  kube: FakeKube,
  args: string[],
  env: Record<string, string>,
  cloudCalls: () => number,
) {
  const started = process.hrtime.bigint();
  const result = await runDist(
    ['check', '--live', '--kubeconfig', kube.kubeconfigPath, '--format', 'json', '--fail-on', 'never', ...args],
    env,
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.code !== 0) throw new Error(`${provider} ${nodes}: exit ${result.code}: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { summary: { nodes: number }; findings: unknown[] };
  const kubeCalls = kube.requests.length;
  rows.push({
    provider,
    nodes: report.summary.nodes,
    wallMs: Math.round(wallMs),
    kubeCalls,
    cloudCalls: cloudCalls(),
    findings: report.findings.length,
  });
}

for (const nodes of SIZES) {
  it(`aws ${nodes}`, async () => {
    const scaled = ec2Scale(nodes);
    const kube = await startFakeKube({ nodes: (scaled.nodes as { items: unknown[] }).items, configMaps: [] });
    const ec2 = await startFakeEc2(scaled.scenario);
    await measure(
      'aws',
      nodes,
      kube,
      ['--cluster-cidr', scaled.clusterCidr],
      {
        AWS_ACCESS_KEY_ID: 'AKIDFAKE',
        AWS_SECRET_ACCESS_KEY: 'fake',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_EC2: ec2.url,
      },
      () => ec2.calls.length,
    );
    await Promise.all([kube.close(), ec2.close()]);
  }, 120_000);

  it(`gce ${nodes}`, async () => {
    const scaled = gceScale(nodes);
    const kube = await startFakeKube({ nodes: (scaled.nodes as { items: unknown[] }).items, configMaps: [] });
    const gce = await startFakeGce(scaled.scenario);
    const metadata = await startFakeMetadata(scaled.scenario.project);
    await measure(
      'gce',
      nodes,
      kube,
      ['--gcp-endpoint', gce.url, '--cluster-cidr', '10.64.0.0/10'],
      { GCE_METADATA_HOST: metadata.host, METADATA_SERVER_DETECTION: 'assume-present' },
      () => gce.requests.length,
    );
    await Promise.all([kube.close(), gce.close(), metadata.close()]);
  }, 120_000);

  it(`azure ${nodes}`, async () => {
    const scaled = azureScale(nodes);
    const kube = await startFakeKube({ nodes: (scaled.nodes as { items: unknown[] }).items, configMaps: [] });
    const azure = await startFakeAzure(scaled.scenario, { pageSize: 1000 });
    await measure(
      'azure',
      nodes,
      kube,
      ['--azure-endpoint', azure.url, '--cluster-cidr', scaled.podNetwork],
      azure.env(),
      () => azure.requests.filter((r) => r.path.includes('/providers/')).length,
    );
    await azure.close();
    await kube.close();
  }, 120_000);
}

afterAll(async () => {
  const header = 'provider  nodes  wall ms  kubernetes calls  cloud calls  findings';
  const lines = rows.map(
    (r) =>
      `${String(r.provider).padEnd(8)}  ${String(r.nodes).padStart(5)}  ${String(r.wallMs).padStart(7)}  ${String(r.kubeCalls).padStart(16)}  ${String(r.cloudCalls).padStart(11)}  ${String(r.findings).padStart(8)}`,
  );
  console.log(
    [
      '',
      'live mode against the local servers (bundled CLI, child process):',
      header,
      '-'.repeat(header.length),
      ...lines,
    ].join('\n'),
  );
  await writeFile(
    'bench/live-results.json',
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
  );
});
