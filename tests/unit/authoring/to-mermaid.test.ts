import { describe, expect, it } from 'vitest';
import { scriptSchema } from '@/domain/script/script-schema';
import { toMermaid } from '@/features/authoring/interchange/to-mermaid';
import { generateScript } from '../../fixtures/scripts/generate-script';

const script = scriptSchema.parse(generateScript(12));

describe('toMermaid', () => {
  const text = toMermaid(script);
  const lines = text.split('\n');

  it('declares one state per step, titled, with ids Mermaid accepts', () => {
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines).toContain('  state "Question 0" as s_agent_0');
    expect(lines.filter((line) => line.startsWith('  state '))).toHaveLength(script.steps.length);
  });

  it('starts from [*], draws every branch with its words, and ends outcomes in [*]', () => {
    expect(lines).toContain('  [*] --> s_agent_0');
    expect(lines).toContain('  s_agent_0 --> s_jamais : transfer');
    expect(lines).toContain('  s_client_0 --> s_agent_1 : oui');
    expect(lines).toContain('  s_decision_0 --> s_perdu : ⟨condition⟩');
    expect(lines).toContain('  s_perdu --> [*]');
  });

  it('keeps quotes and colons of titles from breaking the diagram', () => {
    const titled = {
      ...script,
      steps: script.steps.map((step) =>
        step.id === 'fin' ? { ...step, title: 'Fin : « résolu » "ok"' } : step,
      ),
    };
    expect(toMermaid(titled)).toContain('state "Fin #58; « résolu » #quot;ok#quot;" as s_fin');
  });

  it('ends with a newline and nothing else', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });
});
