import { z } from 'zod';

/**
 * The needs a customer may have that a desk must be able to meet, each described once: the field
 * on the ticket, the desk skill that meets it, the greeter's number key, and its words. The call
 * order, the greeter's form and keys, the desk's sign-on, the badges, "why no desk" and the figures
 * by need all read this module. An interpreter language is the one need with a value rather than a
 * yes or no; it is met by a desk's own languages or a telephone interpreter line.
 *
 * To add a need (shared/README.md says it step by step): a field in NeedsSchema and one in
 * SkillsSchema, optional (events already written stay valid, and one written without the need is
 * byte for byte what an older PC wrote), and one entry in FLAG_NEEDS.
 */
const languageCode = z.string().regex(/^[a-z]{2,3}$/);

export const NeedsSchema = z
  .object({
    bsl: z.boolean(),
    wheelchair: z.boolean(),
    /** Added after the first release: absent (never false) when the customer does not need it. */
    hearingLoop: z.boolean().optional(),
    /** Spoken language needing an interpreter (ISO 639-1, e.g. "pl"), or null. */
    language: languageCode.nullable(),
  })
  .strict();
export type Needs = z.infer<typeof NeedsSchema>;
export const NO_NEEDS: Needs = { bsl: false, wheelchair: false, language: null };

export const SkillsSchema = z
  .object({
    bsl: z.boolean(),
    accessibleDesk: z.boolean(),
    /** Added after the first release: absent (never false) at a desk without one. */
    hearingLoop: z.boolean().optional(),
    languages: z.array(languageCode).max(20),
    /** A telephone interpreter line at the desk covers any language. */
    interpreterLine: z.boolean(),
  })
  .strict();
export type Skills = z.infer<typeof SkillsSchema>;

type Flags<T> = { [K in keyof T]-?: NonNullable<T[K]> extends boolean ? K : never }[keyof T];
export type NeedFlag = Flags<Needs>;
export type SkillFlag = Flags<Skills>;

export interface FlagNeed {
  need: NeedFlag;
  /** The desk skill that meets it. */
  skill: SkillFlag;
  /** The greeter's number key (1 is priority; the quick languages take the digits left). */
  greeterKey: string;
  /** On the greeter's form. */
  label: string;
  /** On the ticket's badge, at the desk, in the queue and on the supervisor's screen. */
  badge: string;
  /** In a sentence: "No open Housing desk offers BSL and a hearing loop". */
  words: string;
  /** On the desk's sign-on form and in a desk's description. */
  skillLabel: string;
}

export const FLAG_NEEDS: readonly FlagNeed[] = [
  { need: 'bsl', skill: 'bsl', greeterKey: '2', label: 'BSL interpreter', badge: 'BSL', words: 'BSL', skillLabel: 'BSL' },
  {
    need: 'wheelchair',
    skill: 'accessibleDesk',
    greeterKey: '3',
    label: 'Wheelchair access',
    badge: 'Wheelchair',
    words: 'wheelchair access',
    skillLabel: 'Wheelchair-accessible desk',
  },
  {
    need: 'hearingLoop',
    skill: 'hearingLoop',
    greeterKey: '4',
    label: 'Hearing loop',
    badge: 'Hearing loop',
    words: 'a hearing loop',
    skillLabel: 'Hearing loop fitted',
  },
];

/** The greeter's key for a priority customer. */
export const PRIORITY_KEY = '1';

/** The key of the figures by need for a customer with no need. */
export const NO_NEED_KEY = 'none';
export const INTERPRETER_KEY = 'interpreter';

export const hasNeed = (needs: Needs, n: FlagNeed): boolean => needs[n.need] === true;
export const hasSkill = (skills: Skills, n: FlagNeed): boolean => skills[n.skill] === true;
export const coversLanguage = (skills: Skills, code: string): boolean => skills.interpreterLine || skills.languages.includes(code);

/** Whether a desk with these skills can meet every one of a customer's needs. */
export function skillsCover(skills: Skills, needs: Needs): boolean {
  for (const n of FLAG_NEEDS) if (hasNeed(needs, n) && !hasSkill(skills, n)) return false;
  return needs.language === null || coversLanguage(skills, needs.language);
}

/**
 * Needs (or skills) as they are written into an event: a need added after the first release is left
 * out rather than written false, so an event without it is the same as an older PC wrote.
 */
export function canonicalNeeds(needs: Needs): Needs {
  const out: Needs = { bsl: needs.bsl, wheelchair: needs.wheelchair, language: needs.language };
  for (const n of FLAG_NEEDS) if (needs[n.need] === true) out[n.need] = true;
  return out;
}
export function canonicalSkills(skills: Skills): Skills {
  const out: Skills = { bsl: skills.bsl, accessibleDesk: skills.accessibleDesk, languages: skills.languages, interpreterLine: skills.interpreterLine };
  for (const n of FLAG_NEEDS) if (skills[n.skill] === true) out[n.skill] = true;
  return out;
}

/** Toggles one need, keeping the written form canonical. */
export function withNeed(needs: Needs, n: FlagNeed, on: boolean): Needs {
  return canonicalNeeds({ ...needs, [n.need]: on });
}
export function withSkill(skills: Skills, n: FlagNeed, on: boolean): Skills {
  return canonicalSkills({ ...skills, [n.skill]: on });
}

/** "BSL, a hearing loop and a Polish interpreter": xs never empty. */
export const andList = (xs: readonly string[]): string => (xs.length === 1 ? xs[0]! : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** A customer's needs in words, for a sentence, in the registry's order and the language last. */
export function needWords(needs: Needs, languageName: (code: string) => string): string[] {
  const words = FLAG_NEEDS.filter((n) => hasNeed(needs, n)).map((n) => n.words);
  if (needs.language) words.push(`a ${languageName(needs.language)} interpreter`);
  return words;
}

/** A customer's needs as badges: "BSL", "Hearing loop", "Interpreter: Polish". */
export function needBadges(needs: Needs, languageName: (code: string) => string): string[] {
  const badges = FLAG_NEEDS.filter((n) => hasNeed(needs, n)).map((n) => n.badge);
  if (needs.language) badges.push(`Interpreter: ${languageName(needs.language)}`);
  return badges;
}

/** A desk's skills in words: "BSL, Hearing loop, PL, interpreter line". */
export function skillWords(skills: Skills): string[] {
  return [
    ...FLAG_NEEDS.filter((n) => hasSkill(skills, n)).map((n) => n.skillLabel),
    ...skills.languages.map((l) => l.toUpperCase()),
    ...(skills.interpreterLine ? ['interpreter line'] : []),
  ];
}

/** The keys a ticket counts under in the figures by need: each of its needs, or "none". */
export function needKeys(needs: Needs): string[] {
  const keys: string[] = FLAG_NEEDS.filter((n) => hasNeed(needs, n)).map((n) => n.need);
  if (needs.language) keys.push(INTERPRETER_KEY);
  return keys.length ? keys : [NO_NEED_KEY];
}

/** The name of a key of the figures by need. */
export function needKeyLabel(key: string): string {
  if (key === NO_NEED_KEY) return 'No need recorded';
  if (key === INTERPRETER_KEY) return 'Interpreter (any language)';
  return FLAG_NEEDS.find((n) => n.need === key)?.badge ?? key;
}
