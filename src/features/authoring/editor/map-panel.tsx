import { lazy, Suspense, useMemo, useState } from 'react';
import { PHASES, type Script } from '@/domain/script/script-schema';
import type { Finding } from '@/domain/script/finding.types';
import { useTranslation } from 'react-i18next';
import { useAuthoringTranslation } from '../use-authoring-translation';
import type { Selection } from './editor-store';
import { StepList } from './step-list';

// The map pulls React Flow and dagre: the list view (and tests of the inspector) do without.
const ScriptGraph = lazy(() =>
  import('../graph/script-graph').then((m) => ({ default: m.ScriptGraph })),
);

interface MapPanelProps {
  script: Script;
  selection: Selection;
  findings: Finding[] | null;
}

/** The steps as a map or as a list, with search and phase highlighting. */
export function MapPanel({ script, selection, findings }: MapPanelProps) {
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();
  const [view, setView] = useState<'map' | 'list'>('map');
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState('');
  const selectedStepId = selection.type === 'step' ? selection.stepId : undefined;
  const problemsByStep = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of findings ?? [])
      if (f.stepId) counts.set(f.stepId, (counts.get(f.stepId) ?? 0) + 1);
    return counts;
  }, [findings]);
  return (
    <section className="map-panel" aria-labelledby="map-title">
      <h2 id="map-title">{t('map.title')}</h2>
      <div className="filters">
        <fieldset className="view-switch">
          <legend>{t('map.view')}</legend>
          {(['map', 'list'] as const).map((v) => (
            <label key={v}>
              <input
                type="radio"
                name="studio-view"
                value={v}
                checked={view === v}
                onChange={() => setView(v)}
              />{' '}
              {t(`map.views.${v}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="map-search">{t('map.search')}</label>
          <input
            id="map-search"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="map-tag">{t('map.highlight')}</label>
          <select id="map-tag" value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">{t('map.noHighlight')}</option>
            {PHASES.map((phase) => (
              <option key={phase} value={phase}>
                {tApp(`rehearsal.phase.${phase}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {view === 'map' ? (
        <Suspense fallback={<p role="status">{t('map.loading')}</p>}>
          <ScriptGraph
            script={script}
            selectedStepId={selectedStepId}
            search={search}
            tag={tag}
            problemsByStep={problemsByStep}
          />
        </Suspense>
      ) : (
        <StepList script={script} selectedStepId={selectedStepId} />
      )}
    </section>
  );
}
