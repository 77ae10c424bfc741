import { describe, expect, it } from 'vitest';
import type { Hop, Trace } from '../../src/model/connectivity.js';
import { renderTraceMarkdown, renderTraceText } from '../../src/report/trace.js';

const off = (step: Hop['step']): Hop => ({
  step,
  ok: false,
  detail: 'the source/destination check is on on eni-1',
  resource: 'eni-1',
  ruleId: 'forwarding-disabled',
  remediation: { text: 'Turn it off.', command: 'aws ec2 modify-network-interface-attribute --no-source-dest-check' },
});

const trace: Trace = {
  from: 'a',
  to: 'b',
  toNode: 'b',
  ranges: ['10.244.1.0/24'],
  verdict: 'dropped',
  forward: [off('source-forwarding')],
  return: [off('destination-forwarding')],
};

describe('a trace whose two directions fail on the same fix', () => {
  it('writes the fix once and refers to it after, in text and markdown', () => {
    for (const rendered of [renderTraceText(trace), renderTraceMarkdown(trace)]) {
      expect(rendered.split('--no-source-dest-check')).toHaveLength(2);
      expect(rendered).toContain('the fix is shown above');
    }
  });
});
