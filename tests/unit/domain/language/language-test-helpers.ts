import type { BrandVoice } from '../../../../src/domain/brand/brand-voice.types';
import { prepare } from '../../../../src/domain/language/move-classifier';
import { compileBrandVoice, findToneFlags } from '../../../../src/domain/language/tone-rules';
import type { Lang, LineContext, ToneFlag } from '../../../../src/domain/language/language.types';

export const TEST_BRAND: BrandVoice = {
  bannedPhrases: [{ phrase: 'souci technique', alternative: 'incident' }],
  jargon: [
    { term: 'ONT', plain: 'le boîtier fibre' },
    { term: 'ticket N2', plain: 'une demande au support spécialisé' },
  ],
  signaturePhrases: ['Énergia, toujours à vos côtés'],
};

/** The tone flags of a line, analysed with the test brand voice. */
export function flagsOf(lang: Lang, text: string, context?: LineContext): ToneFlag[] {
  const brand = compileBrandVoice(lang, TEST_BRAND);
  return findToneFlags(lang, prepare(lang, text), text, brand, context);
}

/** The spans of one flag in a line. */
export function spansOf(
  lang: Lang,
  text: string,
  id: ToneFlag['id'],
  context?: LineContext,
): string[] {
  return flagsOf(lang, text, context)
    .filter((flag) => flag.id === id)
    .map((flag) => flag.text);
}
