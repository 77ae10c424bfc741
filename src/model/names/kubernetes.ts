import type { NameRule } from './rule.js';

/** RFC 1123 label and subdomain, as Kubernetes validates object names (apimachinery validation.IsDNS1123*). */
const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL = new RegExp(`^${LABEL}$`);
const DNS1123_SUBDOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*$`);

export const KUBERNETES_NAMES = {
  'kubernetes-node': {
    subject: 'node name',
    label: 'Kubernetes node name (a DNS-1123 subdomain)',
    pattern: DNS1123_SUBDOMAIN,
    maxLength: 253,
  },
  'kubernetes-namespace': {
    subject: 'namespace',
    label: 'Kubernetes namespace (a DNS-1123 label)',
    pattern: DNS1123_LABEL,
    maxLength: 63,
  },
  'kubernetes-configmap': {
    subject: 'ConfigMap name',
    label: 'Kubernetes ConfigMap name (a DNS-1123 subdomain)',
    pattern: DNS1123_SUBDOMAIN,
    maxLength: 253,
  },
} as const satisfies Record<string, NameRule>;
