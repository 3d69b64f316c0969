import type { TFunction } from 'i18next';
import { readFindingPath, type PathPart } from '@/domain/script/edit/finding-path';
import type { Finding } from '@/domain/script/finding.types';
import { useAuthoringTranslation } from '../use-authoring-translation';

type T = TFunction<'authoring'>;

/**
 * One level of a brand or persona form, as the trainer sees it: the words of its label or legend
 * (`n` is the 1-based number of the list item it sits in, for labels such as « Expression
 * interdite 2 »), the parts under it, and what one item of a list is.
 */
interface FormPart {
  /** No label: the level has no words of its own in the form (`triggers` holds two fieldsets). */
  words?: (t: T, n: number) => string;
  /** The words when the place stops here, if they differ: an optional part's box to tick. */
  end?: (t: T, n: number) => string;
  keys?: Readonly<Record<string, FormPart>>;
  item?: FormPart;
}

const words = (say: (t: T, n: number) => string, more: Omit<FormPart, 'words'> = {}): FormPart => ({
  words: say,
  ...more,
});
/** A list typed one item per line (ListField): an item is a line of the field. */
const lines = (say: (t: T) => string): FormPart =>
  words(say, { item: words((t, n) => t('wordsWalk.line', { n })) });
/** A list of two-part items (PairListField): each part is labelled « Label n ». */
const pairs = (
  legend: (t: T) => string,
  [a, b]: readonly [string, string],
  [sayA, sayB]: readonly [(t: T) => string, (t: T) => string],
): FormPart =>
  words(legend, {
    item: words((t, n) => `${sayA(t)} ${n}`, {
      keys: {
        [a]: words((t, n) => `${sayA(t)} ${n}`),
        [b]: words((t, n) => `${sayB(t)} ${n}`),
      },
    }),
  });

const common = {
  id: words((t) => t('forms.id')),
  language: words((t) => t('forms.language')),
};

const BRAND: FormPart = {
  keys: {
    ...common,
    name: words((t) => t('forms.brand.name')),
    description: words((t) => t('forms.brand.description')),
    register: words((t) => t('forms.brand.register')),
    greetingFormulas: lines((t) => t('forms.brand.greetings')),
    closingFormulas: lines((t) => t('forms.brand.closings')),
    values: lines((t) => t('forms.brand.values')),
    bannedPhrases: pairs(
      (t) => t('forms.brand.banned'),
      ['phrase', 'alternative'],
      [(t) => t('forms.brand.bannedPhrase'), (t) => t('forms.brand.alternative')],
    ),
    jargon: pairs(
      (t) => t('forms.brand.jargon'),
      ['term', 'plain'],
      [(t) => t('forms.brand.term'), (t) => t('forms.brand.plain')],
    ),
    signaturePhrases: lines((t) => t('forms.brand.signature')),
    customerNumberPrefix: words((t) => t('wordsWalk.brand.prefix')),
  },
};

const facts = (legend: (t: T) => string) =>
  pairs(
    legend,
    ['label', 'value'],
    [(t) => t('forms.file.factLabel'), (t) => t('forms.file.factValue')],
  );
const address = words((t) => t('forms.file.address'), {
  keys: Object.fromEntries(
    (['street', 'postalCode', 'city'] as const).map((key) => [
      key,
      words((t) => t(`forms.file.${key}`)),
    ]),
  ),
});
/** The customer file's single-line fields, labelled by their key. */
const FILE_FIELDS = [
  'civility',
  'firstName',
  'lastName',
  'customerNumber',
  'birthYear',
  'phone',
  'email',
  'contractNumber',
  'callDate',
] as const;
const fileField = (key: (typeof FILE_FIELDS)[number]) => words((t) => t(`forms.file.${key}`));

const trigger = (side: 'calming' | 'inflaming'): FormPart => {
  const name = (t: T, n: number) => t(`forms.persona.trigger.${side}`, { index: n });
  const field = (key: 'description' | 'id' | 'move' | 'phrases' | 'strength') =>
    words((t, n) => t(`forms.persona.trigger.${key}`, { name: name(t, n) }));
  return words((t) => t(`forms.persona.${side}`), {
    item: words(name, {
      keys: {
        description: field('description'),
        id: field('id'),
        move: field('move'),
        phrases: { ...field('phrases'), item: words((t, n) => t('wordsWalk.line', { n })) },
        strength: field('strength'),
      },
    }),
  });
};

const DIALS = [
  'patience',
  'irritability',
  'trust',
  'talkativeness',
  'interruptionRate',
  'improvisation',
] as const;

