// Causes of incoherent exchanges found by reading sampled calls (issue 12, « ≥ 90 % coherent »),
// one test per cause, each failing on the code before its fix.
import { describe, expect, it } from 'vitest';
import { chooseAside, isAsideHandled } from '@/domain/customer/aside-policy';
import type { AsideKind, Mood } from '@/domain/customer/customer.types';
import { asideLine, escalationsSpent, reactionLine } from '@/domain/customer/customer-lines';
import { answerFacts, requestedFacts } from '@/domain/customer/fact-answers';
import { personaForBrand } from '@/domain/customer/customer-file';
import { personaSlots } from '@/domain/customer/file-slots';
import { createRandom } from '@/domain/random/seeded-random';
import { grants, offerMade } from '@/domain/session/agent-line-reading';
import { scriptAnswer } from '@/domain/session/script-answer';
import { agentSays, startSession } from '@/domain/session/session-engine';
import type { SessionState } from '@/domain/session/session.types';
import { offenceKind, wordsReplyKind } from '@/domain/session/words-reply';
import {
  fakePersona,
  libraryDocument,
  libraryPersonas,
  realDeps,
} from '../session/session-fixtures';

describe('what made exchanges incoherent', () => {
  it('puts no lead-in tic before a line that opens on its own (« Frankly, frankly », « que oui »)', () => {
    const persona = fakePersona({
      language: 'en',
      temperament: { talkativeness: 1 },
      speechStyle: { ...fakePersona().speechStyle, tics: ['frankly', 'to be fair'] },
    });
    const random = createRandom('tics');
    const opening = {
      id: 'a',
      text: "Frankly, if this bill isn't sorted today, I'll go elsewhere.",
    };
    const plain = { id: 'b', text: 'The account number is on the bill.' };
    let ticked = 0;
    for (let draw = 0; draw < 100; draw += 1) {
      expect(reactionLine([opening], persona, random, new Set()).text).toBe(opening.text);
      if (reactionLine([plain], persona, random, new Set()).text !== plain.text) ticked += 1;
    }
    // Tics still colour the lines that have no opening of their own.
    expect(ticked).toBeGreaterThan(10);
  });

  it('makes no objection before anything was offered to object to', () => {
    const persona = fakePersona({ type: 'je-sais-tout' });
    const mood: Mood = { irritation: 30, patience: 60, trust: 40 };
    const random = createRandom('objection');
    const before = new Set<string | null>();
    const after = new Set<string | null>();
    for (let draw = 0; draw < 200; draw += 1) {
      before.add(chooseAside(persona, mood, random, { offerMade: false }));
      after.add(chooseAside(persona, mood, random, { offerMade: true }));
    }
    expect(before.has('objection')).toBe(false);
    expect(after.has('objection')).toBe(true);
  });

  it('takes an English blame as an offence, and answers « calm down » as that', () => {
    const en = realDeps(null, 'en');
    const fr = realDeps(null, 'fr');
    const context = { customerFirstName: 'Rémi', customerLastName: 'Garnier' };
    const read = (deps: typeof en, text: string) => deps.analyse(text, { context });
    expect(wordsReplyKind(read(en, 'It is your own fault, you misread your contract.'))).toBe(
      'blamed',
    );
    expect(offenceKind(read(en, 'Calm down, it is your own fault.'))).toBe('toldToCalmDown');
    expect(offenceKind(read(fr, 'C’est votre faute, vous avez mal lu.'))).toBe('blamed');
    expect(offenceKind(read(fr, 'Je vous envoie la confirmation aujourd’hui.'))).toBeNull();
  });

  it('never says the same escalation twice in a row, even a persona that repeats itself', () => {
    const persona = fakePersona({ type: 'recidiviste' });
    const random = createRandom('escalate');
    for (let draw = 0; draw < 30; draw += 1) {
      const first = asideLine('objection', 'escalate', persona, random, new Set());
      // The turn said more than the escalation: it still counts as said.
      const said = new Set([`Pardon ? Je ne vous permets pas. ${first}`]);
      expect(asideLine('objection', 'escalate', persona, random, said)).not.toBe(first);
    }
  });

  it('claims no « vous me dites de me calmer » in an escalation the agent never prompted', () => {
    const persona = fakePersona();
    const random = createRandom('outburst');
    for (let draw = 0; draw < 60; draw += 1) {
      const line = asideLine('outburst', 'escalate', persona, random, new Set());
      expect(line).not.toMatch(/calmer|votre erreur, pas la mienne/u);
    }
  });

  it('answers a question the call cannot take up yet, as the author wrote it, and only once', () => {
    const script = libraryDocument('script', 'client-furieux-responsable');
    const persona = fakePersona();
    const question =
      'Merci Monsieur Garnier. Voici ce que je constate : deux prélèvements de 96 euros, le 5 novembre et le 6 novembre, avec la même référence. Le second est une erreur de notre part, et je vous prie de nous en excuser. Votre banque vous a-t-elle facturé des frais à cause de ce second prélèvement ?';
    const random = createRandom('answer');
    const first = scriptAnswer(script, question, persona, random, new Set());
    expect(first?.already).toBe(false);
    expect(first?.text).toMatch(/frais|euros|argent/u);
    // Asked again: answered already, not another (maybe contradicting) answer — and which
    // answer, so it can be said again (« je vous l'ai dit : … »).
    const again = scriptAnswer(script, question, persona, random, new Set([first?.text ?? '']));
    expect(again).toEqual({ text: first?.text, already: true });
    // A line the script never wrote for the agent gets no scripted answer.
    expect(
      scriptAnswer(script, 'Quel temps fait-il chez vous ?', persona, random, new Set()),
    ).toBeNull();
  });

  it('confirms a reformulation check rather than noting the promise in it', () => {
    const fr = realDeps(null, 'fr');
    const context = { customerFirstName: 'Rémi', customerLastName: 'Garnier' };
    const reading = fr.analyse(
      'Si je comprends bien, vous souhaitez être prélevé le 15 au lieu du 5 : c’est fait, ce sera le cas dès le mois prochain. C’est bien cela ?',
      { context },
    );
    expect(wordsReplyKind(reading)).toBe('reformulationConfirmed');
  });

  it('hears a need said plainly as a request for the facts it names', () => {
    expect(
      requestedFacts(
        'Avant d’ouvrir votre dossier, j’ai besoin de vérifier qu’il s’agit bien de vous : votre numéro client, qui commence par BE, et la date de souscription de votre contrat, s’il vous plaît.',
      ),
    ).toContain('customerNumber');
    expect(requestedFacts('Je vous envoie la confirmation par e-mail aujourd’hui.')).toEqual([]);
  });

  it('takes a commitment for now as done, and doing what was objected to as an answer', () => {
    const fr = realDeps(null, 'fr');
    const context = { customerFirstName: 'Rémi', customerLastName: 'Garnier' };
    const reading = fr.analyse(
      'Bien sûr, c’est votre droit : j’arrête l’enregistrement dès maintenant.',
      { context },
    );
    expect(reading.moves.map((move) => move.id)).toContain('commit');
    // « Dans quel délai ? » after « dès maintenant » does not listen.
    expect(wordsReplyKind(reading)).toBe('commitmentTaken');
    expect(isAsideHandled('objection', reading, 'fr')).toBe(true);
  });

  it('joins a lead-in tic as spoken: « qu’évidemment », « I’m sorry, but I … »', () => {
    const tics = (language: 'fr' | 'en', tic: string) =>
      fakePersona({
        language,
        temperament: { talkativeness: 1 },
        speechStyle: { ...fakePersona().speechStyle, tics: [tic] },
      });
    const random = createRandom('joints');
    const fr = tics('fr', 'figurez-vous que');
    const en = tics('en', "I'm sorry, but");
    for (let draw = 0; draw < 40; draw += 1) {
      const said = new Set<string>();
      const line = { id: 'a', text: 'Évidemment qu’elle m’a pris des frais.' };
      expect(reactionLine([line], fr, random, said).text).not.toMatch(/que É|que é/u);
      const english = { id: 'b', text: 'I was promised it would be fixed.' };
      expect(reactionLine([english], en, random, said).text).not.toMatch(/but,/u);
    }
  });

  it('claims no pretext in an escalation that the caller may not have used', () => {
    const random = createRandom('pretext');
    for (const language of ['fr', 'en'] as const) {
      const persona = fakePersona({ language });
      for (let draw = 0; draw < 40; draw += 1) {
        const line = asideLine('social_engineering', 'escalate', persona, random, new Set());
        expect(line).not.toMatch(/urgence|collègue|chiffres|emergency|digits/u);
      }
    }
  });

  it('reads a granted request, and a DESC limit as no offer to object to', () => {
    const reading = (ids: string[]) =>
      ({ text: '', moves: ids.map((id) => ({ id })), flags: [] }) as never;
    expect(grants(reading(['commit', 'explain']))).toBe(true);
    expect(grants(reading(['commit', 'refuse_politely']))).toBe(false);
    const session = { transcript: [] } as never;
    expect(offerMade(session, reading(['set_limit', 'propose', 'empathise']), 'verification')).toBe(
      false,
    );
    expect(offerMade(session, reading(['propose']), 'verification')).toBe(true);
  });

  it('takes « the same day » as a time, not as a promise without one', () => {
    const reading = (text: string) =>
      ({ text, moves: [{ id: 'commit' }, { id: 'explain' }], flags: [] }) as never;
    const sameDay = 'Reply with the code, and the replacement SIM goes out the same day.';
    expect(wordsReplyKind(reading(sameDay))).toBe('commitmentTaken');
    expect(wordsReplyKind(reading('I will look into it.'))).toBe('vaguePromise');
  });
});

