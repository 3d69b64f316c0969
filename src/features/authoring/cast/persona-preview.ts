import { chooseAside, ANGER_THRESHOLD } from '@/domain/customer/aside-policy';
import type { AsideKind } from '@/domain/customer/customer.types';
import { asideLine, fillerLine, reactionLine } from '@/domain/customer/customer-lines';
import { initialMood } from '@/domain/customer/mood';
import { createRandom } from '@/domain/random/seeded-random';
import type { Persona } from '@/domain/script/persona-schema';

/** One line of the preview, with what makes the customer say it. */
export type PreviewLine =
  | { when: 'sample'; text: string }
  | { when: 'aside' | 'angryAside'; aside: AsideKind; text: string }
  | { when: 'waiting'; text: string };

/**
 * A few lines the persona would say, drawn by the customer code Répéter plays with (same
 * banks, register grammar, tics and customer-file placeholders), from a seed: the same persona
 * and seed always give the same lines, another seed another draw. Lines already drawn are not
 * repeated, as in a call.
 */
export function personaPreview(persona: Persona, seed: number): PreviewLine[] {
  const random = createRandom(`atelier-preview:${persona.id}:${seed}`);
  const said = new Set<string>();
  const say = <L extends PreviewLine>(line: L): L => {
    said.add(line.text);
    return line;
  };
  const samples = persona.speechStyle.sampleLines.map((text, index) => ({
    id: `sample-${index + 1}`,
    text,
  }));
  const lines: PreviewLine[] = [];
  for (let i = 0; i < Math.min(2, samples.length); i += 1) {
    lines.push(say({ when: 'sample', text: reactionLine(samples, persona, random, said).text }));
  }
  const mood = initialMood(persona);
  const calm = chooseAside(persona, mood, random);
  if (calm) {
    lines.push(
      say({ when: 'aside', aside: calm, text: asideLine(calm, 'start', persona, random, said) }),
    );
  }
  // How they sound once annoyed: the same persona past the anger threshold.
  const angry = chooseAside(
    persona,
    { ...mood, irritation: Math.max(mood.irritation, ANGER_THRESHOLD + 30) },
    random,
  );
  if (angry && angry !== calm) {
    lines.push(
      say({
        when: 'angryAside',
        aside: angry,
        text: asideLine(angry, 'start', persona, random, said),
      }),
    );
  }
  lines.push(say({ when: 'waiting', text: fillerLine('waiting', persona, random, said) }));
  return lines;
}
