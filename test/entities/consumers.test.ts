/**
 * The library's schemas in the real consumers apps use, with the library
 * configured for Vietnamese (`configureNgoaivu({ lang: "vi" })`):
 * react-hook-form's `zodResolver` and `standardSchemaResolver`, called as
 * `useForm` calls a resolver (values, context, options), and a Hono route
 * with `@hono/standard-validator`'s `sValidator`. Each must show the
 * library's Vietnamese wording for a built-in check (a wrong type, a
 * missing field) and a domain rule (the end before the start), and the
 * library's codes where the consumer passes zod's issues on.
 */
import { sValidator } from "@hono/standard-validator";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { zodResolver } from "@hookform/resolvers/zod";
import { Hono } from "hono";
import type { FieldErrors, ResolverOptions } from "react-hook-form";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import { configureNgoaivu, DelegationSchema, fromZodIssues, type NgoaivuIssue, zodErrorMap } from "../../src/index.js";
import { TRIP } from "./_trip.js";

const GOOD = TRIP;
/** Two built-in checks: a number typed into a text box, a field left empty. */
const TYPED = { ...GOOD, headcount: "6", purpose: undefined };
/** A domain rule. */
const BACKWARDS = { ...GOOD, end: "2024-06-01" };

const REQUIRED_VI = "Trường này là bắt buộc";
const TYPE_VI = "Cần giá trị kiểu số, nhận được chuỗi ký tự";
const BACKWARDS_VI = "Ngày kết thúc 2024-06-01 trước ngày bắt đầu 2024-06-28";

/** The form's values, typed as a form built on the schema types them (a form holds what was typed, right or wrong). */
type FormValues = z.input<typeof DelegationSchema>;

/** What a form holds, right or wrong, as its resolver is typed to take it. */
const formValues = (values: object): FormValues => values as FormValues;

/** The options `useForm` passes its resolver on submit (no native validation, first error a field). */
const OPTIONS: ResolverOptions<FormValues> = {
  fields: {},
  shouldUseNativeValidation: false,
  criteriaMode: "firstError",
};

type Resolve = (values: object) => Promise<{ errors: FieldErrors; values: unknown }>;

const resolvers: readonly (readonly [string, Resolve])[] = [
  ["zodResolver", async (values) => zodResolver(DelegationSchema)(formValues(values), undefined, OPTIONS)],
  [
    "standardSchemaResolver",
    async (values) => standardSchemaResolver(DelegationSchema)(formValues(values), undefined, OPTIONS),
  ],
];

beforeAll(() => configureNgoaivu({ lang: "vi" }));
afterAll(() => configureNgoaivu({}));

describe.each(resolvers)("react-hook-form's %s", (_name, resolve) => {
  it("words the built-in checks in Vietnamese, at their fields", async () => {
    const { errors } = await resolve(TYPED);
    expect(errors.headcount?.message).toBe(TYPE_VI);
    expect(errors.purpose?.message).toBe(REQUIRED_VI);
  });

  it("words a domain rule in Vietnamese, at its field", async () => {
    const { errors } = await resolve(BACKWARDS);
    expect(Object.keys(errors)).toEqual(["end"]);
    expect(errors.end?.message).toBe(BACKWARDS_VI);
  });

  it("gives the decoded record for a good one", async () => {
    const { errors, values } = await resolve(GOOD);
    expect(errors).toEqual({});
    expect(String((values as { cost: unknown }).cost)).toBe("350000000 VND");
  });
});

describe("react-hook-form's zodResolver without configureNgoaivu", () => {
  it("takes the library's error map as a parse option", async () => {
    configureNgoaivu({});
    try {
      const { errors } = await zodResolver(DelegationSchema, { error: zodErrorMap("vi") })(
        formValues(TYPED),
        undefined,
        OPTIONS,
      );
      expect(errors.headcount?.message).toBe(TYPE_VI);
      const { errors: english } = await zodResolver(DelegationSchema)(formValues(TYPED), undefined, OPTIONS);
      expect(english.headcount?.message).toBe("Invalid input: expected number, received string");
    } finally {
      configureNgoaivu({ lang: "vi" });
    }
  });
});

describe("a Hono route with @hono/standard-validator", () => {
  const app = new Hono();
  // The default hook answers 400 with zod's issues: the library's codes are in them.
  app.post("/delegations", sValidator("json", DelegationSchema), (c) =>
    c.json({ cost: c.req.valid("json").cost?.toString() }),
  );
  // A hook of the app's own: the library's issues, coded, in the language asked for.
  app.post(
    "/v2/delegations",
    sValidator("json", DelegationSchema, (result, c) => {
      if (result.success) return undefined;
      const lang = c.req.header("accept-language")?.startsWith("en") === true ? "en" : "vi";
      const issues: NgoaivuIssue[] = fromZodIssues(result.error, { lang, input: result.data });
      return c.json({ issues: issues.map((i) => ({ code: i.code, path: i.path, message: i.message })) }, 422);
    }),
    (c) => c.json({ ok: true }),
  );

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  it("answers a good record with its decoded value", async () => {
    const res = await post("/delegations", GOOD);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ cost: "350000000 VND" });
  });

  it("answers 400 with the library's Vietnamese wording and codes, for a built-in check and a domain rule", async () => {
    const typed = await post("/delegations", TYPED);
    expect(typed.status).toBe(400);
    const body = (await typed.json()) as {
      error: { message: string; path: string[]; params?: { ngoaivu?: string } }[];
    };
    expect(body.error.map((i) => [i.path.join("."), i.params?.ngoaivu, i.message])).toEqual([
      ["headcount", "INVALID_TYPE", TYPE_VI],
      ["purpose", "REQUIRED", REQUIRED_VI],
    ]);
    const backwards = (await (await post("/delegations", BACKWARDS)).json()) as typeof body;
    expect(backwards.error.map((i) => [i.path.join("."), i.params?.ngoaivu, i.message])).toEqual([
      ["end", "END_BEFORE_START", BACKWARDS_VI],
    ]);
  });

  it("an app's hook gives the library's issues in the language asked for", async () => {
    const res = await post("/v2/delegations", BACKWARDS, { "accept-language": "en-GB" });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      issues: [
        {
          code: "END_BEFORE_START",
          path: ["end"],
          message: "The end date 2024-06-01 is before the start date 2024-06-28",
        },
      ],
    });
    const vi = (await (await post("/v2/delegations", TYPED)).json()) as { issues: { code: string; message: string }[] };
    expect(vi.issues.map((i) => [i.code, i.message])).toEqual([
      ["INVALID_TYPE", TYPE_VI],
      ["REQUIRED", REQUIRED_VI],
    ]);
  });
});
