import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOVE_IDS } from '@/domain/moves/move-catalogue';
import { PERSONA_TYPES } from '@/domain/script/persona-schema';
import { RULES } from '@/domain/script/rules';
import { PHASES } from '@/domain/script/script-schema';

const guide = readFileSync(
  new URL('../../../../scripts-library/README.md', import.meta.url),
  'utf8',
);

// Authors write scripts from the guide alone: it must name every rule and every allowed value.
describe('authoring guide (scripts-library/README.md)', () => {
  it.each(Object.keys(RULES))('documents rule %s', (rule) => {
    expect(guide).toContain(`\`${rule}\``);
  });

  it('lists every move, phase and persona type', () => {
    for (const value of [...MOVE_IDS, ...PHASES, ...PERSONA_TYPES]) {
      expect(guide).toContain(`\`${value}\``);
    }
  });
});
