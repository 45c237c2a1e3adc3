/**
 * Type tests of the records (compiled by `npm run typecheck` with the rest of
 * test/; `npx vitest run --typecheck.only --reporter=default` reports them
 * one by one): the wire types take what an app holds (an `as const` literal,
 * a database row with its days as `string` and its arrays readonly), the
 * decoded types stay precise, and `parse` gives the decoded type. Every
 * `@ts-expect-error` must stay an error: if the types went loose, the
 * directive itself would fail.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  type CalendarDate,
  type ConsularCaseInput,
  type DeepReadonly,
  type Delegation,
  type DelegationInput,
  DelegationSchema,
  delegationCountedIn,
  type EmulationClusterInput,
  encode,
  type InternationalAgreement,
  type InternationalAgreementInput,
  InternationalAgreementSchema,
  isAgreementInForce,
  isMemberActive,
  isMemberActiveDuring,
  isNewAgreement,
  type Member,
  type MemberInput,
  type Money,
  type MoneyBag,
  type NgoProjectInput,
  type OdaProject,
  type OdaProjectInput,
  OdaProjectSchema,
  type Period,
  parse,
  parseBatch,
  type StatusChange,
  safeParse,
  statusInPeriod,
  statusOn,
} from "../../src/index.js";

/** A delegation as a database driver hands it over: days as text, arrays readonly. */
interface DelegationRow {
  readonly id?: string;
  readonly member: string;
  readonly direction: "outgoing" | "incoming";
  readonly start: string;
  readonly end: string;
  readonly countries: readonly string[];
  readonly partners?: readonly string[];
  readonly ledBy:
    | "party-secretary"
    | "people-committee-chair"
    | "people-committee-vice-chair"
    | "department-head"
    | "other";
  readonly headcount: number;
  readonly purpose: string;
  readonly cost?: { readonly amount: string; readonly currency: string };
  readonly status: "planned" | "completed" | "cancelled";
}

const wire = {
  member: "so-ngoai-vu-hai-phong",
  direction: "outgoing",
  start: "2024-06-28",
  end: "2024-07-03",
  countries: ["KR"],
  ledBy: "people-committee-vice-chair",
  headcount: 6,
  purpose: "Trade promotion in Incheon",
  status: "completed",
  cost: { amount: "350000000", currency: "VND" },
} as const;

