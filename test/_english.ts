/**
 * Test helper: the English words inside a text meant to be Vietnamese. The
 * project's standard says a Vietnamese message has no word of English in it;
 * these are the words that give one away: English's small words (the, is,
 * at, of…) and the words of the library's and the command's English
 * messages (expected, received, record, file, line, value, string…).
 *
 * What is not a word of either language is left out before looking: error
 * codes (`INVALID_TYPE`, `EISDIR`), options (`--type`), quoted inputs
 * (`"sideways"`), paths of files and of fields (`/tmp/a.json`,
 * `cost.amount`, the path after "tại"), kebab-case names (ids, entity names, enum values:
 * `so-ngoai-vu-ha-noi`, `consular-case`) and the words in `allow` (field
 * names a message cites, `ngoaivu`). ISO codes, format names and the product
 * name are in no list, so they pass.
 */

/** English words that never belong in a Vietnamese message (lower case; a space for a phrase). */
export const ENGLISH_WORDS: readonly string[] = [
  // small words
  "the",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "at",
  "of",
  "or",
  "and",
  "for",
  "from",
  "with",
  "by",
  "into",
  "on",
  "not",
  "no such",
  "cannot",
  "can't",
  "does",
  "did",
  "has",
  "have",
  "had",
  "must",
  "only",
  "this",
  "that",
  "which",
  "it",
  "its",
  "one",
  "first",
  "more",
  "still",
  "give",
  "use",
  "try",
  // the words of the English messages
  "expected",
  "received",
  "found",
  "record",
  "records",
  "file",
  "files",
  "folder",
  "line",
  "lines",
  "value",
  "values",
  "string",
  "strings",
  "number",
  "array",
  "object",
  "boolean",
  "function",
  "symbol",
  "undefined",
  "bigint",
  "character",
  "characters",
  "unknown",
  "invalid",
  "valid",
  "kind",
  "error",
  "empty",
  "regular",
  "document",
  "position",
  "token",
  "unexpected",
  "register",
  "prototype",
  "level",
  "wrote",
  "write",
  "read",
  "district",
  "committee",
  "people's",
];

/** Spans that are no words of a language: codes, options, quoted inputs, paths, kebab-case names. */
const NOT_WORDS: readonly RegExp[] = [
  /"(?:[^"\\]|\\.)*"/g, // a quoted input (JSON string literal)
  /(?:^|\s)(?:\/|\.{1,2}\/)\S*/g, // a file path
  /--[a-z][a-z-]*/g, // an option
  / tại [^\s:]+/g, // where in a record ("tại cost.amount", "tại kind"): a field path
  /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, // an error code
  /\b[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)+\b/g, // a field path, a kebab-case name, a dotted number
];

/**
 * The English words (from {@link ENGLISH_WORDS}) found in a text, outside the
 * spans that are no words (see the module comment) and the words of `allow`.
 *
 * @param text - a Vietnamese message, or lines of the command's output
 * @param allow - words this text may hold (a field name a message names)
 * @returns the English words found, in order (empty when there is none)
 */
export function englishWords(text: string, allow: readonly string[] = []): string[] {
  let rest = text;
  for (const pattern of NOT_WORDS) rest = rest.replace(pattern, " ");
  const allowed = new Set(allow.map((w) => w.toLowerCase()));
  const words = rest
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w !== "" && !allowed.has(w));
  const found: string[] = [];
  for (const [i, _word] of words.entries()) {
    for (const english of ENGLISH_WORDS) {
      const parts = english.split(" ");
      if (parts.every((part, k) => words[i + k] === part)) found.push(english);
    }
  }
  return found;
}
