import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import { blockTags, where, type Mapping } from '../../../sources/terraform/mapping.js';
import type { TfMachine } from '../../../sources/terraform/model.js';
import { knownString, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { record, records } from '../../../sources/values.js';
import { idOf, subnetOf } from './common.js';

/** aws_autoscaling_group and aws_launch_template node pools: a launch template cannot turn the check off. */

const LAUNCH_TEMPLATE_CAVEAT =
  'an EC2 launch template cannot turn the source/destination check off, so every instance launched from it comes up with the check on unless something turns it off at boot';

const BOOT_COMMAND =
  "TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')" +
  ' && IMDS() { curl -s -H "X-aws-ec2-metadata-token: $TOKEN" "http://169.254.169.254/latest/meta-data/$1"; }' +
  ' && aws ec2 modify-instance-attribute --region "$(IMDS placement/region)" --instance-id "$(IMDS instance-id)" --no-source-dest-check';

/** The launch template (or launch configuration) an auto scaling group launches from. */
function templateOf(m: Mapping, group: ResourceInstance): ResourceInstance | undefined {
  const candidates: (string | number)[][] = [
    ['launch_template', 0, 'id'],
    ['launch_template', 0, 'name'],
    ['mixed_instances_policy', 0, 'launch_template', 0, 'launch_template_specification', 0, 'launch_template_id'],
    ['mixed_instances_policy', 0, 'launch_template', 0, 'launch_template_specification', 0, 'launch_template_name'],
    ['launch_configuration'],
  ];
  for (const path of candidates) {
    const found = m.single(group, path, ['aws_launch_template', 'aws_launch_configuration']);
    if (found.kind === 'target') return found.target;
    if (found.kind === 'known') {
      const match = m.plan
        .ofType('aws_launch_template', 'aws_launch_configuration')
        .find(
          (template) =>
            knownString(template, ['id']) === found.value || knownString(template, ['name']) === found.value,
        );
      if (match) return match;
    }
  }
  return undefined;
}

function labelsOfValue(value: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, item] of Object.entries(record(value))) if (typeof item === 'string') labels[key] = item;
  return labels;
}

/** The subnets a pool's instances land in: the group's zones, else the launch template's first interface. */
function poolSubnets(m: Mapping, pool: ResourceInstance, template: ResourceInstance | undefined): string[] {
  const subnetIds: string[] = [];
  const zones = m.many(pool, ['vpc_zone_identifier'], ['aws_subnet']);
  subnetIds.push(
    ...zones.values.filter((value): value is string => typeof value === 'string'),
    ...zones.targets.map(idOf),
  );
  if (subnetIds.length === 0 && template && pool !== template) {
    const fromTemplate = subnetOf(m, template, ['network_interfaces', 0, 'subnet_id']);
    if (fromTemplate.id) subnetIds.push(fromTemplate.id);
  } else if (subnetIds.length === 0 && pool === template) {
    const own = subnetOf(m, pool, ['network_interfaces', 0, 'subnet_id']);
    if (own.id) subnetIds.push(own.id);
  }
  if (subnetIds.length === 0) {
    const why = zones.why ?? "no subnet is given (vpc_zone_identifier or the launch template's network_interfaces)";
    m.gap(`${pool.address}: ${why}: the subnets its nodes land in cannot be verified`, {
      machine: pool.address,
      resource: pool.address,
      origin: m.origin(pool, { attributes: ['vpc_zone_identifier'] }),
    });
  }
  return [...new Set(subnetIds)];
}

function poolMachine(m: Mapping, pool: ResourceInstance, template: ResourceInstance | undefined): TfMachine {
  const subnetIds = poolSubnets(m, pool, template);
  const source = template ?? pool;
  const origin = m.origin(source, template ? {} : { attributes: ['launch_template', 'mixed_instances_policy'] });
  const instanceTags = Object.assign(
    {},
    ...records(template?.values.tag_specifications)
      .filter((spec) => spec.resource_type === 'instance')
      .map((spec) => labelsOfValue(spec.tags)),
  ) as Record<string, string>;
  const remediation = {
    text: `Turn the check off when each instance boots: in the user data of ${source.address}${where(origin)}, call modify-instance-attribute for the instance itself (its instance role needs ec2:ModifyInstanceAttribute), or do it from a lifecycle hook.`,
    command: BOOT_COMMAND,
  };
  const caveat =
    pool === source
      ? LAUNCH_TEMPLATE_CAVEAT
      : LAUNCH_TEMPLATE_CAVEAT.replace('launched from it', `${pool.address} launches`);
  return {
    address: pool.address,
    provider: 'aws',
    pool: true,
    names: [],
    ips: [],
    previous: { ips: [] },
    networkTags: [],
    labels: { ...instanceTags, ...labelsOfValue(pool.values.tags_all), ...blockTags(pool.values.tag) },
    os: 'unknown',
    interfaces: [
      {
        id: source.address,
        name: source.address,
        ips: [],
        subnetId: subnetIds[0],
        forwarding: false,
        caveat,
        remediation,
        origin,
      },
    ],
    subnetIds,
    created: true,
    managedBy: pool.address,
    origin: m.origin(pool),
  };
}

/** An auto scaling group: a pool of the instances its launch template (which it claims) makes. */
export const autoscalingGroupMapper: ResourceMapper = {
  map(group, m) {
    const template = templateOf(m, group);
    return { machine: poolMachine(m, group, template), claims: template ? [template] : [] };
  },
};

/** A launch template no auto scaling group of the plan uses: a pool of its own. */
export const launchTemplateMapper: ResourceMapper = {
  map(template, m) {
    return m.claimant(template) ? {} : { machine: poolMachine(m, template, template) };
  },
};
