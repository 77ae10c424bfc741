import type { PolicyDenial } from '../model/policy.js';
import type { FindingDraft } from '../model/finding.js';
import type { Provider } from '../model/provider.js';
import type { FormatReader } from '../sources/format.js';
import { CLUSTER_READERS } from '../sources/formats.js';
import { terraformReader } from '../sources/terraform/reader.js';
import { awsCloud } from './aws/index.js';
import { azureCloud } from './azure/index.js';
import { baremetalCloud } from './baremetal/index.js';
import { gceCloud } from './gce/index.js';
import { denialFinding, type DeniedStep } from './shared/policy/denial.js';
import type { Cloud, CloudReaders, ProviderProfile } from './types.js';
import { vsphereCloud } from './vsphere/index.js';

/** The registry: adding a cloud is adding its folder and a line here. */
const CLOUDS: Readonly<Record<Provider, Cloud>> = {
  aws: awsCloud,
  gce: gceCloud,
  azure: azureCloud,
  vsphere: vsphereCloud,
  baremetal: baremetalCloud,
};

export function cloudFor(provider: Provider): Cloud {
  return CLOUDS[provider];
}

export function profileFor(provider: Provider): ProviderProfile {
  return CLOUDS[provider].profile;
}

/**
 * Network and firewall data name their cloud as surely as instance lists do: a node without a providerID next to
 * `describe-network-interfaces` runs on AWS. Policies do not: they constrain fixes, whatever runs the nodes.
 */
function readersOf(role: keyof CloudReaders): FormatReader[] {
  return Object.values(CLOUDS).flatMap((cloud) =>
    role === 'policy'
      ? cloud.readers[role]
      : cloud.readers[role].map((reader) => ({ ...reader, provider: cloud.profile.id })),
  );
}

/**
 * Every input format the file mode understands; the first whose `matches` accepts a document reads it. Formats are
 * told apart by content, and the more specific shapes come first.
 */
export const FORMAT_READERS: readonly FormatReader[] = [
  ...CLUSTER_READERS,
  ...readersOf('network'),
  terraformReader(Object.values(CLOUDS).flatMap((cloud) => (cloud.terraform ? [cloud.terraform] : []))),
  ...readersOf('firewall'),
  ...readersOf('policy'),
];

/** When an applier could not tell which policy refused the change: the cloud's kind of policy, unnamed. */
export function unnamedDenial(provider: Provider): PolicyDenial {
  return CLOUDS[provider].denials?.unnamed ?? CLOUDS.aws.denials!.unnamed;
}

/** The policy-blocks-fix finding an apply-time denial becomes, with the way out its cloud offers. */
export function deniedAtApply(denial: PolicyDenial, step: DeniedStep): FindingDraft {
  const denials = CLOUDS[denial.provider].denials ?? CLOUDS.aws.denials!;
  return denialFinding(denial, step, denials.remediation(denial, step));
}
