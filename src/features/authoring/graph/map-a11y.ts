import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { ScriptStep } from '@/domain/script/script-schema';
import { useAuthoringTranslation } from '../use-authoring-translation';
import type { Branch } from './branches';

/**
 * What the map says to a screen reader, in the trainer's language. React Flow's own words are
 * English ("Edge from accueil to demande", "Zoom In", "node"), and its node and edge labels are
 * ours to give: built here, once per step or branch and language (see `useFlowElements`).
 */
export interface MapWords {
  /** React Flow's descriptions, buttons, minimap and live move announcements. */
  flow: AriaLabelConfig; // every key: the type tells when React Flow adds one
  /** What a node or an edge is, read in place of React Flow's "node" and "edge". */
  stepRole: string;
  branchRole: string;
  /** A step's title as the studio shows it (`useShownTitle`): an emptied one is « Sans titre ». */
  title: (title: string, id: string) => string;
  step: (step: ScriptStep, problems: number) => string;
  branch: (branch: Branch, fromTitle: string, toTitle: string) => string;
}

const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;

export function mapWords(t: TFunction<'authoring'>): MapWords {
  const title = (text: string, id: string) => text.trim() || t('walk.untitled', { id });
  return {
    flow: {
      // React Flow reads this one while its keyboard handling is on (ours always is), the other
      // when it is off: the first tells of the arrow keys, as React Flow's own texts do.
      'node.a11yDescription.keyboardDisabled': t('mapA11y.stepHelpArrows'),
      'node.a11yDescription.default': t('mapA11y.stepHelp'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('mapA11y.moved', {
          direction: (DIRECTIONS as readonly string[]).includes(direction)
            ? t(`mapA11y.direction.${direction as (typeof DIRECTIONS)[number]}`)
            : direction,
          x,
          y,
        }),
      'edge.a11yDescription.default': t('mapA11y.branchHelp'),
      'controls.ariaLabel': t('mapA11y.controls'),
      'controls.zoomIn.ariaLabel': t('mapA11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('mapA11y.zoomOut'),
      'controls.fitView.ariaLabel': t('mapA11y.fitView'),
      'controls.interactive.ariaLabel': t('mapA11y.interactive'),
      'minimap.ariaLabel': t('graph.minimap'),
      'handle.ariaLabel': t('mapA11y.handle'),
    },
    stepRole: t('mapA11y.stepRole'),
    branchRole: t('mapA11y.branchRole'),
    title,
    step: (step, problems) =>
      t('mapA11y.step', {
        title: title(step.title, step.id),
        details: [
          t(`kinds.${step.kind}`),
          step.start ? t('graph.start') : '',
          problems > 0 ? t('graph.problems', { count: problems }) : '',
        ]
          .filter(Boolean)
          .join(', '),
      }),
    branch: (branch, from, to) => {
      const label = branch.otherwise ? t('mapA11y.otherwise') : branch.label;
      return label
        ? t('mapA11y.branchLabelled', { from, to, label })
        : t('mapA11y.branch', { from, to });
    },
  };
}

/** The map's words in the current language; a new object only when the language changes. */
export function useMapWords(): MapWords {
  const { t } = useAuthoringTranslation();
  return useMemo(() => mapWords(t), [t]);
}
