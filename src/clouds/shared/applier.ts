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

export type ActionOf<K extends FixAction['kind']> = Extract<FixAction, { kind: K }>;

/** One cloud's fix actions, each with the function that carries it out given the cloud's client (`C`). */
export type Handlers<K extends FixAction['kind'], C> = {
  readonly [A in K]: (action: ActionOf<A>, client: C) => Promise<string>;
};

/** Carries out `action` with its handler in one cloud's table; an action of another cloud (`an AWS`) is refused. */
export function dispatch<K extends FixAction['kind'], C>(
  handlers: Handlers<K, C>,
  action: FixAction,
  client: C,
  cloud: string,
): Promise<string> {
  type Any = (action: FixAction, client: C) => Promise<string>;
  const handler = (handlers as Partial<Record<FixAction['kind'], Any>>)[action.kind];
  if (!handler) throw new FixDenied(`${action.kind} is not ${cloud} action`, 'failed');
  return handler(action, client);
}
