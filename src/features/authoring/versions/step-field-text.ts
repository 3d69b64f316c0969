import { useTranslation } from 'react-i18next';
import { isMoveId } from '@/domain/moves/move-catalogue';
import type { StepField } from '@/domain/script/edit/compare-scripts';
import type { Guard } from '@/domain/script/script-variables-schema';
import type { Script, ScriptStep } from '@/domain/script/script-schema';
import { useAuthoringTranslation } from '../use-authoring-translation';

const OPERATORS = { eq: '=', neq: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

/**
 * Says one part of a step in the trainer's words, as a list of short texts (one per line, reaction,
 * branch…), so two versions of the part can be read side by side. `script` names branch targets.
 */
export function useStepFieldText(): (
  step: ScriptStep,
  field: StepField,
  script: Script,
) => string[] {
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();

  // An unknown move id is a validator finding elsewhere; here it is shown as it is written.
  const moveName = (move: string) => (isMoveId(move) ? tApp(`rehearsal.moves.${move}`) : move);

  const guardText = (guard: Guard): string => {
    const conditions = 'all' in guard ? guard.all : 'any' in guard ? guard.any : [guard];
    return conditions
      .map((c) => `${c.variable} ${OPERATORS[c.op]} ${String(c.value)}`)
      .join(t('any' in guard ? 'versionsWalk.or' : 'versionsWalk.and'));
  };

  const branches = (step: ScriptStep, script: Script): string[] => {
    if (step.kind === 'outcome') return [];
    const title = (id: string) => {
      const target = script.steps.find((s) => s.id === id);
      return target ? `${target.title} (${id})` : id;
    };
    const reaction = (id: string) =>
      step.kind === 'customer' ? (step.reactions.find((r) => r.id === id)?.label ?? id) : id;
    const shown = step.transitions.map((branch) => {
      const when =
        'on' in branch
          ? t('versionsWalk.onReaction', { reaction: reaction(branch.on) })
          : 'onMove' in branch && branch.onMove
            ? t('versionsWalk.onMove', { move: moveName(branch.onMove) })
            : t('versionsWalk.always');
      const parts = [
        t('versionsWalk.branch', { when, to: title(branch.to) }),
        branch.label && t('versionsWalk.branchLabel', { label: branch.label }),
        branch.guard && t('versionsWalk.guard', { condition: guardText(branch.guard) }),
        branch.set?.length && t('versionsWalk.sets', { count: branch.set.length }),
      ];
      return parts.filter(Boolean).join(' · ');
    });
    if (step.kind === 'customer' && step.otherwise) {
      shown.push(t('versionsWalk.otherwise', { to: title(step.otherwise.to) }));
    }
    return shown;
  };

  return (step, field, script) => {
    switch (field) {
      case 'title':
        return [step.title];
      case 'kind':
        return [t(`kinds.${step.kind}`)];
      case 'phase':
        return step.phase ? [tApp(`rehearsal.phase.${step.phase}`)] : [];
      case 'text': {
        const texts =
          step.kind === 'agent'
            ? [step.goal]
            : step.kind === 'customer'
              ? [step.situation]
              : step.kind === 'decision'
                ? [step.question]
                : [step.summary];
        return texts.filter((text): text is string => Boolean(text));
      }
      case 'lines':
        return step.kind === 'agent'
          ? step.lines.map((line) => (line.note ? `${line.text} — ${line.note}` : line.text))
          : [];
      case 'reactions':
        return step.kind === 'customer'
          ? step.reactions.map((r) =>
              [
                `${r.label} : ${r.lines.map((line) => line.text).join(' / ')}`,
                r.moodShift !== undefined && t('versionsWalk.mood', { shift: r.moodShift }),
                r.derailment &&
                  t('versionsWalk.derailment', {
                    kind: tApp(`rehearsal.debrief.moodChart.aside.${r.derailment}`),
                  }),
              ]
                .filter(Boolean)
                .join(' · '),
            )
          : [];
      case 'expectedMoves':
        return step.kind === 'agent' ? step.expectedMoves.map(moveName) : [];
      case 'requiredContent':
        return step.kind === 'agent'
          ? (step.requiredContent ?? []).map((c) => `${c.description} (${c.keywords.join(', ')})`)
          : [];
      case 'branches':
        return branches(step, script);
      case 'flags':
        return [
          step.start && t('versionsWalk.flags.start'),
          step.mandatory && t('versionsWalk.flags.mandatory'),
          step.discloses && t('versionsWalk.flags.discloses'),
          step.throughline && t('versionsWalk.flags.throughline'),
          ...(step.compliance ?? []).map((tag) => t(`compliance.${tag}`)),
        ].filter((flag): flag is string => Boolean(flag));
      case 'outcome':
        return step.kind === 'outcome'
          ? [
              step.code,
              t(step.success ? 'versionsWalk.flags.success' : 'versionsWalk.flags.failure'),
            ]
          : [];
      case 'notes':
        return step.notes ? [step.notes] : [];
    }
  };
}
