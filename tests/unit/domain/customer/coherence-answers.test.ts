// Causes of incoherent exchanges found by reading sampled calls (issue 12, session 7: the reply
// answers what the agent just did). One test per cause, each failing on the code before its fix.
import { describe, expect, it } from 'vitest';
import { callStory, lineFitsStory } from '@/domain/customer/aside-fit';
import { chooseAside } from '@/domain/customer/aside-policy';
import { asideLine } from '@/domain/customer/customer-lines';
import { createRandom } from '@/domain/random/seeded-random';
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
  if (!persona) throw new Error(`no ${lang} persona in the library`);
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
      for (let seed = 1; seed <= 4; seed += 1) {
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
    for (let seed = 1; seed <= 4; seed += 1) {
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

describe('an improvisation fits the call told so far (cause A)', () => {
  const fresh = { customerLines: [], factsGiven: 0, identityAsked: false };
  const margaret = () => libraryDocument('persona', 'margaret-hill-upset');

  it('makes no repeat grievance on a call that never had an earlier contact', () => {
    const address = callStory(
      libraryDocument('script', 'en-identity-verification'),
      margaret(),
      fresh,
    );
    const billing = callStory(libraryDocument('script', 'en-billing-dispute'), margaret(), fresh);
    expect(address.previousContact).toBe(false);
    expect(billing.previousContact).toBe(true);
    const grievance = 'I was promised last week it would be fixed.';
    expect(lineFitsStory(grievance, address)).toBe(false);
    expect(lineFitsStory(grievance, billing)).toBe(true);
    // A file that says « aucun appel précédent » vetoes a script written for repeat callers.
    const lucas = libraryDocument('persona', 'lucas-martin-confus');
    const colis = callStory(libraryDocument('script', 'colis-livre-non-recu'), lucas, fresh);
    expect(
      lineFitsStory('Il faut que je vous raconte : la dernière fois que j’ai appelé…', colis),
    ).toBe(false);
    const angry = { irritation: 90, patience: 50, trust: 20 };
    const random = createRandom('grievance');
    const recidiviste = { ...margaret(), type: 'recidiviste' as const };
    for (let draw = 0; draw < 100; draw += 1) {
      const kind = chooseAside(recidiviste, angry, random, {
        fits: (k) => k !== 'repeat_caller' || address.previousContact,
      });
      expect(kind).not.toBe('repeat_caller');
      const line = asideLine(
        'repeat_caller',
        'start',
        margaret(),
        random,
        new Set(),
        'inbound',
        (l) => lineFitsStory(l, address),
      );
      expect(line).not.toContain('promised');
    }
  });

  it('pushes an eSIM pretext only on a call about a SIM, and no « my wife’s account » once he spoke as the holder', () => {
    const cole = libraryDocument('persona', 'daniel-cole-impostor');
    const esim = 'I have lost my phone, it is urgent: you need to activate an eSIM right now.';
    const billing = libraryDocument('script', 'en-billing-dispute');
    const sim = libraryDocument('script', 'en-identity-verification');
    expect(lineFitsStory(esim, callStory(billing, cole, fresh))).toBe(false);
    expect(lineFitsStory(esim, callStory(sim, cole, fresh))).toBe(true);
    const proxy =
      'It is my wife’s account, but she is in hospital, so I am handling everything for her.';
    expect(lineFitsStory(proxy, callStory(sim, cole, fresh))).toBe(true);
    const asked = { ...fresh, identityAsked: true };
    expect(lineFitsStory(proxy, callStory(sim, cole, asked))).toBe(false);
    const own = {
      ...fresh,
      customerLines: ["I don't have the account number. Can't you use my date of birth?"],
    };
    expect(lineFitsStory(proxy, callStory(sim, cole, own))).toBe(false);
  });

  it('leads into a chatty aside with its own « au fait », never « Je regrette, mais au fait »', () => {
    const random = createRandom('au-fait');
    for (const persona of libraryPersonas()) {
      for (let draw = 0; draw < 40; draw += 1) {
        const line = asideLine('off_topic', 'start', persona, random, new Set());
        expect(line).not.toMatch(/\S.*\b(au fait|by the way)\b/iu);
      }
    }
  });
});

describe('the reply answers the part that asks something (cause E)', () => {
  it('gives no customer number to a yes-or-no question about something else that names it', async () => {
    const { requestedFacts } = await import('@/domain/customer/fact-answers');
    expect(
      requestedFacts(
        'Sur votre relevé, le libellé est-il bien « PRLV BRISA », suivi de votre numéro client ?',
      ),
    ).toEqual([]);
    expect(
      requestedFacts('Is the reference on your statement followed by your account number?'),
    ).toEqual([]);
    expect(requestedFacts('Quel est votre numéro client ?')).toEqual(['customerNumber']);
    expect(requestedFacts('Avez-vous votre numéro client sous la main ?')).toEqual([
      'customerNumber',
    ]);
  });
});