describe("the wire types take the data apps have", () => {
  it("a database row with string days and readonly arrays is a DelegationInput", () => {
    expectTypeOf<DelegationRow>().toExtend<DelegationInput>();
    expectTypeOf<DelegationInput["start"]>().toEqualTypeOf<string>();
    expectTypeOf<DelegationInput["countries"]>().toEqualTypeOf<readonly string[]>();
  });

  it("an as-const literal is a DelegationInput, and so is a mutable object", () => {
    expectTypeOf(wire).toExtend<DelegationInput>();
    expectTypeOf<{ -readonly [K in keyof typeof wire]: (typeof wire)[K] }>().toExtend<DelegationInput>();
    const built: DelegationInput = { ...wire, countries: ["KR", "JP"], partners: ["KITA"] };
    expectTypeOf(built.countries).toEqualTypeOf<readonly string[]>();
  });

  it("every record's wire type takes readonly nested arrays and string days", () => {
    expectTypeOf<{
      readonly member: string;
      readonly title: string;
      readonly form: "agreement";
      readonly signatory: "department";
      readonly foreignParties: readonly { readonly kind: "foreign-locality"; readonly name: string }[];
      readonly signed: string;
      readonly status: "signed";
    }>().toExtend<InternationalAgreementInput>();
    expectTypeOf<OdaProjectInput["statuses"]>().toEqualTypeOf<
      readonly { readonly status: StatusChange["status"]; readonly from: string }[]
    >();
    expectTypeOf<NonNullable<OdaProjectInput["transactions"]>[number]["date"]>().toEqualTypeOf<string>();
    expectTypeOf<NgoProjectInput["approval"]["date"]>().toEqualTypeOf<string>();
    expectTypeOf<ConsularCaseInput["opened"]>().toEqualTypeOf<string>();
    expectTypeOf<MemberInput["validFrom"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<EmulationClusterInput["years"][number]["members"]>().toEqualTypeOf<readonly string[]>();
  });

  it("the wire types still refuse what the wire refuses", () => {
    // @ts-expect-error a direction the schema does not know
    expectTypeOf<{ readonly direction: "sideways" }>().toExtend<Pick<DelegationInput, "direction">>();
    // @ts-expect-error an amount is a decimal string on the wire, never a number
    expectTypeOf<{ readonly cost: { amount: number; currency: string } }>().toExtend<Pick<DelegationInput, "cost">>();
  });

  it("encode gives back a wire value", () => {
    expectTypeOf(encode<typeof DelegationSchema>).returns.toExtend<DelegationInput>();
  });
});

describe("the decoded types stay precise", () => {
  it("days are CalendarDate, countries an array of strings, a cost a Money", () => {
    expectTypeOf<Delegation["start"]>().toEqualTypeOf<CalendarDate>();
    expectTypeOf<Delegation["end"]>().toEqualTypeOf<CalendarDate>();
    expectTypeOf<Delegation["countries"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Delegation["cost"]>().toEqualTypeOf<Money | undefined>();
    expectTypeOf<InternationalAgreement["signed"]>().toEqualTypeOf<CalendarDate>();
    expectTypeOf<OdaProject["statuses"][number]["from"]>().toEqualTypeOf<CalendarDate>();
    expectTypeOf<Member["validFrom"]>().toEqualTypeOf<CalendarDate | undefined>();
  });

  it("a plain string is not a decoded day", () => {
    expectTypeOf<string>().not.toExtend<CalendarDate>();
    expectTypeOf<"2024-06-28">().toExtend<CalendarDate>();
  });

  it("parse, safeParse and parseBatch give the decoded type", () => {
    expectTypeOf(parse<typeof DelegationSchema>).returns.toEqualTypeOf<Delegation>();
    expectTypeOf(() => parse(DelegationSchema, wire)).returns.toEqualTypeOf<Delegation>();
    expectTypeOf(() => parse(InternationalAgreementSchema, {})).returns.toEqualTypeOf<InternationalAgreement>();
    expectTypeOf(() => parse(OdaProjectSchema, {})).returns.toEqualTypeOf<OdaProject>();
    const result = safeParse(DelegationSchema, wire);
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Delegation>();
    expectTypeOf(parseBatch(DelegationSchema, [wire]).valid[0]?.value).toEqualTypeOf<Delegation | undefined>();
  });
});

describe("the date helpers read plain string days", () => {
  it("takes hand-built objects whose days are string", () => {
    const day: string = "2024-06-28";
    const range = { start: "2024-01-01", end: "2024-06-30" };
    expectTypeOf(delegationCountedIn).toBeCallableWith({ start: day }, range);
    expectTypeOf(isNewAgreement).toBeCallableWith({ signed: day }, range);
    expectTypeOf(isAgreementInForce).toBeCallableWith({ signed: day, expiry: day, status: "expired" }, day);
    expectTypeOf(isMemberActive).toBeCallableWith({ validFrom: day }, day);
    expectTypeOf(isMemberActiveDuring).toBeCallableWith({ validTo: day }, range);
    expectTypeOf(statusOn).toBeCallableWith({ statuses: [{ status: "closed", from: day }] }, day);
    expectTypeOf(statusInPeriod).toBeCallableWith({ statuses: [{ status: "closed", from: day }] }, range);
  });

  it("and the decoded records themselves", () => {
    expectTypeOf<Delegation>().toExtend<Parameters<typeof delegationCountedIn>[0]>();
    expectTypeOf<InternationalAgreement>().toExtend<Parameters<typeof isAgreementInForce>[0]>();
    expectTypeOf<Member>().toExtend<Parameters<typeof isMemberActive>[0]>();
    expectTypeOf<OdaProject>().toExtend<Parameters<typeof statusOn>[0]>();
  });
});

describe("DeepReadonly", () => {
  it("makes properties and arrays readonly at any depth", () => {
    expectTypeOf<DeepReadonly<{ a: string[]; b?: { c: number[] }[] }>>().toEqualTypeOf<{
      readonly a: readonly string[];
      readonly b?: readonly { readonly c: readonly number[] }[];
    }>();
  });

  it("keeps values that write their own JSON, and functions, as they are", () => {
    expectTypeOf<DeepReadonly<{ m: Money; b: MoneyBag; p: Period; d: Date; f: () => void }>>().toEqualTypeOf<{
      readonly m: Money;
      readonly b: MoneyBag;
      readonly p: Period;
      readonly d: Date;
      readonly f: () => void;
    }>();
  });

  it("accepts the mutable type", () => {
    expectTypeOf<Delegation>().toExtend<DeepReadonly<Delegation>>();
    expectTypeOf<DeepReadonly<Delegation>["start"]>().toEqualTypeOf<CalendarDate>();
  });
});
