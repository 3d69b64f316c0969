import { useEffect, useId, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REHEARSAL_MODES, type RehearsalMode } from '@/domain/customer/customer.types';
import { callBlocker } from '@/domain/script/call-readiness';
import type { Finding } from '@/domain/script/finding.types';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { PageHeading } from '@/ui/page-heading';
import { libraryIndex } from 'virtual:coulisses-library';
import type { Persona } from '@/domain/script/persona-schema';
import { personaEntriesFor, personasFor, type LibraryEntry } from '../library/library-loader';
import { LibraryStatus } from '../library/library-status';
import { useSetupLibrary } from '../library/use-library';
import { rehearsalPaths, stagePath } from '../rehearsal-paths';
import { prepareCallEngine, dropPreparedCallEngine } from '../session/call-engine';
import { defaultRubric } from '../session/default-rubric';
import { generaleSeed, seedFor } from '../session/session-factory';
import { startRehearsal } from '../session/session-service';
import { RubricPreview } from './rubric-preview';
import { pickSurprisePersona, SURPRISE } from './surprise-persona';
import '../rehearsal.css';

/** A customer the setup page lists; its document is loaded on pick-up when not already here. */
interface PersonaChoice {
  id: string;
  name: string;
  document: () => Promise<Persona | null>;
}

const loadedChoice = (persona: Persona): PersonaChoice => ({
  id: persona.id,
  name: persona.name,
  document: () => Promise.resolve(persona),
});

const indexChoice = (entry: LibraryEntry): PersonaChoice => ({
  id: entry.id ?? '',
  name: entry.name ?? entry.id ?? '',
  document: async () => {
    const gated = (await entry.load()).default;
    return gated.ok && !gated.unavailable && gated.kind === 'persona' ? gated.document : null;
  },
});

const toMode = (value: string | null): RehearsalMode =>
  REHEARSAL_MODES.find((mode) => mode === value) ?? 'filage';

