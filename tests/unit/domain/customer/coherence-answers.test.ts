// Causes of incoherent exchanges found by reading sampled calls (issue 12, session 7: the reply
// answers what the agent just did). One test per cause, each failing on the code before its fix.
import { describe, expect, it } from 'vitest';
import { agentSays, startSession } from '@/domain/session/session-engine';
import type { SessionState } from '@/domain/session/session.types';
import { emptyLineSound } from '@/domain/session/words-reply';
import { libraryDocument, libraryPersonas, realDeps } from '../session/session-fixtures';

const lastCustomer = (state: SessionState) =>
  state.transcript.filter((turn) => turn.speaker === 'customer').at(-1)?.text ?? '';

function call(scriptId: string, brandId: string, lang: 'fr' | 'en', seed: number) {
  const script = libraryDocument('script', scriptId);
  const brand = libraryDocument('brand-guide', brandId);
  const personas = libraryPersonas().filter((p) => p.language === lang);
  const persona = personas[seed % personas.length];
  return {
    state: startSession({ script, persona, brand, mode: 'filage', seed }),
    deps: realDeps(brand, lang),
    brand,
  };
}

describe('the reply answers what the agent just did', () => {
  it('hears a bare « Oui. » as clear words, and keys struck as garbled', () => {
    expect(emptyLineSound('Oui.')).toBe('clear');
    expect(emptyLineSound('Right.')).toBe('clear');
    expect(emptyLineSound('Voilà.')).toBe('clear');
    expect(emptyLineSound('Hmm.')).toBe('noise');
    expect(emptyLineSound('qsdfgh jklm')).toBe('garbled');
    expect(emptyLineSound('azerty')).toBe('garbled');
  });

  it('checks the line after a bare opening word (« Allô ? C’est bien Brisa ? »), not « je n’ai rien compris »', () => {
    const cases = [
      { script: 'exemple-date-prelevement', brand: 'brisa-energie', lang: 'fr', word: 'Oui.' },
      { script: 'en-billing-dispute', brand: 'harbour-mobile', lang: 'en', word: 'Yes.' },
      { script: 'en-identity-verification', brand: 'harbour-mobile', lang: 'en', word: 'Right.' },
    ] as const;
    for (const { script, brand, lang, word } of cases) {
      for (let seed = 1; seed <= 8; seed += 1) {
        const opened = call(script, brand, lang, seed);
        const first = lastCustomer(agentSays(opened.state, word, opened.deps));
        expect(first).toMatch(lang === 'fr' ? /^Allô \?/u : /^Hello\?/u);
        expect(first).toContain(opened.brand.name);
        expect(first).not.toMatch(/compris|understand|follow/u);
      }
    }
    // Someone the firm called asks who and why.
    const outbound = call('enquete-satisfaction-sortante', 'brisa-energie', 'fr', 3);
    expect(lastCustomer(agentSays(outbound.state, 'Oui.', outbound.deps))).toBe(
      'Oui ? C’est à quel sujet ?',
    );
    // Keys struck are still not understood.
    const garbled = call('exemple-date-prelevement', 'brisa-energie', 'fr', 2);
    expect(lastCustomer(agentSays(garbled.state, 'qsdfgh', garbled.deps))).toMatch(
      /Pardon|Comment|Excusez/u,
    );
  });

  it('waits for the rest after a clear empty word mid-call, instead of « je n’ai rien compris »', () => {
    for (let seed = 1; seed <= 8; seed += 1) {
      const { state, deps } = call('exemple-date-prelevement', 'brisa-energie', 'fr', seed);
      const greeted = agentSays(
        state,
        'Brisa Énergie, bonjour ! Camille à votre écoute. En quoi puis-je vous être utile ?',
        deps,
      );
      if (greeted.status !== 'in_call') continue;
      const reply = lastCustomer(agentSays(greeted, 'Voilà.', deps));
      expect(reply).not.toMatch(/compris|comprends|Allô/u);
    }
  });
});
