import type { NameRule } from './rule.js';

/** Segments of a resource id: ARM names use letters, digits and . _ - ( ); types and providers the same. */
const RESOURCE_ID = /^(\/[A-Za-z0-9._()-]+)+$/;

export const AZURE_NAMES = {
  'azure-resource-id': {
    subject: 'resource id',
    label: 'Azure resource id (/subscriptions/…/providers/…)',
    pattern: RESOURCE_ID,
    maxLength: 2048,
  },
  'azure-resource-group': {
    subject: 'resource group',
    label: 'Azure resource group name',
    pattern: /^[A-Za-z0-9_().-]*[A-Za-z0-9_()-]$/,
    maxLength: 90,
  },
  'azure-name': {
    subject: 'name',
    label: 'Azure resource name (letters, digits, . _ -; starting with a letter or digit)',
    pattern: /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$/,
    maxLength: 80,
  },
  'azure-subscription': {
    subject: 'subscription',
    label: 'Azure subscription id (a GUID)',
    pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    maxLength: 36,
  },
  'azure-management-group': {
    subject: 'management group',
    label: 'Azure management group id',
    pattern: /^[A-Za-z0-9_().-]+$/,
    maxLength: 90,
  },
} as const satisfies Record<string, NameRule>;