describe('what the customer still got wrong in an open aside (session 6)', () => {
  it('gives the tracking number, postcode and shop asked for a parcel, from every persona file', () => {
    const question =
      'Pour accéder à votre livraison en toute sécurité, pouvez-vous me donner le numéro de suivi du colis, le code postal de livraison, et le nom de la boutique où vous avez commandé ?';
    const keys = requestedFacts(question);
    expect(keys).toEqual(['trackingNumber', 'postcode', 'shop']);
    const colibri = libraryDocument('brand-guide', 'colibri-livraison');
    const honest = libraryPersonas().filter((p) => p.language === 'fr' && !p.hiddenIntent);
    expect(honest.length).toBeGreaterThan(5);
    for (const persona of honest.map((p) => personaForBrand(p, colibri))) {
      const answer = answerFacts(keys, persona, createRandom(persona.id));
      const slots = personaSlots(persona);
      expect(answer?.given).toEqual(keys);
      // The file's own values: its number, its postcode, a shop (the file's, or the persona's).
      expect(answer?.text).toContain(persona.factSheet.address.postalCode);
      expect(answer?.text).toContain(slots.boutique);
      expect(slots.boutique).not.toBe('');
      expect(answer?.text).toMatch(/CL-\d{4,5}-\d{4}/u);
    }
    // Asked the address and the postcode, the customer says the postcode once.
    expect(requestedFacts('Pouvez-vous me donner votre adresse et votre code postal ?')).toEqual([
      'address',
    ]);
  });

  it('has escalations for a long call, each said once before the aside is dropped', () => {
    const kinds: AsideKind[] = [
      'interruption',
      'outburst',
      'off_topic',
      'objection',
      'manager_demand',
      'legal_threat',
      'social_engineering',
      'misunderstanding',
      'repeat_request',
      'repeat_caller',
    ];
    for (const persona of [fakePersona(), libraryDocument('persona', 'margaret-hill-upset')])
      for (const direction of ['inbound', 'outbound'] as const)
        for (const kind of kinds) {
          const random = createRandom(`${kind}-${direction}`);
          const said = new Set<string>();
          while (!escalationsSpent(kind, persona, said, direction)) {
            const line = asideLine(kind, 'escalate', persona, random, said, direction);
            expect([...said]).not.toContain(line);
            said.add(line);
          }
          // Three unheard escalations before the customer drops it, in both languages.
          expect(said.size).toBeGreaterThanOrEqual(3);
        }
  });

  const colis = () => libraryDocument('script', 'colis-livre-non-recu');
  const gerard = () => libraryDocument('persona', 'gerard-fontaine-bavard');
  const colibri = () => libraryDocument('brand-guide', 'colibri-livraison');
  const OPTIONS =
    'Merci Monsieur Fontaine. Je vois l’enquête ENQ-20931, close ce matin : le colis n’a pas été retrouvé. Je m’en occupe dans cet appel : je le déclare perdu auprès de la boutique dès maintenant. Deux options s’offrent à vous : un nouvel envoi, livré sous trois jours ouvrés, ou le remboursement de votre commande par la boutique, sous 14 jours au plus tard. Que préférez-vous ?';
  /** A call with an improvised aside open and lines already said in it. */
  function inAside(
    config: Parameters<typeof startSession>[0],
    kind: AsideKind,
    said: string[],
  ): SessionState {
    const state = startSession(config);
    return {
      ...state,
      aside: { kind, failures: 0, startedAt: 0, scripted: false },
      memory: { ...state.memory, said, customerTurns: 3 },
    };
  }

  it('answers a question asked again in an aside with the answer given, not the complaint alone', () => {
    const script = colis();
    const persona = gerard();
    const first = scriptAnswer(script, OPTIONS, persona, createRandom('first'), new Set());
    expect(first?.already).toBe(false);
    const answer = first?.text ?? '';
    for (let seed = 1; seed <= 12; seed += 1) {
      const config = { script, persona, brand: colibri(), mode: 'filage' as const, seed };
      const state = agentSays(inAside(config, 'off_topic', [answer]), OPTIONS, realDeps(colibri()));
      const reply = state.transcript.at(-1)?.text ?? '';
      // « Je vous l'ai dit : je préfère le recevoir … », then the feeling of not being heard.
      expect(reply).toMatch(/^Je vous (l’ai dit|ai répondu) : /u);
      expect(reply.toLowerCase()).toContain(answer.toLowerCase());
    }
  });

  it('notices a line said again at once in an aside, before the aside goes on', () => {
    const statement = 'Votre colis était attendu samedi, il a été déposé à 11 h 42.';
    for (let seed = 1; seed <= 8; seed += 1) {
      const config = {
        script: colis(),
        persona: gerard(),
        brand: colibri(),
        mode: 'filage' as const,
        seed,
      };
      const open = inAside(config, 'off_topic', []);
      const deps = realDeps(colibri());
      const once = agentSays(open, statement, deps);
      const twice = agentSays({ ...once, aside: open.aside }, statement, deps);
      expect(twice.transcript.at(-1)?.text).toMatch(
        /^(Oui, vous venez de me le dire|Vous me l’avez déjà dit, ça)\./u,
      );
    }
  });

  it('settles an objection answered by a question already answered, without « je vous ai déjà répondu »', () => {
    const script = colis();
    const persona = gerard();
    const answer =
      scriptAnswer(script, OPTIONS, persona, createRandom('first'), new Set())?.text ?? '';
    for (let seed = 1; seed <= 8; seed += 1) {
      const config = { script, persona, brand: colibri(), mode: 'filage' as const, seed };
      const state = agentSays(inAside(config, 'objection', [answer]), OPTIONS, realDeps(colibri()));
      const reply = state.transcript.at(-1);
      expect(reply?.events.some((e) => e.type === 'aside_handled')).toBe(true);
      expect(reply?.text).not.toMatch(/déjà répondu|viens de vous répondre/u);
    }
  });

  it('drops an aside whose escalations were all said, never saying one again word for word', () => {
    const cases = [
      {
        script: colis(),
        persona: gerard(),
        brand: colibri(),
        line: 'Votre colis était attendu samedi.',
      },
      {
        script: libraryDocument('script', 'en-billing-dispute'),
        persona: libraryDocument('persona', 'margaret-hill-upset'),
        brand: libraryDocument('brand-guide', 'harbour-mobile'),
        line: 'Your bill shows the roaming pass from last month.',
      },
    ];
    for (const { script, persona, brand, line } of cases) {
      // Every escalation line of the bank, as this persona says them.
      const drawn = Array.from({ length: 40 }, (_, draw) =>
        asideLine('off_topic', 'escalate', persona, createRandom(`spent-${draw}`), new Set()),
      );
      const bank = [...new Set(drawn)];
      expect(bank.length).toBeGreaterThanOrEqual(2);
      for (let seed = 1; seed <= 12; seed += 1) {
        const config = { script, persona, brand, mode: 'filage' as const, seed };
        const deps = realDeps(brand, script.language);
        const state = agentSays(inAside(config, 'off_topic', bank), line, deps);
        const reply = (state.transcript.at(-1)?.text ?? '').toLowerCase();
        for (const escalation of bank) expect(reply).not.toContain(escalation.toLowerCase());
        expect(state.aside).toBeNull();
      }
    }
  });
});

