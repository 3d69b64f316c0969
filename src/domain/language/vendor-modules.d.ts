// Type declarations for the untyped CommonJS modules the ear uses (deep imports keep the
// bundle to the stemmers and the word list, not the whole nlp.js container).
declare module '@nlpjs/lang-fr/src/stemmer-fr.js' {
  export default class StemmerFr {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-en-min/src/stemmer-en.js' {
  export default class StemmerEn {
    stemWord(word: string): string;
  }
}
declare module 'french-badwords-list/dist/array.js' {
  const words: string[];
  export default words;
}
