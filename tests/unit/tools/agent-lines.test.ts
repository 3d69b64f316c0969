import { describe, expect, it } from 'vitest';
import { AgentLinesError, parseAgentLines } from '../../../tools/agent-lines';

describe('agent lines with stage directives', () => {
  it('reads spoken lines and the hold, return, transfer, silence and hang-up directives', () => {
    const text = 'Bonjour.\n\n/hold 120\n/resume 90\n/silence 12\n/transfer\n/hangup\n/prompter';
    expect(parseAgentLines(text, 'call.txt')).toEqual([
      { type: 'AGENT_LINE', text: 'Bonjour.' },
      { type: 'HOLD', announcedSeconds: 120 },
      { type: 'RESUME', elapsedSeconds: 90 },
      { type: 'DEAD_AIR', seconds: 12 },
      { type: 'TRANSFER' },
      { type: 'HANG_UP' },
      { type: 'PROMPTER' },
    ]);
  });

  it('names the file, the line and the fix for a directive it does not know or a bad number', () => {
    expect(() => parseAgentLines('Bonjour.\n/pause 3', 'call.txt')).toThrow(
      /call\.txt, line 2: unknown directive "\/pause 3"\. Directives: \/hold SECONDS/u,
    );
    expect(() => parseAgentLines('/hold deux', 'call.txt')).toThrow(AgentLinesError);
    expect(() => parseAgentLines('/resume', 'call.txt')).toThrow(
      /line 1: \/resume needs a number/u,
    );
  });
});
