/**
 * The declarations of the built-in kinds by name, and `SentenceTools` for
 * calling a kind's sentence directly: plain words (a figure's `toString`, a
 * bag's `toString`, items joined with " + "), a set of column keys the
 * sentence may not state (as a cluster total some member did not give), and
 * tools that allow every figure, to check that a kind never states a figure
 * its section does not have.
 */
import {
  type Figure,
  type Lang,
  Money,
  MoneyBag,
  type MoneyTotal,
  RECORD_KIND_DECLARATIONS,
  type SentenceParts,
  type SentenceTools,
} from "../../src/index.js";

/** What the tests call on a built-in kind's declaration. */
export interface KindUnderTest {
  readonly section: string;
  readonly words: {
    breakdown?(parts: readonly string[], lang: Lang, label: (path: string) => string | undefined): string | undefined;
    readonly sentence?: { say(section: unknown, t: SentenceTools): SentenceParts };
  };
  mergeSection?(merged: unknown, a: unknown, b: unknown): unknown;
}

/** The built-in kind named `name`. */
export function builtIn(name: string): KindUnderTest {
  const kind = RECORD_KIND_DECLARATIONS.find((k) => k.name === name);
  if (kind === undefined) throw new Error(`no built-in kind ${name}`);
  return kind as unknown as KindUnderTest;
}

function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the sentence stated a ${what} its section does not have`);
  return value;
}

/** Whether a figure says something, as a report's own tools decide. */
function saysSomething(value: Figure | MoneyTotal | undefined): boolean {
  if (value === undefined) return false;
  if ("amounts" in value) return value.amounts.list().some((m) => !m.isZero());
  return !(value.qualifier === "exact" && value.value.isZero());
}

/**
 * Sentence tools in `lang`: `skip` lists the column keys the sentence may
 * not state; `allowAll` says yes to every figure, absent ones too (a kind
 * must still state only what its section has).
 */
export function tools(lang: Lang, options: { skip?: readonly string[]; allowAll?: boolean } = {}): SentenceTools {
  const skip = new Set(options.skip ?? []);
  return {
    lang,
    count: (figure) => present(figure, "figure").toString(),
    money: (total) => present(total, "money total").amounts.toString(),
    plural: (figure) => {
      const f = present(figure, "figure");
      return !(f.qualifier === "exact" && f.value.eq(1));
    },
    says: (key, value) => options.allowAll === true || (!skip.has(key) && saysSomething(value)),
    joinList: (items) => items.join(" + "),
  };
}

/** An exact money total of one amount. */
export function usd(amount: string): MoneyTotal {
  return { qualifier: "exact", amounts: MoneyBag.from([Money.of(amount, "USD")]) };
}

/** A kind's part of the sentence for `section`. */
export function say(kind: string, section: unknown, t: SentenceTools): SentenceParts {
  const sentence = builtIn(kind).words.sentence;
  if (sentence === undefined) throw new Error(`${kind} has no sentence`);
  return sentence.say(section, t);
}