const PERSONA: FormPart = {
  keys: {
    ...common,
    name: words((t) => t('forms.persona.name')),
    type: words((t) => t('forms.persona.type')),
    secondaryTypes: words((t) => t('forms.persona.secondaryTypes')),
    summary: words((t) => t('forms.persona.summary')),
    situation: words((t) => t('forms.persona.situation')),
    goal: words((t) => t('forms.persona.goal')),
    temperament: words((t) => t('forms.persona.temperament'), {
      keys: Object.fromEntries(
        DIALS.map((dial) => [dial, words((t) => t(`forms.persona.dials.${dial}`))]),
      ),
    }),
    initialMood: words((t) => t('forms.persona.initialMood')),
    triggers: { keys: { calming: trigger('calming'), inflaming: trigger('inflaming') } },
    speechStyle: words((t) => t('forms.persona.speech'), {
      keys: {
        register: words((t) => t('forms.persona.speechFields.register')),
        pace: words((t) => t('forms.persona.speechFields.pace')),
        sentenceLength: words((t) => t('forms.persona.speechFields.sentenceLength')),
        tics: lines((t) => t('forms.persona.tics')),
        sampleLines: lines((t) => t('forms.persona.sampleLines')),
      },
    }),
    hiddenIntent: words((t) => t('forms.persona.intent'), {
      end: (t) => t('forms.persona.hasIntent'),
      keys: {
        goal: words((t) => t('forms.persona.intentGoal')),
        tactics: lines((t) => t('forms.persona.intentFields.tactics')),
        knows: lines((t) => t('forms.persona.intentFields.knows')),
        doesNotKnow: lines((t) => t('forms.persona.intentFields.doesNotKnow')),
      },
    }),
    factSheet: words((t) => t('forms.file.title'), {
      keys: {
        ...Object.fromEntries(FILE_FIELDS.map((key) => [key, fileField(key)])),
        address,
        contract: words((t) => t('forms.file.contract'), {
          keys: {
            product: words((t) => t('forms.file.product')),
            since: words((t) => t('forms.file.since')),
            monthlyPrice: words((t) => t('forms.file.monthlyPrice')),
            commitmentEnd: words((t) => t('forms.file.commitmentEnd')),
            facts: facts((t) => t('forms.file.facts')),
          },
        }),
        history: lines((t) => t('forms.file.history')),
        authorNotes: lines((t) => t('forms.file.authorNotes')),
        securityDetails: facts((t) => t('forms.file.security')),
        invoices: words((t) => t('forms.file.invoices'), {
          item: words((t, n) => t('wordsWalk.file.invoice', { n }), {
            keys: {
              date: words((t, n) => t('forms.file.invoiceDate', { index: n })),
              amount: words((t, n) => t('forms.file.invoiceAmount', { index: n })),
              label: words((t, n) => t('forms.file.invoiceLabel', { index: n })),
            },
          }),
        }),
        accountHolder: words((t) => t('forms.file.holder'), {
          end: (t) => t('forms.file.otherHolder'),
          keys: {
            ...Object.fromEntries(
              (
                ['civility', 'firstName', 'lastName', 'customerNumber', 'phone', 'email'] as const
              ).map((key) => [key, fileField(key)]),
            ),
            address: { ...address, end: (t) => t('forms.file.holderAddress') },
            securityDetails: facts((t) => t('forms.file.holderSecurity')),
          },
        }),
      },
    }),
  },
};

export type CastKind = 'brand-guide' | 'persona';
const FORMS: Record<CastKind, FormPart> = { 'brand-guide': BRAND, persona: PERSONA };

/**
 * The words of a place in a brand or persona form: the legends and the label the trainer sees
 * on the way to the field (« Ce qui le calme › Ce que fait ou dit l'agent (apaisement 2) »). An
 * item of a list shows its own words only when the place stops at it, since the labels under it
 * carry its number already. A key the form does not have (a hand-made file's stray key) is said
 * as it is written, for the one who holds the file. An optional part (the hidden intent, another
 * account holder) ends at the box that opens it, since its fields are not shown until it is ticked.
 */
export function documentPlaceWords(t: T, kind: CastKind, parts: readonly PathPart[]): string[] {
  const said: string[] = [];
  let level: FormPart | undefined = FORMS[kind];
  let n = 0;
  parts.forEach(({ key, index }, at) => {
    const part: FormPart | undefined = level?.keys?.[key];
    if (!part) {
      said.push(index === undefined ? key : `${key}[${index}]`);
      level = undefined;
      return;
    }
    const say =
      at === parts.length - 1 && index === undefined ? (part.end ?? part.words) : part.words;
    if (say) said.push(say(t, n));
    level = part;
    if (index !== undefined) {
      n = index + 1;
      level = part.item;
      if (at === parts.length - 1 && level?.words) said.push(level.words(t, n));
    }
  });
  return said;
}

/**
 * Says where a finding of a brand guide or a persona is, with the form's own labels:
 * `$.greetingFormulas[1]` reads « Formules d'accueil acceptées › ligne 2 ». The whole document
 * is « Charte entière » or « Personnage entier ».
 */
export function useDocumentPlace(kind: CastKind): (finding: Finding) => string {
  const { t } = useAuthoringTranslation();
  return (finding) => {
    const { parts } = readFindingPath(finding.path);
    const said = documentPlaceWords(t, kind, parts);
    return said.length > 0 ? said.join(' › ') : t(`wordsWalk.whole.${kind}`);
  };
}
