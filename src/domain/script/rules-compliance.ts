import type { Finding } from './finding.types';
import { makeFinding } from './make-finding';
import type { Script } from './script-schema';
import { reachableFrom, stepPath, successors } from './script-walk';

const NOTICES = [
  [
    'identityVerification',
    'identity_verification',
    'la vérification d’identité',
    'identity verification',
  ],
  ['recordingNotice', 'recording_notice', 'l’annonce d’enregistrement', 'the recording notice'],
  [
    'outboundLegalMentions',
    'outbound_legal_mentions',
    'les mentions légales du démarchage',
    'the outbound legal mentions',
  ],
] as const;

/** Each compliance item the script requires is carried by at least one step. */
export function checkComplianceSteps(script: Script): Finding[] {
  return NOTICES.filter(([flag]) => script.requires[flag])
    .filter(([, tag]) => !script.steps.some((step) => step.compliance?.includes(tag)))
    .map(([flag, tag, fr, en]) =>
      makeFinding('compliance-step-missing', `$.requires.${flag}`, {
        fr: `Le script exige ${fr}, mais aucune étape ne porte "compliance": ["${tag}"].`,
        en: `The script requires ${en}, but no step carries "compliance": ["${tag}"].`,
      }),
    );
}

/** An outbound call states who calls, for whom and why (Code de la consommation L221-16). */
export function checkOutboundMentions(script: Script): Finding[] {
  if (script.direction !== 'outbound' || script.requires.outboundLegalMentions) return [];
  return [
    makeFinding('outbound-mentions-not-required', '$.requires.outboundLegalMentions', {
      fr: 'Appel sortant sans mentions légales exigées : identité de l’appelant, entreprise, objet de l’appel (et Bloctel pour la vente).',
      en: 'Outbound call without required legal mentions: caller identity, company, purpose of the call (and Bloctel for sales).',
    }),
  ];
}

/**
 * When identity verification is required, no path from the start may reach a disclosing step
 * without first passing a step tagged `identity_verification`.
 */
export function checkDisclosures(script: Script): Finding[] {
  const start = script.steps.find((step) => step.start);
  if (!script.requires.identityVerification || !start) return [];
  const verifies = new Set(
    script.steps
      .filter((step) => step.compliance?.includes('identity_verification'))
      .map((step) => step.id),
  );
  if (verifies.has(start.id)) return [];
  const unverified = reachableFrom(start.id, successors(script), (id) => verifies.has(id));
  return script.steps.flatMap((step, index) =>
    step.discloses && unverified.has(step.id)
      ? [
          makeFinding(
            'disclosure-before-verification',
            `${stepPath(index)}.discloses`,
            {
              fr: `L’étape "${step.id}" divulgue ou modifie des données du compte, et un chemin y mène depuis "${start.id}" sans vérification d’identité.`,
              en: `Step "${step.id}" discloses or changes account data, and a path from "${start.id}" reaches it without identity verification.`,
            },
            { stepId: step.id },
          ),
        ]
      : [],
  );
}
