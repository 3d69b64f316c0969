import { describe, expect, it } from 'vitest';
import { anonymise } from '@/domain/floor/anonymise';
import { floorScript, mineFloor } from '@/domain/floor/mine-floor';
import type { FloorSession } from '@/domain/floor/floor-session';
import { exampleScript } from '../session/session-fixtures';
import { agent, AGENTS, CUSTOMERS, customer, floorSession } from './floor-fixtures';

const script = exampleScript();
const NAMES = { agent: ['Camille Rivet'], customerFirst: ['Rémi'], customerLast: ['Garnier'] };

/** Three calls: two leave the script at « verification », one mishandles an aside at « demande ». */
function sessions(): FloorSession[] {
  return [
    floorSession(
      's1',
      16,
      [
        agent('accueil', 'Bonjour, Camille Rivet à votre écoute, cet appel est enregistré.'),
        customer('demande', 'Je veux changer ma date de prélèvement.'),
        agent('verification', 'Pouvez-vous me donner votre numéro client, Monsieur Garnier ?'),
        customer('reponse-identite', 'Oui, c’est le 123.'),
      ],
      { outcomeCode: 'resolved' },
      0,
    ),
    floorSession(
      's2',
      9,
      [
        agent('accueil', 'Allô ?'),
        customer('demande', 'Je veux changer ma date.'),
        agent('verification', 'Bon, on change ça.'),
        customer('reponse-identite', 'Euh… vous ne me demandez rien ?', [
          { type: 'not_understood', count: 1 },
        ]),
      ],
      {
        findings: [{ rule: 'mandatory_step_missed', criterion: 'adherence', turn: 2, points: -20 }],
      },
      1,
    ),
    floorSession(
      's3',
      11,
      [
        agent('accueil', 'Bonjour, Yanis à votre écoute.'),
        customer('demande', 'Josiane Morel, et je n’ai pas que ça à faire, hein !', [
          { type: 'aside_started', aside: 'outburst', source: 'improvised' },
        ]),
        agent('verification', 'Bon, on change ça.'),
        customer('reponse-identite', 'Pardon ?', [{ type: 'prompter_used', step: 'verification' }]),
      ],
      {
        findings: [
          { rule: 'step_out_of_order', criterion: 'adherence', turn: 2, points: -5 },
          { rule: 'aside_ignored', criterion: 'recovery', turn: 2, points: -10 },
        ],
        asides: [{ kind: 'outburst', turn: 1, score: 20, turnsToReturn: null }],
      },
      1,
    ),
  ];
}

