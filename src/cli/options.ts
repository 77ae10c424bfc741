import { InvalidArgumentError } from 'commander';
import { parseCidr } from '../model/cidr.js';
import { PROVIDERS, type Provider } from '../model/provider.js';
import { FORMATS, type FailOn, type Format } from '../report/types.js';
import { SEVERITIES, type Severity } from '../model/finding.js';
import { parseNodeSelector } from '../sources/terraform/select.js';

/** Argument parsers for commander: each rejects a bad value with a message naming the accepted ones. */

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    if (!(allowed as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${allowed.join(', ')}`);
    return value as T;
  };
}

export const parseFormat = oneOf<Format>(FORMATS);
export const parseProvider = oneOf<Provider>(PROVIDERS);
export const parseFailOn = oneOf<FailOn>([...SEVERITIES, 'never']);
export const parseSeverity = oneOf<Severity>(SEVERITIES);

export function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('expected a number of seconds');
  return seconds;
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** --node-selector: a Terraform resource address glob or tag:KEY=VALUE, checked here so that a typo is a usage error. */
export function collectNodeSelector(value: string, previous: string[] = []): string[] {
  try {
    parseNodeSelector(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
  return [...previous, value];
}

export function collectCidr(value: string, previous: string[] = []): string[] {
  if (!parseCidr(value)) throw new InvalidArgumentError('not a valid CIDR');
  return [...previous, value];
}
