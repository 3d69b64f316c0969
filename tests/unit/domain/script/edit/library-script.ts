import { readFileSync } from 'node:fs';
import { gateDocument } from '@/domain/script/document-gate';
import type { Script } from '@/domain/script/script-schema';

/** A real library script after the gate, as the studio holds it. */
export function libraryScript(name = 'exemple-date-prelevement'): Script {
  const url = new URL(`../../../../../scripts-library/scripts/${name}.json`, import.meta.url);
  const gated = gateDocument(readFileSync(url, 'utf8'));
  if (!gated.ok || gated.value.kind !== 'script') throw new Error(`${name} did not pass the gate`);
  return gated.value.document;
}
