import { runCheck, type CheckOptions, type CheckResult, type ExtraDraft } from '../engine/check.js';
import { UserError } from '../errors.js';
import { UNCONFINED } from '../io/roots.js';
import { writeFileSafely } from '../io/write.js';
import type { Provider } from '../model/provider.js';
import type { FixOutcome, Report } from '../report/types.js';
import { cloudFor, deniedAtApply, unnamedDenial } from '../clouds/index.js';
import { FixDenied } from '../clouds/shared/applier.js';
import { ruleWith } from '../rules/index.js';
import { buildPlan, planScript } from '../fix/plan.js';
import { type PlanEntry } from '../model/fix-spec.js';

export interface FixOptions {
  readonly mode: 'plan' | 'apply';
  readonly fixScope: 'node' | 'network';
  readonly prune: boolean;
  /** A larger plan is refused without `force`: a drift job must not rewrite a whole network by surprise. */
  readonly maxChanges: number;
  readonly force: boolean;
  readonly planScript?: string;
}

async function applyPlan(
  plan: readonly PlanEntry[],
  options: CheckOptions,
  log: (line: string) => void,
  denials: ExtraDraft[],
): Promise<FixOutcome[]> {
  const outcomes: FixOutcome[] = [];
  for (const entry of plan.filter((step) => step.applies)) {
    const load = cloudFor(entry.provider as Provider).applier;
    if (!load) {
      outcomes.push({ ...describe(entry), status: 'failed', detail: `no ${entry.provider} applier` });
      continue;
    }
    const applier = await load();
    const done: string[] = [];
    try {
      for (const action of entry.actions) {
        // Every mutating call is logged before it is sent and its result after.
        log(`applying ${action.kind} for ${entry.node ?? entry.resource ?? 'the cluster'} (${entry.api})`);
        done.push(await applier.apply(action, options.live!));
        log(`  done: ${done[done.length - 1]}`);
      }
      outcomes.push({ ...describe(entry), status: 'applied', detail: done.join('; ') });
    } catch (error) {
      // One failure must not stop the other fixes: record it and go on.
      const detail = (error as Error).message?.split('\n')[0] ?? String(error);
      log(`  failed: ${detail}`);
      // Appliers load lazily: compare by name too, in case a bundle ever holds two copies of the class.
      const denied =
        error instanceof FixDenied || (error as Error)?.name === 'FixDenied' ? (error as FixDenied) : undefined;
      outcomes.push({ ...describe(entry), status: 'failed', detail, ...(denied ? { reason: denied.reason } : {}) });
      // A policy refusal is a finding of its own, naming the policy: the report must say what to ask an exemption of.
      if (denied?.reason === 'policy') {
        const step = { node: entry.node, resource: entry.resource, api: entry.api, detail };
        denials.push({
          ruleId: ruleWith('reportsApplyDenials').meta.id,
          draft: deniedAtApply(denied.policy ?? unnamedDenial(entry.provider as Provider), step),
        });
      }
    }
  }
  return outcomes;
}

function describe(entry: PlanEntry): Pick<FixOutcome, 'action' | 'ruleId' | 'node' | 'resource' | 'fingerprint'> {
  return {
    action: entry.action,
    ruleId: entry.ruleId,
    node: entry.node,
    resource: entry.resource,
    fingerprint: entry.fingerprint,
  };
}

/**
 * Check, plan, and with `apply` carry the plan out on the live cloud, then check again: the report shows the
 * state after, the summary before, and every step's outcome. A fix that did not take is an error.
 */
export async function runWithFixes(
  options: CheckOptions,
  fix: FixOptions,
  log: (line: string) => void,
): Promise<CheckResult> {
  if (fix.mode === 'apply' && !options.live)
    throw new UserError('--fix apply needs --live: fixes are applied to the cloud the live cluster runs on');
  const before = await runCheck(options);
  const plan = buildPlan(before.report.findings, fix);
  if (fix.planScript) {
    await writeFileSafely(fix.planScript, planScript(plan), {
      label: '--plan-script',
      roots: options.files ?? UNCONFINED,
      mode: 0o755,
    });
  }
  if (fix.mode === 'plan') return { ...before, report: { ...before.report, plan } };

  const changes = plan.filter((step) => step.applies).reduce((sum, step) => sum + step.actions.length, 0);
  if (changes > fix.maxChanges && !fix.force) {
    throw new UserError(
      `the plan has ${changes} changes, more than --max-changes ${fix.maxChanges}: review it with --fix plan, then raise the limit or pass --force`,
    );
  }
  const denials: ExtraDraft[] = [];
  const outcomes = await applyPlan(plan, options, log, denials);
  if (outcomes.length === 0) return { ...before, report: { ...before.report, plan, fixResults: [] } };

  const after = await runCheck(options, denials);
  const remaining = new Set(after.report.findings.map((finding) => finding.fingerprint));
  const checked = outcomes.map((outcome) =>
    outcome.status === 'applied' && remaining.has(outcome.fingerprint)
      ? {
          ...outcome,
          status: 'did-not-take' as const,
          detail: `${outcome.detail}; the re-check still finds the problem`,
        }
      : outcome,
  );
  const failed = checked.filter((outcome) => outcome.status !== 'applied').length;
  const report: Report = {
    ...after.report,
    plan,
    fixResults: checked,
    before: before.report.summary,
    summary: { ...after.report.summary, passed: after.report.summary.passed && failed === 0 },
  };
  return { ...after, report };
}
