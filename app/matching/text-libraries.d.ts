/** Types of `snowball-stemmers` (the package ships none): Snowball stemmers by algorithm name. */
declare module "snowball-stemmers" {
  interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}

/** Types of `stopword` (the package ships none): stop-word lists by ISO 639-3 code. */
declare module "stopword" {
  export const eng: string[];
  export const ita: string[];
  export function removeStopwords(tokens: string[], stopwords?: string[]): string[];
}
