// `npm run rehearse -- --script ID|PATH [--persona ID] --seed N --mode MODE --agent FILE [--json]
//   [--rubric ID|PATH] [--show-rubric]`
// Plays a call headless: one agent turn per non-empty line of FILE, the simulated customer
// answering; a line starting with "/" is a stage action (/hold 60, /resume 45, /transfer,
// /hangup, /silence 20, /prompter). A thin wrapper over src/domain/session; bad input → a clear
// message and exit 2.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REHEARSAL_MODES, type RehearsalMode } from '../src/domain/customer/customer.types';
import { createAnalyser } from '../src/domain/language/analyser';
import { defaultCorpus } from '../src/domain/language/default-corpus';
import { redactAgentLine as redact } from '../src/domain/language/redaction';
import { gateDocument, type GatedDocument } from '../src/domain/script/document-gate';
import { renderRubric } from '../src/domain/scoring/render-rubric';
import type { ScoreCard } from '../src/domain/scoring/score-card.types';
import { scoreSession } from '../src/domain/scoring/score-session';
import type { SessionState } from '../src/domain/session/session.types';
import { AgentLinesError, parseAgentLines, playAgentEvents } from './agent-lines';
import { formatTranscript, sessionToJson } from './rehearse-output';
import { formatScoreCard } from './rehearse-score-card';

const LIBRARY = resolve(fileURLToPath(new URL('../scripts-library', import.meta.url)));
const FOLDERS = {
  script: 'scripts',
  persona: 'personas',
  'brand-guide': 'brands',
  rubric: 'rubrics',
} as const;

export class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--'))
    throw new UsageError(`--${name} needs a value.`);
  return value;
}

/** A library document by id (or a file path) through the real gate; bad input → UsageError. */
export function load<K extends GatedDocument['kind']>(kind: K, idOrPath: string) {
  const file = existsSync(idOrPath) ? idOrPath : join(LIBRARY, FOLDERS[kind], `${idOrPath}.json`);
  if (!existsSync(file)) {
    throw new UsageError(
      `${kind} "${idOrPath}" not found (looked for ${file}). Give a library id or a file path.`,
    );
  }
  const gated = gateDocument(readFileSync(file, 'utf8'));
  if (!gated.ok) {
    const first = gated.findings[0];
    throw new UsageError(
      `${file}: ${first?.path ?? '$'}: ${first?.ruleId ?? 'invalid'}: ${first?.message.en ?? 'invalid document'}`,
    );
  }
  if (gated.value.kind !== kind)
    throw new UsageError(`${file}: expected a ${kind}, found a ${gated.value.kind}.`);
  return gated.value.document as Extract<GatedDocument, { kind: K }>['document'];
}

/** Parses the arguments, plays the call and returns what to print. */
export function rehearse(args: string[]): {
  output: string;
  session: SessionState;
  scores: ScoreCard;
} {
  const scriptArg = option(args, 'script');
  const agentFile = option(args, 'agent');
  if (!scriptArg || !agentFile) throw new UsageError('--script and --agent are required.');
  const mode = (option(args, 'mode') ?? 'filage') as RehearsalMode;
  if (!REHEARSAL_MODES.includes(mode))
    throw new UsageError(`--mode must be one of ${REHEARSAL_MODES.join(', ')}.`);
  const seedText = option(args, 'seed') ?? '1';
  const seed = Number(seedText);
  if (!Number.isSafeInteger(seed))
    throw new UsageError(`--seed must be an integer, not "${seedText}".`);
  const script = load('script', scriptArg);
  const personaId = option(args, 'persona') ?? script.suggestedPersonas[0];
  if (!personaId)
    throw new UsageError(`Script ${script.id} suggests no persona: pass --persona ID.`);
  const persona = load('persona', personaId);
  if (persona.language !== script.language) {
    throw new UsageError(
      `Persona ${persona.id} speaks "${persona.language}" but script ${script.id} is in "${script.language}".`,
    );
  }
  const brand = load('brand-guide', script.brand);
  if (!existsSync(agentFile)) throw new UsageError(`Agent lines file not found: ${agentFile}`);
  const events = parseAgentLines(readFileSync(agentFile, 'utf8'), agentFile);
  const analyser = createAnalyser({
    lang: script.language,
    corpus: defaultCorpus(script.language),
    brandVoice: brand,
  });
  const session = playAgentEvents(
    { script, persona, brand, mode, seed },
    { analyse: (text, options) => analyser.analyse(text, options), redact },
    events,
  );
  const rubric = load('rubric', option(args, 'rubric') ?? 'default');
  const scores = scoreSession(session, rubric, brand);
  const preface = args.includes('--show-rubric')
    ? `${renderRubric(rubric, script.language)}\n\n`
    : '';
  const output = args.includes('--json')
    ? JSON.stringify(sessionToJson(session, scores), null, 2)
    : `${preface}${formatTranscript(session)}\n\n${formatScoreCard(scores)}`;
  return { output, session, scores };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(`${rehearse(process.argv.slice(2)).output}\n`);
  } catch (error) {
    const known = error instanceof UsageError || error instanceof AgentLinesError;
    process.stderr.write(`rehearse: ${error instanceof Error ? error.message : String(error)}\n`);
    if (!known)
      process.stderr.write(
        'This is a bug in Coulisses; please report it with the command you ran.\n',
      );
    process.exit(2);
  }
}
