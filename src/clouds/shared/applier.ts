import type { PolicyDenial } from '../../model/policy.js';
import type { LiveOptions } from '../../sources/live/types.js';
import type { FixAction } from '../../model/fix-spec.js';

/** Carries out fix actions of one cloud with its SDK; returns what was done, throws what went wrong. */
export interface Applier {
  apply(action: FixAction, options: LiveOptions): Promise<string>;
}

/** A failure the cloud explained (a policy, a permission): reported as is, without the SDK's noise. */
export class FixDenied extends Error {
  constructor(
    message: string,
    /** "policy" when an organisation policy / Azure Policy / SCP forbids the change. */
    readonly reason: 'policy' | 'permission' | 'conflict' | 'failed',
    /** With reason "policy": the policy the cloud named, for the policy-blocks-fix finding. */
    readonly policy?: PolicyDenial,
  ) {
    super(message);
    this.name = 'FixDenied';
  }
}
