/**
 * Spoken languages a customer may need an interpreter for (ISO 639 codes),
 * the most requested at English councils first: the greeter's number keys
 * 4 to 9 choose the first six.
 */
export const LANGUAGES: Record<string, string> = {
  pl: 'Polish',
  ro: 'Romanian',
  ur: 'Urdu',
  pa: 'Punjabi',
  ar: 'Arabic',
  bn: 'Bengali',
  gu: 'Gujarati',
  so: 'Somali',
  pt: 'Portuguese',
  es: 'Spanish',
  lt: 'Lithuanian',
  zh: 'Chinese',
  fa: 'Farsi',
  ku: 'Kurdish',
  ti: 'Tigrinya',
  uk: 'Ukrainian',
  cy: 'Welsh',
};
export const languageName = (code: string) => LANGUAGES[code] ?? code.toUpperCase();
export const LANGUAGE_OPTIONS = Object.entries(LANGUAGES).sort((a, b) => a[1].localeCompare(b[1]));
