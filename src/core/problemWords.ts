import type * as z from 'zod/mini';

/** What is wrong with an article file, in words a reader understands. */
export interface ArticleProblem {
  /** Where: "paragraph 4, quote 2, end". Empty for the file as a whole. */
  where: string;
  what: string;
}

const FIELD_NAMES: Record<string, string> = {
  speakerRef: 'speaker reference',
  speakerId: 'speaker',
  entityId: 'entity',
  blockId: 'block',
  publishedOn: 'publication date',
  sourceCredit: 'source credit',
  afterParagraph: 'position',
  sourceEvidence: 'evidence of the source type',
  genderEvidence: 'evidence of the gender',
};

const LIST_ITEMS: Record<string, string> = {
  paragraphs: 'paragraph',
  figures: 'figure',
  quotes: 'quote',
  mentions: 'mention',
  entities: 'entity',
  events: 'event',
  aliases: 'alias',
};

/** Turns a path into the JSON ("paragraphs", 3, "quotes", 1, "end") into "paragraph 4, quote 2, end". */
export function describePath(path: ReadonlyArray<PropertyKey>): string {
  const parts: Array<string> = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'string' && key in LIST_ITEMS && typeof next === 'number') {
      parts.push(`${LIST_ITEMS[key]} ${next + 1}`);
      i++;
    } else if (typeof key === 'string' && (key === 'caption' || key === 'credit') && parts.length > 0) {
      parts[parts.length - 1] += ` ${key}`;
    } else {
      parts.push(typeof key === 'string' ? (FIELD_NAMES[key] ?? key) : String(key));
    }
  }
  return parts.join(', ');
}

/** A value as a problem names it: "the text \"…\"", "a list", "the number 4". */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
  null: 'null',
};

/** What is wrong, as a reader would say it, with the value the schema refused at the issue's path. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `is missing (expected ${EXPECTED_NAMES[issue.expected] ?? issue.expected})`;
      return `should be ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, but is ${typeName(value)}`;
    case 'invalid_value':
      if (value === undefined) return `is missing (expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')})`;
      return `should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, but is ${typeName(value)}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `should have at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') {
        return issue.minimum === 1 ? 'should not be empty' : `should have at least ${issue.minimum} characters, but is ${typeName(value)}`;
      }
      return `should be at least ${issue.minimum}, but is ${typeName(value)}`;
    case 'too_big':
      return `should be at most ${issue.maximum}, but is ${typeName(value)}`;
    case 'invalid_format':
      return `should be ${issue.message ?? 'well formed'}, but is ${typeName(value)}`;
    default:
      return issue.message;
  }
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