describe('improvised asides that fit what was just said (session 6)', () => {
  const angry: Mood = { irritation: 80, patience: 60, trust: 30 };

  it('cuts in on, or asks to repeat, a long line only, and never cuts in on a commitment', () => {
    const hurried = fakePersona({ type: 'presse', secondaryTypes: ['senior'] });
    const random = createRandom('fit');
    const short = new Set<string | null>();
    const long = new Set<string | null>();
    const committed = new Set<string | null>();
    for (let draw = 0; draw < 300; draw += 1) {
      short.add(chooseAside(hurried, angry, random, { lineWords: 4 }));
      long.add(chooseAside(hurried, angry, random, { lineWords: 40 }));
      committed.add(chooseAside(hurried, angry, random, { lineWords: 40, committed: true }));
    }
    expect(short.has('interruption')).toBe(false);
    expect(short.has('repeat_request')).toBe(false);
    expect(long.has('interruption')).toBe(true);
    expect(long.has('repeat_request')).toBe(true);
    expect(committed.has('interruption')).toBe(false);
    // A calm angry-type caller with nothing that fits makes no stand-in aside (« vous parlez un
    // peu vite » from Karim once a commitment answered his interruption).
    const calm: Mood = { irritation: 20, patience: 60, trust: 40 };
    const karim = fakePersona({ type: 'agressif', secondaryTypes: [] });
    for (let draw = 0; draw < 50; draw += 1)
      expect(chooseAside(karim, calm, random, { lineWords: 40, committed: true })).toBeNull();
  });

  it('objects on a survey only to a pitch, and after an answer only to what that line offered', () => {
    const doubter = libraryDocument('persona', 'nathalie-roche-mefiante');
    const survey = libraryDocument('script', 'enquete-satisfaction-sortante');
    const cancel = libraryDocument('script', 'resiliation-offre-fidelite');
    const brisa = libraryDocument('brand-guide', 'brisa-energie');
    const lumio = libraryDocument('brand-guide', 'lumio-telecom');
    // Lines the customer answers or hears, none of them a pitch or an offer.
    const cases = [
      {
        script: survey,
        brand: brisa,
        line: 'Je peux vous rappeler demain à 18 h 30, ou jeudi à 12 h : qu’est-ce qui vous arrange ?',
      },
      {
        script: cancel,
        brand: lumio,
        line: 'Merci pour ces éléments. Puis-je vous demander ce qui motive votre décision ?',
      },
      {
        // « Je m'en occupe » while checking who calls offers nothing yet.
        script: cancel,
        brand: lumio,
        line: 'Bien sûr, je m’en occupe. Pour sécuriser votre compte, pouvez-vous me donner votre numéro client et le montant de votre dernière facture ?',
      },
    ];
    for (const { script, brand, line } of cases) {
      const deps = realDeps(brand);
      for (let seed = 1; seed <= 40; seed += 1) {
        const state = startSession({ script, persona: doubter, brand, mode: 'generale', seed });
        // Something was offered earlier in the call: a callback, a transfer.
        const offered: SessionState = {
          ...state,
          mood: angry,
          memory: { ...state.memory, customerTurns: 4 },
          transcript: [
            {
              index: 0,
              speaker: 'agent',
              text: 'Je vous propose un rappel.',
              moves: [{ id: 'propose', confidence: 1 } as never],
              flags: [],
              mood: angry,
              events: [],
              step: null,
              phase: null,
            },
          ],
        };
        const after = agentSays(offered, line, deps);
        const started = after.transcript
          .at(-1)
          ?.events.some((e) => e.type === 'aside_started' && e.aside === 'objection');
        expect(started, `${script.id} seed ${seed}`).toBe(false);
      }
    }
  });
});
