import type { LocalizedText, Severity } from './finding.types';

interface RuleInfo {
  severity: Severity;
  /** The generic fix, used when a finding does not give a more precise one. */
  fix: LocalizedText;
}

const rule = (severity: Severity, fr: string, en: string): RuleInfo => ({
  severity,
  fix: { fr, en },
});

/** Every rule the gate and the validator apply, with its severity and generic fix. */
export const RULES = {
  'unreadable-file': rule(
    'error',
    'Vérifiez le chemin et les droits de lecture du fichier.',
    'Check the file path and read permissions.',
  ),
  'internal-error': rule(
    'error',
    'Signalez ce fichier à l’équipe Coulisses : le validateur n’aurait pas dû échouer.',
    'Report this file to the Coulisses team: the validator should not have failed.',
  ),
  'document-too-large': rule(
    'error',
    'Découpez le document ou retirez ce qui n’a rien à y faire.',
    'Split the document or remove what does not belong in it.',
  ),
  'document-too-deep': rule(
    'error',
    'Aplatissez la structure : un document Coulisses n’a jamais besoin d’autant de niveaux.',
    'Flatten the structure: a Coulisses document never needs that many levels.',
  ),
  'json-syntax': rule(
    'error',
    'Corrigez la syntaxe JSON à la position indiquée (virgule, guillemet, accolade).',
    'Fix the JSON syntax at the given position (comma, quote, brace).',
  ),
  'duplicate-key': rule(
    'error',
    'Gardez une seule fois cette clé dans l’objet.',
    'Keep this key once in the object.',
  ),
  'unsafe-character': rule(
    'error',
    'Supprimez ce caractère invisible ou de contrôle.',
    'Delete this invisible or control character.',
  ),
  'forbidden-key': rule(
    'error',
    'Renommez ou supprimez cette clé : elle est réservée.',
    'Rename or remove this key: it is reserved.',
  ),
  'unknown-kind': rule(
    'error',
    'Indiquez "kind": "script", "brand-guide" ou "persona".',
    'Set "kind" to "script", "brand-guide" or "persona".',
  ),
  'unsupported-version': rule(
    'error',
    'Indiquez "schemaVersion": 1, ou mettez Coulisses à jour.',
    'Set "schemaVersion": 1, or update Coulisses.',
  ),
  schema: rule(
    'error',
    'Corrigez le champ selon le guide de rédaction (scripts-library/README.md).',
    'Fix the field as the authoring guide describes (scripts-library/README.md).',
  ),
  'duplicate-id': rule(
    'error',
    'Donnez à chaque élément un identifiant unique.',
    'Give each element a unique id.',
  ),
  'start-missing': rule(
    'error',
    'Ajoutez "start": true sur la première étape de l’appel.',
    'Add "start": true to the first step of the call.',
  ),
  'start-duplicate': rule(
    'error',
    'Gardez "start": true sur une seule étape.',
    'Keep "start": true on one step only.',
  ),
  'start-outcome': rule(
    'error',
    'Mettez "start": true sur une étape agent, client ou décision.',
    'Put "start": true on an agent, customer or decision step.',
  ),
  'unknown-step': rule(
    'error',
    'Visez l’identifiant d’une étape existante.',
    'Point to the id of an existing step.',
  ),
  'unknown-reaction': rule(
    'error',
    'Utilisez l’identifiant d’une réaction de la même étape.',
    'Use the id of a reaction of the same step.',
  ),
  'unknown-variable': rule(
    'error',
    'Déclarez la variable dans "variables" ou corrigez son nom.',
    'Declare the variable in "variables" or fix its name.',
  ),
  'invalid-variable': rule(
    'error',
    'Mettez le type, la valeur par défaut et les bornes en accord.',
    'Make type, default and bounds agree.',
  ),
  'variable-type-mismatch': rule(
    'error',
    'Utilisez une valeur du type déclaré pour la variable.',
    'Use a value of the variable’s declared type.',
  ),
  'unknown-move': rule(
    'error',
    'Choisissez un geste du catalogue (voir le guide de rédaction).',
    'Pick a move from the catalogue (see the authoring guide).',
  ),
  'unknown-brand': rule(
    'error',
    'Référencez une charte de scripts-library/brands/.',
    'Reference a brand guide in scripts-library/brands/.',
  ),
  'unknown-persona': rule(
    'error',
    'Référencez un persona de scripts-library/personas/.',
    'Reference a persona in scripts-library/personas/.',
  ),
  'language-mismatch': rule(
    'warning',
    'Utilisez une charte et des personas de la langue du script.',
    'Use a brand guide and personas in the script’s language.',
  ),
  'no-outcome': rule(
    'error',
    'Ajoutez au moins une étape "outcome".',
    'Add at least one "outcome" step.',
  ),
  'unreachable-step': rule(
    'warning',
    'Reliez l’étape par une transition, ou supprimez-la.',
    'Link the step with a transition, or delete it.',
  ),
  'dead-end': rule(
    'error',
    'Ajoutez une transition sortante, ou faites-en une issue ("outcome").',
    'Add an outgoing transition, or make it an outcome.',
  ),
  'decision-without-default': rule(
    'warning',
    'Terminez la liste par une transition sans condition.',
    'End the list with a transition without a guard.',
  ),
  'decision-guards-all-fail': rule(
    'error',
    'Ajoutez en dernier une transition sans condition, ou une condition vraie pour ces valeurs.',
    'Add a last transition without a guard, or a guard that holds for these values.',
  ),
  'decision-loop': rule(
    'error',
    'Faites passer la boucle par une étape agent ou client, ou changez une condition pour qu’elle en sorte.',
    'Route the loop through an agent or customer step, or change a guard so it leaves.',
  ),
  'missing-otherwise': rule(
    'error',
    'Ajoutez "otherwise": { "id", "to" } pour les réactions imprévues.',
    'Add "otherwise": { "id", "to" } for unforeseen reactions.',
  ),
  'no-outcome-reachable': rule(
    'error',
    'Ajoutez une sortie à la boucle (par exemple un compteur et une décision).',
    'Give the loop an exit (for example a counter and a decision).',
  ),
  'graph-too-large': rule(
    'warning',
    'Réduisez les bornes des variables numériques.',
    'Narrow the bounds of numeric variables.',
  ),
  'duplicate-sample-line': rule(
    'error',
    'Réécrivez la réplique pour qu’elle n’appartienne qu’à une réaction.',
    'Rewrite the line so it belongs to one reaction only.',
  ),
  'disclosure-before-verification': rule(
    'error',
    'Faites passer tout chemin par une étape "identity_verification" avant cette étape.',
    'Route every path through an "identity_verification" step before this one.',
  ),
  'compliance-step-missing': rule(
    'error',
    'Marquez l’étape qui donne la mention avec le tag "compliance" voulu.',
    'Tag the step that gives the notice with the required "compliance" tag.',
  ),
  'path-too-long': rule(
    'warning',
    'Raccourcissez le chemin, ou relevez "maxPathLength" si c’est voulu.',
    'Shorten the path, or raise "maxPathLength" if this is intended.',
  ),
  'banned-phrase-in-line': rule(
    'warning',
    'Reformulez la réplique avec l’alternative de la charte.',
    'Rephrase the line with the brand guide’s alternative.',
  ),
  'few-sample-lines': rule(
    'warning',
    'Ajoutez au moins une autre façon de le dire : le client simulé varie ses répliques.',
    'Add at least one more way to say it: the simulated customer varies its lines.',
  ),
  'outbound-mentions-not-required': rule(
    'warning',
    'Mettez "requires.outboundLegalMentions": true et marquez l’étape qui donne les mentions.',
    'Set "requires.outboundLegalMentions": true and tag the step that gives the mentions.',
  ),
  'duplicate-document-id': rule(
    'error',
    'Donnez un identifiant unique à chaque document d’un même type (et nommez le fichier <id>.json).',
    'Give each document of a kind a unique id (and name the file <id>.json).',
  ),
  'fraud-without-hidden-intent': rule(
    'warning',
    'Décrivez l’intention cachée ("hiddenIntent") du fraudeur.',
    'Describe the fraudster’s "hiddenIntent".',
  ),
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;
