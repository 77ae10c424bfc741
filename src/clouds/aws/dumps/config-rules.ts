import { AWS_ENI_SOURCE_DEST_CHECK_RULE } from '../../../model/policy.js';
import type { ReadContext } from '../../../sources/context.js';
import type { FormatReader } from '../../../sources/format.js';
import { isRecord, list, record, str } from '../../../sources/values.js';

/** ACTIVE and EVALUATING rules evaluate resources; DELETING ones are on their way out. */
const ACTIVE_STATES = new Set(['ACTIVE', 'EVALUATING']);

/**
 * `aws configservice describe-config-rules --output json`: the managed rule ec2-enis-source-destination-check-enabled
 * (identifier EC2_ENIS_SOURCE_DESTINATION_CHECK_ENABLED) reports every ENI with the check off, host-gw nodes included,
 * as NON_COMPLIANT. Other rules are read and left alone.
 */
export const awsDescribeConfigRules: FormatReader = {
  id: 'aws-describe-config-rules',
  producedBy: 'aws configservice describe-config-rules --output json',
  matches: (value) => isRecord(value) && Array.isArray(value.ConfigRules),
  read(value: unknown, context: ReadContext) {
    const rules = list(record(value).ConfigRules);
    rules.forEach((item, i) => {
      const path = ['ConfigRules', i];
      if (!isRecord(item)) context.fail(path, `ConfigRules[${i}] is not an object`);
      const name = str(item.ConfigRuleName);
      if (!name) context.fail(path, 'Config rule without ConfigRuleName');
      const source = record(item.Source);
      const identifier = str(source.SourceIdentifier) ?? '';
      const relevant = str(source.Owner) === 'AWS' && identifier.toUpperCase() === AWS_ENI_SOURCE_DEST_CHECK_RULE;
      const state = str(item.ConfigRuleState);
      const arn = str(item.ConfigRuleArn);
      const scope = record(item.Scope);
      const tagKey = str(scope.TagKey);
      context.builder.addPolicy({
        kind: 'aws-config-rule',
        provider: 'aws',
        id: arn ?? name,
        name,
        ruleName: name,
        identifier,
        active: state === undefined || ACTIVE_STATES.has(state),
        createdBy: str(item.CreatedBy),
        scopeTag: tagKey ? { key: tagKey, value: str(scope.TagValue) } : undefined,
        region: arn ? /^arn:aws[\w-]*:config:([^:]+):/.exec(arn)?.[1] : undefined,
        effect: 'detect',
        blocks: relevant ? 'forwarding' : undefined,
        origin: context.origin([...path, 'Source', 'SourceIdentifier']),
      });
    });
    return rules.length;
  },
};
