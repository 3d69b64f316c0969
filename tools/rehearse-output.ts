// How `npm run rehearse` prints a session: a readable transcript, or the JSON document.
import { customerFile } from '../src/domain/customer/customer-file';
import type { ScoreCard } from '../src/domain/scoring/score-card.types';
import type { SessionState, TurnEvent } from '../src/domain/session/session.types';

const LABELS = {
  fr: {
    agent: 'AGENT ',
    customer: 'CLIENT',
    system: '——————',
    outcome: 'Issue',
    mood: 'irritation {i} · confiance {t} · patience {p}',
  },
  en: {
    agent: 'AGENT ',
    customer: 'CALLER',
    system: '——————',
    outcome: 'Outcome',
    mood: 'irritation {i} · trust {t} · patience {p}',
  },
};

function describeEvent(event: TurnEvent): string | null {
  switch (event.type) {
    case 'aside_started':
      return `aside: ${event.aside} (${event.source})`;
    case 'aside_handled':
      return `aside handled: ${event.aside}`;
    case 'aside_escalated':
      return `aside escalated: ${event.aside} → ${event.to}`;
    case 'facts_given':
      return `facts: ${event.facts.join(', ')}`;
    case 'hold_started':
      return `hold (${event.announcedSeconds} s announced)`;
    case 'hold_ended':
      return `back from hold after ${event.elapsedSeconds} s`;
    case 'dead_air':
      return `dead air ${event.seconds} s`;
    case 'prompter_used':
      return 'prompter used';
    case 'transfer':
      return 'transfer';
    case 'hang_up':
      return `hang-up by ${event.by}`;
    case 'outcome':
      return `outcome: ${event.code}`;
    case 'not_understood':
      return `not understood (${event.count} in a row)`;
    case 'identity_verified':
      return 'identity verified';
    case 'unverified_change':
      return `account changed before identity was verified (${event.step ?? 'no step'})`;
    case 'mood_causes':
      return event.causes.length === 0
        ? null
        : `mood: ${event.causes.map((cause) => `${cause.effect === 'calm' ? '−' : '+'}${cause.id}`).join(' ')}`;
  }
}

/** The call as a play script, with moves, flags and mood after each turn. */
export function formatTranscript(session: SessionState): string {
  const { script, persona, mode, seed } = session.config;
  const labels = LABELS[script.language];
  const lines = [`# ${script.title} — ${persona.name} — ${mode}, seed ${seed}`, ''];
  for (const turn of session.transcript) {
    const step = turn.step ? `[${turn.step}] ` : '';
    if (turn.speaker !== 'system') lines.push(`${labels[turn.speaker]} ${step}${turn.text}`);
    const details: string[] = [];
    if (turn.speaker === 'agent') {
      if (turn.moves.length)
        details.push(
          `moves: ${turn.moves.map((move) => `${move.id} ${move.confidence.toFixed(2)}`).join(', ')}`,
        );
      if (turn.flags.length)
        details.push(`flags: ${turn.flags.map((flag) => `${flag.id} «${flag.text}»`).join(', ')}`);
    }
    details.push(...turn.events.map(describeEvent).filter((text): text is string => text !== null));
    if (turn.speaker === 'customer') {
      details.push(
        labels.mood
          .replace('{i}', String(Math.round(turn.mood.irritation)))
          .replace('{t}', String(Math.round(turn.mood.trust)))
          .replace('{p}', String(Math.round(turn.mood.patience))),
      );
    }
    for (const detail of details) lines.push(`         · ${detail}`);
  }
  lines.push(
    '',
    `${labels.outcome}: ${session.outcome?.code ?? '—'} (${session.outcome?.success ? 'success' : 'not a success'}, ${session.outcome?.reason ?? ''})`,
  );
  return lines.join('\n');
}

/** The session as one JSON document (the shape the CLI promises), with its scores. */
export function sessionToJson(session: SessionState, card: ScoreCard) {
  const { script, persona, seed, mode } = session.config;
  return {
    script: { id: script.id, version: script.version },
    persona: persona.id,
    // The customer file the call was played with: every slot of every line came from it.
    customerFile: customerFile(persona),
    seed,
    mode,
    outcome: session.outcome,
    transcript: session.transcript.map((turn) => ({
      speaker: turn.speaker,
      text: turn.text,
      moves: turn.moves,
      flags: turn.flags,
      mood: turn.mood,
      events: turn.events,
      step: turn.step,
    })),
    scores: {
      brandTone: card.brandTone,
      recovery: card.recovery,
      compliance: { passed: card.compliance.passed, breaches: card.compliance.breaches },
      adherence: card.adherence,
      overall: card.overall,
      asides: card.asides,
      outcome: card.outcome,
      lengthInTurns: card.lengthInTurns,
      rubric: card.rubric,
    },
    findings: card.findings,
  };
}
