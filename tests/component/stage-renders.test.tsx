// What renders during a call (issue 19 item 2): each stage component is wrapped in a render
// counter, then the clock ticks, the agent types and lines are exchanged on the real stage.
import { memo, type ComponentType, type MemoExoticComponent, type ReactNode } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startCall } from './start-call';

const renders = new Map<string, number>();
const count = (name: string) => renders.set(name, (renders.get(name) ?? 0) + 1);
const rendersOf = (name: string) => renders.get(name) ?? 0;

type AnyProps = Record<string, unknown>;

/** The same component, counting its renders; a memoised one stays memoised with its compare. */
function counted(name: string, component: unknown): unknown {
  const memoised = component as MemoExoticComponent<ComponentType<AnyProps>> & {
    type?: ComponentType<AnyProps>;
    compare?: (a: AnyProps, b: AnyProps) => boolean;
  };
  if (memoised.type) {
    // Called, not mounted as a child: its own state changes (typing) are counted as renders too.
    const inner = memoised.type as (props: AnyProps) => ReactNode;
    return memo(function Counted(props: AnyProps) {
      count(name);
      return inner(props);
    }, memoised.compare ?? undefined);
  }
  const plain = component as (props: AnyProps) => unknown;
  return function Counted(props: AnyProps) {
    count(name);
    return plain(props);
  };
}

vi.mock('@/features/rehearsal/stage/stage-screen', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, StageScreen: counted('StageScreen', real.StageScreen) };
});
vi.mock('@/features/rehearsal/stage/conversation-log', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, ConversationLog: counted('ConversationLog', real.ConversationLog) };
});
vi.mock('@/features/rehearsal/stage/turn-row', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, TurnRow: counted('TurnRow', real.TurnRow) };
});
vi.mock('@/features/rehearsal/stage/agent-input', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, AgentInput: counted('AgentInput', real.AgentInput) };
});
vi.mock('@/features/rehearsal/stage/customer-file-panel', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, CustomerFilePanel: counted('CustomerFilePanel', real.CustomerFilePanel) };
});
vi.mock('@/features/rehearsal/stage/call-clock', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, CallClock: counted('CallClock', real.CallClock) };
});

vi.mock('@/features/rehearsal/stage/call-controls', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, CallControls: counted('CallControls', real.CallControls) };
});
vi.mock('@/features/rehearsal/stage/dictation-control', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, DictationControl: counted('DictationControl', real.DictationControl) };
});
vi.mock('@/features/rehearsal/stage/mood-gauge', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, MoodGauge: counted('MoodGauge', real.MoodGauge) };
});
vi.mock('@/features/rehearsal/stage/prompter-panel', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, PrompterPanel: counted('PrompterPanel', real.PrompterPanel) };
});
vi.mock('@/features/rehearsal/stage/voice-toggle', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, VoiceToggle: counted('VoiceToggle', real.VoiceToggle) };
});
vi.mock('@/features/rehearsal/stage/save-status', async (load) => {
  const real = await load<Record<string, unknown>>();
  return { ...real, SaveStatus: counted('SaveStatus', real.SaveStatus) };
});

// The first call of the file builds the analyser: slow on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

const STAGE_PARTS = [
  'StageScreen',
  'ConversationLog',
  'TurnRow',
  'AgentInput',
  'CustomerFilePanel',
  'CallControls',
  'DictationControl',
  'MoodGauge',
  'PrompterPanel',
  'VoiceToggle',
  'SaveStatus',
];

beforeEach(() => renders.clear());

describe('what the stage renders during a call', () => {
  it('renders only the clock when a second passes', async () => {
    await startCall(/^Répétition/);
    const clock = document.querySelector('time') as HTMLTimeElement;
    const shown = clock.textContent;
    renders.clear();
    await waitFor(() => expect(clock.textContent).not.toBe(shown), { timeout: 3000 });
    expect(rendersOf('CallClock')).toBeGreaterThanOrEqual(1);
    for (const part of STAGE_PARTS) expect(rendersOf(part), part).toBe(0);
  });

  it('renders only the agent’s line on a keystroke', async () => {
    const { user } = await startCall(/^Répétition/);
    const line = screen.getByLabelText('Votre réplique');
    await user.click(line);
    renders.clear();
    await user.type(line, 'Bonjour');
    expect(line).toHaveValue('Bonjour');
    expect(rendersOf('AgentInput')).toBe('Bonjour'.length);
    for (const part of STAGE_PARTS.filter((name) => name !== 'AgentInput'))
      expect(rendersOf(part), part).toBe(0);
  });

  it('renders each turn of the transcript once', async () => {
    const { user } = await startCall(/^Répétition/);
    const log = screen.getByRole('log', { name: 'Conversation' });
    const line = screen.getByLabelText('Votre réplique');
    const replies = () => log.querySelectorAll('.turn--customer').length;
    const before = log.querySelectorAll('li').length;
    renders.clear();
    for (const text of [
      'Brisa Énergie bonjour, Julie à votre écoute.',
      'Pouvez-vous me donner votre numéro client ?',
    ]) {
      const heard = replies();
      await user.type(line, `${text}{Enter}`);
      await waitFor(() => expect(replies()).toBeGreaterThan(heard));
    }
    const after = log.querySelectorAll('li').length;
    expect(after - before).toBeGreaterThanOrEqual(4);
    // The rows already there are not drawn again, and each new one is drawn once.
    expect(rendersOf('TurnRow')).toBe(after - before);
  });

  it('draws, on a reply, the new rows and what the reply changed, not the line nor the controls', async () => {
    const { user } = await startCall(/^Répétition/);
    const log = screen.getByRole('log', { name: 'Conversation' });
    const line = screen.getByLabelText('Votre réplique');
    const replies = () => log.querySelectorAll('.turn--customer').length;
    await user.type(line, 'Brisa Énergie bonjour, Julie à votre écoute.');
    const before = log.querySelectorAll('li').length;
    const heard = replies();
    renders.clear();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(replies()).toBeGreaterThan(heard));
    // The save state settles after the reply is shown: wait for « Enregistré » too.
    await waitFor(() => expect(document.querySelector('.save-state--saved')).not.toBeNull());
    const added = log.querySelectorAll('li').length - before;
    expect(added).toBeGreaterThanOrEqual(2);
    expect(rendersOf('TurnRow')).toBe(added);
    // Enter empties the line: one render of it, none of its dictation button.
    expect(rendersOf('AgentInput')).toBe(1);
    for (const part of ['DictationControl', 'CallControls', 'CustomerFilePanel'])
      expect(rendersOf(part), part).toBe(0);
    expect(rendersOf('StageScreen')).toBeGreaterThanOrEqual(1);
    // The reply comes with its turns on disk: the log is drawn once, with them, not once for
    // the answer and again for its save.
    expect(rendersOf('ConversationLog')).toBe(1);
  });
});
