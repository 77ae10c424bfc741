import { describe, expect, it } from 'vitest';
import {
  azureRoute,
  findingsOf,
  gceRoute,
  listFindings,
  only,
  remove,
  runFixture,
  type FixtureFiles,
  type Json,
} from './helpers.js';

const RULE = 'route-capacity';

/** /28 blocks in 172.16.0.0/12: outside every pod CIDR, subnet and cluster CIDR of the fixtures. */
function block(i: number): string {
  return `172.16.${Math.floor(i / 16)}.${(i % 16) * 16}/28`;
}

/** Fills the healthy dual-stack table (10 routes) with `extra` on-premises routes through an appliance. */
function fillAzure(extra: number) {
  return (files: FixtureFiles): void => {
    const table: Json = files.get('az-route-tables.json')[0];
    expect(table.routes).toHaveLength(10);
    for (let i = 0; i < extra; i++) table.routes.push(azureRoute(table, `onprem-${i}`, block(i), '10.20.250.10'));
  };
}

function fillGce(extra: number) {
  return (files: FixtureFiles): void => {
    const routes: Json[] = files.get('gcloud-routes.json');
    for (let i = 0; i < extra; i++) {
      routes.push(
        gceRoute({
          project: 'northwind-k8s',
          network: 'k8s-vpc',
          name: `onprem-${i}`,
          destRange: block(i),
          ip: '10.30.16.2',
        }),
      );
    }
  };
}

describe('route-capacity on Azure (400 routes per table, hard limit)', () => {
  it('over the limit is an error', async () => {
    const result = await runFixture('fixtures/azure/healthy', fillAzure(395));
    const finding = only(result, RULE);
    expect(finding.severity).toBe('error');
    expect(finding.resource).toBe('k8s-pod-routes');
    expect(finding.node).toBeUndefined();
    expect(finding.message).toBe('route table k8s-pod-routes holds 405 routes: 405 of the limit of 400 — over it');
    expect(finding.remediation.text).toContain('cannot hold more than 400 routes');
    expect(result.report.findings, listFindings(result)).toHaveLength(1);
    expect(result.report.summary.passed).toBe(false);
  });

  it('near the limit (~370) is a warning', async () => {
    const result = await runFixture('fixtures/azure/healthy', fillAzure(360));
    const finding = only(result, RULE);
    expect(finding.severity).toBe('warning');
    expect(finding.message).toBe('route table k8s-pod-routes holds 370 routes: 370 of the limit of 400');
    expect(result.report.summary.passed).toBe(true);
  });

  it('counts the routes still to be created for current nodes', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      fillAzure(355)(files);
      const routes = files.get('az-route-tables.json')[0].routes;
      remove(routes, 'pods-k8s-lin-b1-v4');
      remove(routes, 'pods-k8s-lin-b1-v6');
    });
    const finding = only(result, RULE);
    expect(finding.message).toBe(
      'route table k8s-pod-routes holds 363 routes and needs 2 more for current nodes: 365 of the limit of 400',
    );
    expect(finding.severity).toBe('warning');
    expect(findingsOf(result, 'route-missing').map((f) => f.node)).toEqual(['k8s-lin-b1', 'k8s-lin-b1']);
  });

  it('well under the limit: nothing', async () => {
    const result = await runFixture('fixtures/azure/healthy', fillAzure(339));
    expect(result.report.findings, listFindings(result)).toEqual([]);
  });
});

describe('route-capacity on GCE (project quota of 250, adjustable)', () => {
  it('over the quota is only a warning, with the quota query', async () => {
    const result = await runFixture('fixtures/gce/healthy', fillGce(250));
    const finding = only(result, RULE);
    expect(finding.severity).toBe('warning');
    expect(finding.resource).toBe('northwind-k8s');
    expect(finding.message).toBe('project northwind-k8s holds 255 routes: 255 of the default quota of 250 — over it');
    expect(finding.remediation.command).toBe(
      'gcloud compute project-info describe --project northwind-k8s --format="value(quotas)"',
    );
  });

  it('near the quota is a note; system routes do not count', async () => {
    // 5 node routes + 225 = 230 of 250 (92 %); the 3 default-route-* routes would make it 233.
    const result = await runFixture('fixtures/gce/healthy', fillGce(225));
    const finding = only(result, RULE);
    expect(finding.severity).toBe('note');
    expect(finding.message).toContain('holds 230 routes');
  });

  it('without route data there is nothing to count', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => files.delete('gcloud-routes.json'));
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});
