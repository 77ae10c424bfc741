import type { NameRule } from './rule.js';

/** RFC 1035 names, as Compute Engine requires for instances, routes, networks, firewall rules and network tags. */
const RFC1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export const GCE_NAMES = {
  'gce-instance': {
    subject: 'instance name',
    label: 'Compute Engine instance name (RFC 1035, up to 63 characters)',
    pattern: RFC1035,
    maxLength: 63,
  },
  'gce-route': {
    subject: 'route name',
    label: 'Compute Engine route name (RFC 1035, up to 63 characters)',
    pattern: RFC1035,
    maxLength: 63,
  },
  'gce-network': {
    subject: 'network name',
    label: 'Compute Engine network name (RFC 1035, up to 63 characters)',
    pattern: RFC1035,
    maxLength: 63,
  },
  'gce-firewall-rule': {
    subject: 'firewall rule name',
    label: 'Compute Engine firewall rule name (RFC 1035, up to 63 characters)',
    pattern: RFC1035,
    maxLength: 63,
  },
  'gce-network-tag': {
    subject: 'network tag',
    label: 'Compute Engine network tag (RFC 1035, up to 63 characters)',
    pattern: RFC1035,
    maxLength: 63,
  },
  // Project ids are 6 to 30 characters; older domain-scoped ones carry "example.com:" in front; a number names a project too.
  'gce-project': {
    subject: 'project',
    label: 'Google Cloud project id (6 to 30 lower-case letters, digits and dashes) or number',
    pattern: /^(([a-z0-9][-a-z0-9.]*[a-z0-9]:)?[a-z][-a-z0-9]{4,28}[a-z0-9]|\d{1,20})$/,
    maxLength: 100,
  },
  'gce-zone': {
    subject: 'zone',
    label: 'Compute Engine zone (region-zone, as us-central1-a)',
    pattern: /^[a-z]+-[a-z]+\d+-[a-z]$/,
    maxLength: 63,
  },
  'gce-service-account': {
    subject: 'service account',
    label: 'Google Cloud service account e-mail',
    pattern: /^[a-z0-9][-a-z0-9]*@[a-z0-9][-a-z0-9.:]*\.gserviceaccount\.com$/,
    maxLength: 254,
  },
  'gce-constraint': {
    subject: 'constraint',
    label: 'organisation policy constraint (as compute.vmCanIpForward)',
    pattern: /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/,
    maxLength: 200,
  },
  // Values of a list policy: resource paths, optionally prefixed by is: or under:.
  'gce-policy-value': {
    subject: 'policy value',
    label: 'organisation policy value (a resource path)',
    pattern: /^(is:|under:)?[a-z][-a-z0-9]*\/[-a-z0-9._:/]+$/,
    maxLength: 400,
  },
} as const satisfies Record<string, NameRule>;
