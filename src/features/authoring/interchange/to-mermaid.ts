import type { Script } from '@/domain/script/script-schema';
import { branchesOf } from '../graph/branches';

/** Mermaid state ids allow letters, digits and underscores: step ids have hyphens. */
function stateIds(script: Script): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const step of script.steps) {
    const base = `s_${step.id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}_${n}`;
    taken.add(id);
    ids.set(step.id, id);
  }
  return ids;
}

/** Text safe inside a Mermaid label: one line, no quote or colon to end it early. */
const label = (text: string) =>
  text.replace(/\s+/g, ' ').replace(/"/g, '#quot;').replace(/:/g, '#58;').trim();

/**
 * The script as a Mermaid `stateDiagram-v2`, for documentation: one state per step (its title),
 * one arrow per branch (its reaction, move or condition), the start from [*], outcomes to [*].
 */
export function toMermaid(script: Script): string {
  const ids = stateIds(script);
  const lines = ['stateDiagram-v2', `  %% ${label(script.title)} (${script.id} ${script.version})`];
  for (const step of script.steps)
    lines.push(`  state "${label(step.title)}" as ${ids.get(step.id) ?? ''}`);
  for (const step of script.steps)
    if (step.start) lines.push(`  [*] --> ${ids.get(step.id) ?? ''}`);
  for (const branch of branchesOf(script)) {
    const to = ids.get(branch.to);
    // A branch to a missing step is a validation error; the diagram leaves it out.
    if (!to) continue;
    const words = label(branch.label);
    lines.push(`  ${ids.get(branch.from) ?? ''} --> ${to}${words ? ` : ${words}` : ''}`);
  }
  for (const step of script.steps)
    if (step.kind === 'outcome') lines.push(`  ${ids.get(step.id) ?? ''} --> [*]`);
  return `${lines.join('\n')}\n`;
}
