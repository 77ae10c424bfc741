import { networkClient } from './live/reader.js';
import type { FixAction } from '../../model/fix-spec.js';
import type { LiveOptions } from '../../sources/live/types.js';
import { dispatch, FixDenied, type ActionOf, type Applier, type Handlers } from '../shared/applier.js';

interface Parsed {
  subscription: string;
  group: string;
  parts: Record<string, string>;
}

/** "/subscriptions/s/resourcegroups/g/providers/microsoft.network/routetables/t" → its names by type. */
function parse(id: string): Parsed {
  const segments = id.split('/').filter(Boolean);
  const parts: Record<string, string> = {};
  for (let i = 0; i + 1 < segments.length; i += 2) parts[segments[i]!.toLowerCase()] = segments[i + 1]!;
  return { subscription: parts.subscriptions ?? '', group: parts.resourcegroups ?? '', parts };
}

/** Azure Policy denials name the assignment in the error: report it, not a stack. */
function explain(error: unknown, api: string): FixDenied {
  const e = error as {
    code?: string;
    statusCode?: number;
    message?: string;
    details?: { error?: { additionalInfo?: { type?: string; info?: Record<string, string> }[] } };
  };
  if (e.code === 'RequestDisallowedByPolicy') {
    const info = e.details?.error?.additionalInfo?.find((entry) => entry.type === 'PolicyViolation')?.info;
    const assignment =
      info?.policyAssignmentDisplayName ??
      info?.policyAssignmentName ??
      /"policyAssignment":\{"name":"([^"]+)"/.exec(e.message ?? '')?.[1] ??
      'an Azure Policy assignment';
    const definition =
      info?.policyDefinitionDisplayName ?? /"policyDefinition":\{"name":"([^"]+)"/.exec(e.message ?? '')?.[1];
    const id = info?.policyAssignmentId ? ` (${info.policyAssignmentId})` : '';
    const assignmentId =
      info?.policyAssignmentId ?? /"policyAssignment":\{"name":"[^"]*","id":"([^"]+)"/.exec(e.message ?? '')?.[1];
    return new FixDenied(
      `${api} was denied by Azure Policy assignment "${assignment}"${id}${definition ? `, definition "${definition}"` : ''}: request an exemption for the cluster's NICs`,
      'policy',
      {
        provider: 'azure',
        kind: 'azure-policy-assignment',
        name: assignment,
        id: assignmentId,
        definition,
        scope: info?.policyAssignmentScope,
      },
    );
  }
  if (e.statusCode === 403) return new FixDenied(`${api} was denied (${e.code ?? '403'}): grant ${api}`, 'permission');
  if (e.statusCode === 409 || e.statusCode === 412)
    return new FixDenied(`${api} conflicted (${e.code ?? e.statusCode}); retry later`, 'conflict');
  return new FixDenied(
    `${api} failed: ${e.code ?? ''} ${(e.message ?? String(error)).split('\n')[0]}`.trim(),
    'failed',
  );
}

async function nicIpForwarding(action: ActionOf<'azure-nic-ip-forwarding'>, options: LiveOptions) {
  const { subscription, group, parts } = parse(action.nicId);
  const azure = await networkClient(options, subscription);
  const name = parts.networkinterfaces!;
  const nic = await azure.networkInterfaces
    .get(group, name)
    .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/networkInterfaces/read')));
  if (nic.enableIPForwarding) return `IP forwarding already on for ${name}`;
  await azure.networkInterfaces
    .beginCreateOrUpdateAndWait(group, name, { ...nic, enableIPForwarding: true })
    .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/networkInterfaces/write')));
  return `IP forwarding on for ${name}`;
}

async function routeUpsert(action: ActionOf<'azure-route-upsert'>, options: LiveOptions) {
  const { subscription, group, parts } = parse(action.tableId);
  const azure = await networkClient(options, subscription);
  await azure.routes
    .beginCreateOrUpdateAndWait(group, parts.routetables!, action.name, {
      addressPrefix: action.addressPrefix,
      nextHopType: 'VirtualAppliance',
      nextHopIpAddress: action.nextHopIp,
    })
    .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/routeTables/routes/write')));
  return `route ${action.name} (${action.addressPrefix} via ${action.nextHopIp}) in ${parts.routetables}`;
}

async function routeDelete(action: ActionOf<'azure-route-delete'>, options: LiveOptions) {
  const { subscription, group, parts } = parse(action.tableId);
  const azure = await networkClient(options, subscription);
  await azure.routes
    .beginDeleteAndWait(group, parts.routetables!, action.name)
    .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/routeTables/routes/delete')));
  return `deleted route ${action.name} from ${parts.routetables}`;
}

async function subnetRouteTable(action: ActionOf<'azure-subnet-route-table'>, options: LiveOptions) {
  const { subscription, group, parts } = parse(action.subnetId);
  const azure = await networkClient(options, subscription);
  const subnet = await azure.subnets
    .get(group, parts.virtualnetworks!, parts.subnets!)
    .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/virtualNetworks/subnets/read')));
  await azure.subnets
    .beginCreateOrUpdateAndWait(group, parts.virtualnetworks!, parts.subnets!, {
      ...subnet,
      routeTable: { id: action.tableId },
    })
    .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/virtualNetworks/subnets/write')));
  return `associated ${parts.subnets} with ${action.tableId.split('/').pop()}`;
}

async function nsgRuleCreate(action: ActionOf<'azure-nsg-rule-create'>, options: LiveOptions) {
  const { subscription, group, parts } = parse(action.nsgId);
  const azure = await networkClient(options, subscription);
  const nsg = parts.networksecuritygroups!;
  const { rule } = action;
  // A PUT creates or updates: an earlier apply's rule of the same name is simply written again.
  await azure.securityRules
    .beginCreateOrUpdateAndWait(group, nsg, rule.name, {
      priority: rule.priority,
      direction: rule.direction,
      access: 'Allow',
      protocol: rule.protocol,
      sourceAddressPrefixes: [...rule.sourcePrefixes],
      sourcePortRange: '*',
      destinationAddressPrefixes: [...rule.destinationPrefixes],
      destinationPortRange: '*',
      description: 'host-gw pod traffic, created by hostgw-preflight',
    })
    .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/networkSecurityGroups/securityRules/write')));
  return `${rule.direction.toLowerCase()} rule ${rule.name} (${rule.protocol}, priority ${rule.priority}) in ${nsg}`;
}

type AzureKind = Extract<FixAction['kind'], `azure-${string}`>;

const HANDLERS: Handlers<AzureKind, LiveOptions> = {
  'azure-nic-ip-forwarding': nicIpForwarding,
  'azure-route-upsert': routeUpsert,
  'azure-route-delete': routeDelete,
  'azure-subnet-route-table': subnetRouteTable,
  'azure-nsg-rule-create': nsgRuleCreate,
};

export const azureApplier: Applier = {
  async apply(action: FixAction, options) {
    return dispatch(HANDLERS, action, options, 'an Azure');
  },
};
