import { canonicalIp } from '../cidr.js';
import { escapeControls, quote, refused, Shell } from '../shell.js';
import { AWS_NAMES } from './aws.js';
import { AZURE_NAMES } from './azure.js';
import { GCE_NAMES } from './gce.js';
import { KUBERNETES_NAMES } from './kubernetes.js';
import { accepts, type NameRule } from './rule.js';

const IP_ADDRESS: NameRule = { subject: 'address', label: 'IP address', pattern: /^[0-9A-Fa-f.:]+$/, maxLength: 45 };

/** Every naming rule, by the kind of value a command takes. */
export const NAME_RULES = {
  ...KUBERNETES_NAMES,
  ...AWS_NAMES,
  ...GCE_NAMES,
  ...AZURE_NAMES,
  'ip-address': IP_ADDRESS,
} as const;
export type NameKind = keyof typeof NAME_RULES;

/** How much of a refused value a reason shows: enough to find it in the dump. */
const SHOWN = 80;

export function validName(kind: NameKind, value: string): boolean {
  return accepts(NAME_RULES[kind], value) && (kind !== 'ip-address' || canonicalIp(value) !== undefined);
}

/** Why a value cannot go into a command, naming it with its control characters escaped. */
export function nameProblem(kind: NameKind, value: string): string | undefined {
  if (validName(kind, value)) return undefined;
  const rule = NAME_RULES[kind];
  const shown = value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value;
  return `the ${rule.subject} "${escapeControls(shown)}" is not a valid ${rule.label}`;
}

/** A validated value as one shell word, or the reason it was refused. */
export function named(kind: NameKind, value: string): Shell {
  const problem = nameProblem(kind, value);
  return problem ? refused(problem) : new Shell(quote(value));
}