/** Setup: the customer, the mode, the rubric in plain words, then the agent picks up. */
export function SetupPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { scriptId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const profile = useProfileStore(selectActiveProfile);
  const { library, failed, retry, partial } = useSetupLibrary(scriptId);
  const [personaId, setPersonaId] = useState(params.get('persona') ?? SURPRISE);
  const [mode, setMode] = useState<RehearsalMode>(toMode(params.get('mode')));
  const [starting, setStarting] = useState(false);
  const [startFailed, setStartFailed] = useState(false);
  const [blocker, setBlocker] = useState<Finding | null>(null);
  const script = library?.scripts.find((candidate) => candidate.id === scriptId);
  const unavailable = library?.unavailable.find((candidate) => candidate.script.id === scriptId);
  const say = (text: { fr: string; en: string }) => (i18n.language === 'en' ? text.en : text.fr);
  // The customers who can take this call, by name; with a partial library, from the index
  // alone: only the one picked up is loaded (`personaDocument`).
  const personas: PersonaChoice[] =
    library && script
      ? partial
        ? personaEntriesFor(libraryIndex, script).map(indexChoice)
        : personasFor(library, script).map(loadedChoice)
      : [];

  const brand = (script && library?.brands.get(script.brand)) ?? null;
  // While the agent reads this page, the call's worker is started once the page is idle: it
  // fetches the language's model and builds the analyser, so picking up has nothing heavy left
  // to do. Leaving the page without picking up ends it.
  useEffect(() => {
    if (!script) return;
    const prepare = () => prepareCallEngine(script.language, brand);
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(prepare, 200);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(prepare, { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [script, brand]);
  useEffect(() => dropPreparedCallEngine, []);

  const start = async () => {
    if (!library || !script || !profile) return;
    setStarting(true);
    const fixedSeed = Number(params.get('seed'));
    const seed =
      Number.isSafeInteger(fixedSeed) && params.has('seed') && mode !== 'generale'
        ? fixedSeed
        : seedFor(mode, script);
    // A customer asked for by name (a link, a path) who is not in the library is said so, never
    // swapped silently; a surprise needs at least one customer in the script's language.
    const chosen =
      personaId === SURPRISE && personas.length > 0
        ? pickSurprisePersona(personas, seed)
        : personas.find((candidate) => candidate.id === personaId);
    let persona: Persona | null;
    try {
      persona = chosen ? await chosen.document() : null;
    } catch (error) {
      console.warn('[coulisses] the persona failed to load', error);
      setStartFailed(true);
      return void setStarting(false);
    }
    // A call that cannot be played is said so, with the fix, before anything is built.
    const blocked = callBlocker({
      script,
      personaId:
        chosen?.id ?? (personaId === SURPRISE ? script.suggestedPersonas[0] : personaId) ?? '',
      brands: library.brands,
      // Only customers who speak the script's language can take this call.
      personas: new Map(persona ? [[persona.id, persona]] : []),
    });
    setBlocker(blocked);
    if (blocked || !persona) return void setStarting(false);
    try {
      const sessionId = await startRehearsal({
        library,
        script,
        persona,
        mode,
        seed,
        profileId: profile.id,
      });
      await navigate(stagePath(sessionId));
    } catch (error) {
      // A script the gate accepted but the compiler cannot run: say so, keep the page usable.
      console.warn('[coulisses] session start failed', error);
      setStartFailed(true);
      setStarting(false);
    }
  };

  if (library && !script) {
    return (
      <article className="area-page">
        <PageHeading appName={t('app.name')}>{t('rehearsal.setup.title')}</PageHeading>
        <p>
          {unavailable
            ? t('rehearsal.setup.blocked', {
                message: say(unavailable.problem.message),
                fix: say(unavailable.problem.fix),
              })
            : t('rehearsal.setup.notFound')}
        </p>
        <Link to={rehearsalPaths.catalogue}>{t('rehearsal.setup.back')}</Link>
      </article>
    );
  }
  return (
    <article className="area-page">
      <PageHeading appName={t('app.name')} documentTitle={script?.title}>
        {t('rehearsal.setup.title')}
      </PageHeading>
      <LibraryStatus library={library} failed={failed} onRetry={() => void retry()} />
      {script && (
        <form
          className="setup-form"
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <h2 lang={script.language} dir="auto">
            {script.title}
          </h2>
          <p lang={script.language} dir="auto">
            {script.briefing ?? script.summary}
          </p>
          <h3>{t('rehearsal.setup.objectives')}</h3>
          <ul lang={script.language} dir="auto">
            {script.learningObjectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
          <div className="field">
            <label htmlFor={`${id}-persona`}>{t('rehearsal.setup.persona')}</label>
            <select
              id={`${id}-persona`}
              value={personaId}
              onChange={(event) => setPersonaId(event.target.value)}
            >
              <option value={SURPRISE}>{t('rehearsal.setup.surprise')}</option>
              {personas.map((persona) => (
                <option key={persona.id} value={persona.id}>
                  {persona.name}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="mode-choice">
            <legend>{t('rehearsal.setup.mode')}</legend>
            {REHEARSAL_MODES.map((candidate) => (
              <label key={candidate} className="radio-card">
                <input
                  type="radio"
                  name="mode"
                  value={candidate}
                  checked={mode === candidate}
                  onChange={() => setMode(candidate)}
                />
                <span>
                  <strong>{t(`rehearsal.modeName.${candidate}`)}</strong> —{' '}
                  {t(`rehearsal.modes.${candidate}`)}
                </span>
              </label>
            ))}
          </fieldset>
          {mode === 'generale' && (
            <p>{t('rehearsal.setup.generaleSeed', { seed: generaleSeed(script) })}</p>
          )}
          <RubricPreview
            rubric={library ? defaultRubric(library) : null}
            withPrompter={mode === 'repetition'}
            titleId={`${id}-rubric`}
          />
          {startFailed && <p role="alert">{t('rehearsal.setup.startFailed')}</p>}
          {blocker && (
            <p role="alert">
              {t('rehearsal.setup.blocked', {
                message: say(blocker.message),
                fix: say(blocker.fix),
              })}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button" disabled={starting || !profile}>
              {starting ? t('rehearsal.setup.starting') : t('rehearsal.setup.start')}
            </button>
            <Link className="button button--quiet" to={rehearsalPaths.catalogue}>
              {t('rehearsal.setup.back')}
            </Link>
          </div>
        </form>
      )}
    </article>
  );
}
