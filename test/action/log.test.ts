import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/action/log.js';
import { neutraliseWorkflowCommands } from '../../src/io/workflow-commands.js';
import { commandShapedLines, RUNNER_LINE_ENDS, runnerCommands } from './runner-commands.js';

/** Pieces that build command look-alikes: colons, the legacy prefix, every kind of leading space, line ends. */
const PIECES = [
  '::',
  ':',
  '#',
  '##[',
  '[',
  ']',
  'error',
  'add-mask',
  'stop-commands',
  ' ',
  '\t',
  '\u00a0',
  '\u2003',
  '\u0085',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\r',
  '\n',
  '\r\n',
  'x',
  '%0A',
];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('neutraliseWorkflowCommands', () => {
  it('leaves no line the runner could take as a command, whatever the text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const safe = neutraliseWorkflowCommands(text);
        expect(commandShapedLines(safe)).toEqual([]);
        expect(runnerCommands(safe)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing but the zero-width breaks it inserts, line ends included', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const safe = neutraliseWorkflowCommands(text);
        expect(safe.replaceAll('\u200b', '')).toBe(text.replaceAll('\u200b', ''));
        expect(safe.match(new RegExp(RUNNER_LINE_ENDS, 'g'))).toEqual(text.match(new RegExp(RUNNER_LINE_ENDS, 'g')));
      }),
    );
  });

  it('keeps ordinary report lines, IPv6 prefixes and mid-line colons byte for byte', () => {
    const text = '  fd00::/8 via node k8s-0: ok\nCluster\n  warning  route-stale  route a::b\n';
    expect(neutraliseWorkflowCommands(text)).toBe(text);
  });

  it('breaks the command start after any leading whitespace, and the legacy prefix anywhere', () => {
    expect(neutraliseWorkflowCommands(' \t::add-mask::x')).toBe(' \t:\u200b:add-mask::x');
    expect(neutraliseWorkflowCommands('a\r::error::b')).toBe('a\r:\u200b:error::b');
    expect(neutraliseWorkflowCommands('node n ##[error]x')).toBe('node n ##\u200b[error]x');
  });
});

describe('oneLine', () => {
  it('shows line ends and other control characters escaped', () => {
    expect(oneLine('a\n::b\r\u0007c.json')).toBe('a\\n::b\\r\\x07c.json');
  });
});
