import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptPhases } from '@/features/rehearsal/catalogue/catalogue-filter';
import { libraryDocument } from '../domain/session/session-fixtures';

const scriptIds = readdirSync('scripts-library/scripts').map((file) => file.replace(/\.json$/, ''));

describe('the catalogue lists a script’s phases in call order', () => {
  it('follows the call, not the order the file lists its steps in', () => {
    // The file lists the refusal's goodbye (conclusion) fourth and the solution last.
    expect(scriptPhases(libraryDocument('script', 'colis-livre-non-recu'))).toEqual([
      'accueil',
      'decouverte',
      'verification',
      'solution',
      'reformulation',
      'objection',
      'conclusion',
    ]);
  });

  it('opens every script with its greeting and ends with the goodbye, each phase once', () => {
    for (const id of scriptIds) {
      const phases = scriptPhases(libraryDocument('script', id));
      expect(phases[0], id).toBe('accueil');
      expect(phases.at(-1), id).toBe('conclusion');
      expect(new Set(phases).size, id).toBe(phases.length);
    }
  });
});
