import { CURRENT_SCHEMA_VERSION, type Language } from '../common-schema';
import type { Script } from '../script-schema';
import { connect } from './branch-edits';
import { addStep, setStart } from './step-edits';

/** What a blank script needs from the author, in the author's language. */
export interface BlankScriptTexts {
  id: string;
  title: string;
  author: string;
  brand: string;
  language: Language;
  summary: string;
  objective: string;
  firstStepTitle: string;
  outcomeTitle: string;
}

/** The smallest script the gate accepts: one agent step leading to one outcome. */
export function blankScript(texts: BlankScriptTexts): Script {
  const empty: Script = {
    kind: 'script',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: texts.id,
    version: '0.1.0',
    language: texts.language,
    title: texts.title,
    summary: texts.summary,
    learningObjectives: [texts.objective],
    author: texts.author,
    difficulty: 'beginner',
    estimatedMinutes: 5,
    direction: 'inbound',
    brand: texts.brand,
    suggestedPersonas: [],
    requires: { identityVerification: false, recordingNotice: false, outboundLegalMentions: false },
    variables: [],
    steps: [],
  };
  const first = addStep(empty, 'agent', texts.firstStepTitle);
  const end = addStep(first.script, 'outcome', texts.outcomeTitle);
  return connect(setStart(end.script, first.stepId), first.stepId, end.stepId);
}

/** A copy of a script under a new id and title (edits never mutate, so sharing the rest is safe). */
export function duplicateScript(script: Script, id: string, title: string): Script {
  return { ...script, id, title, version: '0.1.0' };
}
