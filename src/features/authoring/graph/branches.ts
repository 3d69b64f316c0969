import type { Script } from '@/domain/script/script-schema';

/** One drawn branch: its source, target and words (reaction, move or guard). */
export interface Branch {
  id: string;
  from: string;
  to: string;
  label: string;
  /** The customer step's « otherwise » branch (an unforeseen reaction), drawn as « … ». */
  otherwise?: true;
}

/** Every branch of the script, labelled with what takes it. */
export function branchesOf(script: Script): Branch[] {
  const reactions = new Map<string, string>();
  for (const step of script.steps) {
    if (step.kind === 'customer') step.reactions.forEach((r) => reactions.set(r.id, r.label));
  }
  return script.steps.flatMap((step): Branch[] => {
    if (step.kind === 'outcome') return [];
    const branches = step.transitions.map((transition): Branch => {
      const on = 'on' in transition ? (reactions.get(transition.on) ?? transition.on) : undefined;
      const move = 'onMove' in transition ? transition.onMove : undefined;
      const guard = transition.guard ? '⟨condition⟩' : undefined;
      const label = [transition.label ?? on ?? move, guard].filter(Boolean).join(' ');
      return { id: transition.id, from: step.id, to: transition.to, label };
    });
    if (step.kind === 'customer' && step.otherwise) {
      const { id, to } = step.otherwise;
      branches.push({ id, from: step.id, to, label: '…', otherwise: true });
    }
    return branches;
  });
}