describe('mineFloor', () => {
  it('ranks the steps where most sessions stumbled first, with the evidence', () => {
    const { struggles, sessions: count } = mineFloor(script, sessions());
    expect(count).toBe(3);
    expect(struggles.map((s) => s.stepId)).toEqual(['verification', 'demande']);
    expect(struggles[0]).toMatchObject({ reached: 3, struggled: 2, offScript: 2 });
    expect(struggles[0]?.meanOutOf20).toBe(10);
    expect(struggles[1]).toMatchObject({ struggled: 1, asidesMishandled: 1, offScript: 0 });
  });

  it('breaks a tie in stumbles by the higher rate, then by script order', () => {
    const only = (id: string, step: string) =>
      floorSession(id, 10, [agent(step, 'Hum.')], {
        findings: [{ rule: 'prompter_used', criterion: 'adherence', turn: 0, points: -2 }],
      });
    const reachedTwice = floorSession('r', 10, [agent('accueil', 'Bonjour.')]);
    const mined = mineFloor(script, [only('a', 'accueil'), only('b', 'conclusion'), reachedTwice]);
    // One stumble each; « accueil » was reached twice (rate ½), « conclusion » once (rate 1).
    expect(mined.struggles.map((s) => s.stepId)).toEqual(['conclusion', 'accueil']);
    const tie = mineFloor(script, [only('a', 'conclusion'), only('b', 'accueil')]);
    expect(tie.struggles.map((s) => s.stepId)).toEqual(['accueil', 'conclusion']);
  });

  it('keeps clean lines of scored calls, best mean first, names replaced by slots', () => {
    const { bestLines } = mineFloor(script, sessions());
    const verification = bestLines.filter((line) => line.stepId === 'verification');
    // « Bon, on change ça. » carries deductions in both calls: never an example.
    expect(verification).toEqual([
      {
        stepId: 'verification',
        text: 'Pouvez-vous me donner votre numéro client, Monsieur {nom} ?',
        sessions: 1,
        meanOutOf20: 16,
        bestOutOf20: 16,
      },
    ]);
    const accueil = bestLines.filter((line) => line.stepId === 'accueil').map((l) => l.text);
    expect(accueil).toEqual([
      'Bonjour, {agent} à votre écoute, cet appel est enregistré.',
      'Bonjour, {agent} à votre écoute.',
      'Allô ?',
    ]);
  });

  it('counts a line said in several calls once per call, and groups case and spacing', () => {
    const said = (id: string, score: number, text: string) =>
      floorSession(id, score, [agent('conclusion', text)]);
    const { bestLines } = mineFloor(script, [
      said('a', 14, 'Je vous souhaite une bonne journée.'),
      said('b', 18, 'je vous souhaite  une bonne journée'),
      said('c', 17, 'Autre chose ?'),
    ]);
    expect(bestLines.map((l) => [l.text, l.sessions, l.meanOutOf20, l.bestOutOf20])).toEqual([
      ['Autre chose ?', 1, 17, 17],
      ['Je vous souhaite une bonne journée.', 2, 16, 18],
    ]);
  });

  it('never proposes a line the step already has, nor one of an unscored call', () => {
    const written = script.steps.find((s) => s.id === 'verification');
    const authorLine = written?.kind === 'agent' ? (written.lines[0]?.text ?? '') : '';
    const { bestLines } = mineFloor(script, [
      floorSession('a', 15, [agent('verification', authorLine)]),
      floorSession('b', null, [agent('verification', 'Votre numéro client, s’il vous plaît ?')]),
    ]);
    expect(bestLines).toEqual([]);
  });

  it('never proposes a line the customer could not follow, and counts it as a stumble there', () => {
    const mined = mineFloor(script, [
      floorSession('a', 18, [
        agent('accueil', 'Oui ?'),
        customer('accueil', 'Pardon ? Je n’ai pas bien compris.', [
          { type: 'not_understood', count: 1 },
        ]),
        agent('accueil', 'Brisa Énergie bonjour, à votre écoute, que puis-je pour vous ?'),
      ]),
    ]);
    expect(mined.bestLines.map((line) => line.text)).toEqual([
      'Brisa Énergie bonjour, à votre écoute, que puis-je pour vous ?',
    ]);
    expect(mined.struggles).toMatchObject([{ stepId: 'accueil', offScript: 1 }]);
  });

  it('drops lines that carried sensitive data, even masked by the engine', () => {
    const { bestLines } = mineFloor(script, [
      floorSession('a', 19, [agent('verification', 'Votre carte 4970 1012 3456 7891, c’est ça ?')]),
      floorSession('b', 19, [agent('verification', 'Votre carte [carte masquée, fin 7891] ?')]),
      floorSession('c', 12, [agent('verification', 'Votre numéro client, s’il vous plaît ?')]),
    ]);
    expect(bestLines.map((l) => l.text)).toEqual(['Votre numéro client, s’il vous plaît ?']);
  });

  it('finds improvised reactions no branch handles, most sessions first, without names', () => {
    const outburst = (id: string, who: number, text: string) =>
      floorSession(
        id,
        10,
        [
          customer('demande', text, [
            { type: 'aside_started', aside: 'outburst', source: 'improvised' },
          ]),
        ],
        {},
        who,
      );
    const offTopic = floorSession('o', 12, [
      customer('accord', 'Au fait, il fait beau chez vous ?', [
        { type: 'aside_started', aside: 'off_topic', source: 'improvised' },
      ]),
    ]);
    const { unhandled } = mineFloor(script, [
      offTopic,
      outburst('a', 0, 'Rémi Garnier, et ça fait trois fois que j’appelle !'),
      outburst('b', 1, 'Josiane Morel, et ça fait trois fois que j’appelle !'),
    ]);
    expect(unhandled).toEqual([
      {
        stepId: 'demande',
        aside: 'outburst',
        text: '{prénom} {nom}, et ça fait trois fois que j’appelle !',
        sessions: 2,
        meanOutOf20: 10,
      },
      {
        stepId: 'accord',
        aside: 'off_topic',
        text: 'Au fait, il fait beau chez vous ?',
        sessions: 1,
        meanOutOf20: 12,
      },
    ]);
  });

  it('ignores an aside a branch of the step already handles, and scripted ones', () => {
    // « demande » has a reaction marked as an interruption.
    const { unhandled } = mineFloor(script, [
      floorSession('a', 10, [
        customer('demande', 'Attendez, attendez !', [
          { type: 'aside_started', aside: 'interruption', source: 'improvised' },
        ]),
        customer('accord', 'Non mais franchement !', [
          { type: 'aside_started', aside: 'outburst', source: 'script' },
        ]),
      ]),
    ]);
    expect(unhandled).toEqual([]);
  });

  it('lists the steps no session reached, outcomes by their code', () => {
    const { unreached } = mineFloor(script, sessions());
    expect(unreached).toEqual([
      'controle-tentatives',
      'changement',
      'accord',
      'conclusion',
      'refus-securite',
      'refuse-securite',
    ]);
    expect(mineFloor(script, []).unreached).toEqual([]);
  });

  it('never repeats an agent or customer name anywhere in what it returns', () => {
    const mined = JSON.stringify(mineFloor(script, sessions()));
    for (const name of [
      ...AGENTS.flatMap((n) => n.split(' ')),
      ...CUSTOMERS.flatMap((c) => [c.first, c.last]),
    ])
      expect(mined).not.toContain(name);
  });
});

describe('floorScript', () => {
  it('is all the mining reads: the same result, and a retitled step reads the same', () => {
    const read = floorScript(script);
    expect(mineFloor(read, sessions())).toEqual(mineFloor(script, sessions()));
    const retitled = { ...script, steps: script.steps.map((s) => ({ ...s, title: 'Autre' })) };
    expect(JSON.stringify(floorScript(retitled))).toBe(JSON.stringify(read));
    const relined = {
      ...script,
      steps: script.steps.map((s) => (s.kind === 'agent' ? { ...s, lines: [] } : s)),
    };
    expect(JSON.stringify(floorScript(relined))).not.toBe(JSON.stringify(read));
  });
});

describe('anonymise', () => {
  it('replaces names as whole words only, and refuses sensitive data', () => {
    expect(anonymise('Merci Monsieur Garnier, bonne journée Rémi.', NAMES, 'fr')).toBe(
      'Merci Monsieur {nom}, bonne journée {prénom}.',
    );
    expect(anonymise('Les Garniers du coin', NAMES, 'fr')).toBe('Les Garniers du coin');
    expect(anonymise('Thank you Mr Garnier', NAMES, 'en')).toBe('Thank you Mr {lastName}');
    expect(anonymise('Mon IBAN est FR76 3000 6000 0112 3456 7890 189', NAMES, 'fr')).toBeNull();
  });
});
