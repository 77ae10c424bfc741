import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { fixture, writeFiles } from '../sources/helpers.js';

const GCE_BROKEN = ['gcloud-instances.json', 'gcloud-routes.json', 'gcloud-subnets.json', 'kube-flannel-cfg.yaml'];

interface NamedItem {
  metadata: { name: string };
}

/**
 * The gce/broken cluster with `name` as a node name (k8s-lin-1: forwarding-disabled; k8s-lin-2: route-missing)
 * and inside two route names (the wrong-next-hop and shadowed routes): every table, list and message that shows
 * a node or resource carries it.
 */
export async function hostileCluster(name: string): Promise<string> {
  const files: Record<string, string> = {};
  for (const file of GCE_BROKEN) files[file] = await readFile(fixture('gce', 'broken', file), 'utf8');
  const nodes = parse(await readFile(fixture('gce', 'broken', 'nodes.yaml'), 'utf8')) as { items: NamedItem[] };
  for (const node of nodes.items) {
    if (node.metadata.name === 'k8s-lin-1') node.metadata.name = name;
    if (node.metadata.name === 'k8s-lin-2') node.metadata.name = `${name}-2`;
  }
  files['nodes.json'] = `${JSON.stringify(nodes, null, 4)}\n`;
  const inJson = JSON.stringify(name).slice(1, -1);
  files['gcloud-routes.json'] = files['gcloud-routes.json']!.replaceAll(
    '"stg-pods-k8s-win-1"',
    `"${inJson}"`,
  ).replaceAll('"nat-egress-10-48-5-64"', `"nat-${inJson}"`);
  return writeFiles(files);
}
