// Issue 13 item 6: bonuses never hide a fault. Each golden session is played once through the real
// engine; then a fault is added to the recorded session (not replayed, so the customer cannot take
// another path): a banned phrase, « tu », blame or curt words in one agent line (re-read by the
// real analyser), the verification taken out before the account is touched, or the agent hanging
// up after one of its lines. No criterion's score and not the total may rise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyser, type Analyser } from '@/domain/language/analyser';
import { defaultCorpus } from '@/domain/language/default-corpus';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import { scoreSession } from '@/domain/scoring/score-session';
import type { SessionState, TranscriptTurn } from '@/domain/session/session.types';
import {
  defaultRubric,
  playGolden,
  type GoldenSession,
} from '../../../fixtures/golden-sessions/golden-player';

const labels = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/fixtures/golden-sessions/labels.json'), 'utf8'),
) as { sessions: Record<string, GoldenSession> };
const rubric = defaultRubric();

/** Words added to one agent line, per language: each is a fault the rubric names. */
const LINE_FAULTS: Record<'fr' | 'en', Record<string, (text: string) => string>> = {
  fr: {
    'banned phrase': (text) => `${text} Pas de souci.`,
    tutoiement: (text) => `Tu vois, ${text}`,
    blame: (text) => `${text} C'est votre faute.`,
    'curt words': (text) => `Non. ${text}`,
  },
  en: {
    'banned phrase': (text) => `${text} No worries.`,
    'familiar register': (text) => `Cheers, mate. ${text}`,
    blame: (text) => `${text} It's your fault.`,
    'curt words': (text) => `No. ${text}`,
  },
};

interface Played {
  id: string;
  session: SessionState;
  brand: BrandGuide;
  card: ScoreCard;
}
const played: Played[] = [];
const analysers = new Map<string, Analyser>();

beforeAll(() => {
  for (const [id, golden] of Object.entries(labels.sessions)) {
    const { session, brand } = playGolden(golden);
    played.push({ id, session, brand, card: scoreSession(session, rubric, brand) });
  }
}, 120_000);

function analyserOf(session: SessionState, brand: BrandGuide): Analyser {
  const lang = session.config.script.language;
  const known = analysers.get(`${lang}:${brand.id}`);
  if (known) return known;
  const made = createAnalyser({ lang, corpus: defaultCorpus(lang), brandVoice: brand });
  analysers.set(`${lang}:${brand.id}`, made);
  return made;
}

// The line with the fault added: the same moves (the agent did the same thing), the flags the
// analyser hears in the new words.
function withWords(played: Played, turn: TranscriptTurn, text: string): SessionState {
  const sheet = played.session.config.persona.factSheet;
  const reading = analyserOf(played.session, played.brand).analyse(text, {
    context: { customerFirstName: sheet.firstName, customerLastName: sheet.lastName },
  });
  // Words added cannot take back what the line already did: a stored line is redacted (« [IBAN
  // masqué] »), so re-reading it loses the sensitive-data flag its original words raised.
  const kept = turn.flags.filter(
    (flag) => !reading.flags.some((heard) => heard.id === flag.id && heard.text === flag.text),
  );
  const transcript = played.session.transcript.map((t) =>
    t.index === turn.index ? { ...t, text, flags: [...kept, ...reading.flags] } : t,
  );
  return { ...played.session, transcript };
}

// The agent never asked for proof: its verification moves are gone, and with them the proof.
function withoutVerification(session: SessionState): SessionState {
  const transcript = session.transcript.map((turn) => ({
    ...turn,
    moves:
      turn.speaker === 'agent' ? turn.moves.filter((m) => m.id !== 'verify_identity') : turn.moves,
    events: turn.events.filter((event) => event.type !== 'identity_verified'),
  }));
  return { ...session, transcript };
}

// The agent hangs up right after this line: the rest of the call never happened.
function hungUpAfter(session: SessionState, turn: TranscriptTurn): SessionState {
  const kept = session.transcript.slice(0, turn.index + 1);
  const hangUp: TranscriptTurn = {
    ...turn,
    index: kept.length,
    speaker: 'system',
    text: '',
    moves: [],
    flags: [],
    events: [{ type: 'hang_up', by: 'agent' }],
  };
  return {
    ...session,
    status: 'ended',
    transcript: [...kept, hangUp],
    outcome: { code: 'agent_hung_up', success: false, reason: 'agent_hung_up' },
  };
}

// Compliance is left out for a hang-up only: a breach the agent never got to say did not happen,
// and the total (0 for a call hung up on) still may not rise.
function neverHigher(before: ScoreCard, after: ScoreCard, what: string, compliance = true) {
  expect(after.brandTone, `${what}: brand tone`).toBeLessThanOrEqual(before.brandTone);
  expect(after.adherence.score, `${what}: adherence`).toBeLessThanOrEqual(before.adherence.score);
  if (compliance)
    expect(after.compliance.score, `${what}: compliance`).toBeLessThanOrEqual(
      before.compliance.score,
    );
  if (before.recovery !== null && after.recovery !== null)
    expect(after.recovery, `${what}: recovery`).toBeLessThanOrEqual(before.recovery);
  expect(after.overall.score, `${what}: total`).toBeLessThanOrEqual(before.overall.score);
}

// One card per fault: no card worth nothing (but a compliance breach, each pinned on its turn),
// and a card's sign is its rule's: a deduction never shows as a gain, a bonus never as a loss.
function cardsAgree(card: ScoreCard, what: string) {
  for (const finding of card.findings) {
    const rule = rubric.rules[finding.rule];
    if (finding.criterion !== 'compliance')
      expect(finding.points, `${what}: ${finding.rule} on turn ${finding.turn}`).not.toBe(0);
    expect(Math.sign(finding.points) * Math.sign(rule.points), `${what}: ${finding.rule}`).not.toBe(
      -1,
    );
  }
}

describe('adding a fault to a golden session never raises a score (issue 13 item 6)', () => {
  it('words: a banned phrase, « tu », blame or curt words in any agent line', () => {
    let checked = 0;
    for (const one of played) {
      const faults = LINE_FAULTS[one.session.config.script.language];
      for (const turn of one.session.transcript.filter((t) => t.speaker === 'agent')) {
        for (const [name, add] of Object.entries(faults)) {
          const faulty = withWords(one, turn, add(turn.text));
          const card = scoreSession(faulty, rubric, one.brand);
          neverHigher(one.card, card, `${one.id}, turn ${turn.index}, ${name}`);
          cardsAgree(card, `${one.id}, turn ${turn.index}, ${name}`);
          // The fault is seen: a finding on that turn, so the debrief can say why.
          expect(
            card.findings.some((f) => f.turn === turn.index && f.points < 0),
            `${one.id}, turn ${turn.index}, ${name}: a finding`,
          ).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(400);
  }, 120_000);

  it('a verification skipped before the account is touched', () => {
    for (const one of played) {
      const card = scoreSession(withoutVerification(one.session), rubric, one.brand);
      neverHigher(one.card, card, `${one.id}, no verification`);
    }
  });

  it('the agent hanging up after any of its lines', () => {
    for (const one of played) {
      const agentTurns = one.session.transcript.filter((t) => t.speaker === 'agent');
      for (const turn of agentTurns.slice(0, -1)) {
        const card = scoreSession(hungUpAfter(one.session, turn), rubric, one.brand);
        neverHigher(one.card, card, `${one.id}, hang-up after turn ${turn.index}`, false);
      }
    }
  });
});
