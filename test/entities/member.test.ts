/**
 * Members (src/entities/member.ts): the exact params and messages of each
 * member rule, the bounds of the validity days, the province checked on every
 * given day (each problem once), and `checkMembers` on successors that start
 * the day after, the same day, or are unknown.
 */
import { describe, expect, it } from "vitest";
import { checkMembers, type Lang, type MemberInput, MemberSchema, parse, safeParse } from "../../src/index.js";

const hanoi: MemberInput = {
  id: "so-ngoai-vu-ha-noi",
  kind: "department",
  province: "01",
  names: { vi: "Sở Ngoại vụ thành phố Hà Nội", en: "Hanoi Department of Foreign Affairs" },
};

function issues(input: MemberInput, lang: Lang = "en") {
  const r = safeParse(MemberSchema, input, { lang });
  return r.success
    ? "valid"
    : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, message: i.message }));
}

describe("MemberSchema: validity days", () => {
  it("lets a member operate for a single day", () => {
    expect(issues({ ...hanoi, validFrom: "2020-01-01", validTo: "2020-01-01" })).toBe("valid");
  });

  it("names both days when the validity ends before it starts", () => {
    const reversed = { ...hanoi, validFrom: "2020-01-01", validTo: "2019-12-31" };
    expect(issues(reversed)).toEqual([
      {
        code: "END_BEFORE_START",
        path: ["validTo"],
        params: { start: "2020-01-01", end: "2019-12-31" },
        message: "The end date 2019-12-31 is before the start date 2020-01-01",
      },
    ]);
    expect(issues(reversed, "vi")).toEqual([
      expect.objectContaining({ message: "Ngày kết thúc 2019-12-31 trước ngày bắt đầu 2020-01-01" }),
    ]);
  });
});

describe("MemberSchema: successor", () => {
  it("refuses a successor while the member still operates, and says to give validTo", () => {
    const record = { ...hanoi, successor: "ngoai-vu-ha-noi" };
    expect(issues(record)).toEqual([
      {
        code: "NOT_APPLICABLE",
        path: ["successor"],
        params: { field: "successor", reason: "a member that still operates has no successor: give validTo" },
        message: "successor does not apply here: a member that still operates has no successor: give validTo",
      },
    ]);
    expect(issues(record, "vi")).toEqual([
      expect.objectContaining({
        message:
          "Trường successor không áp dụng ở đây: đơn vị còn hoạt động thì chưa có đơn vị kế thừa: hãy ghi ngày ngừng hoạt động (validTo)",
      }),
    ]);
  });

  it("refuses a member that succeeds itself", () => {
    expect(issues({ ...hanoi, validTo: "2025-06-30", successor: hanoi.id })).toEqual([
      {
        code: "NOT_APPLICABLE",
        path: ["successor"],
        params: { field: "successor", reason: "a member cannot succeed itself" },
        message: "successor does not apply here: a member cannot succeed itself",
      },
    ]);
    expect(issues({ ...hanoi, validTo: "2025-06-30", successor: hanoi.id }, "vi")).toEqual([
      expect.objectContaining({
        message: "Trường successor không áp dụng ở đây: một đơn vị không thể tự kế thừa chính mình",
      }),
    ]);
  });
});

describe("MemberSchema: the province on each given day", () => {
  // Code 35 was Hà Nam until 30 June 2025, and names no unit since.
  const haNam = { ...hanoi, id: "vp-ubnd-ha-nam", province: "35" };

  it("checks the first day even when no last day is given", () => {
    expect(issues({ ...haNam, validFrom: "2025-07-01" })).toEqual([
      {
        code: "PROVINCE_NOT_VALID_AT_DATE",
        path: ["province"],
        params: { code: "35", date: "2025-07-01" },
        message: "Province code 35 does not name a province-level unit on 2025-07-01",
      },
    ]);
    expect(issues({ ...haNam, validFrom: "2025-06-30" })).toBe("valid");
  });

  it("reports each day the code names no unit, and a day given twice once", () => {
    expect(issues({ ...haNam, validFrom: "2026-01-01", validTo: "2027-01-01" })).toEqual([
      expect.objectContaining({ code: "PROVINCE_NOT_VALID_AT_DATE", params: { code: "35", date: "2026-01-01" } }),
      expect.objectContaining({ code: "PROVINCE_NOT_VALID_AT_DATE", params: { code: "35", date: "2027-01-01" } }),
    ]);
    expect(issues({ ...haNam, validFrom: "2026-01-01", validTo: "2026-01-01" })).toEqual([
      expect.objectContaining({ code: "PROVINCE_NOT_VALID_AT_DATE", params: { code: "35", date: "2026-01-01" } }),
    ]);
  });

  it("reports a code that never named a unit once, however many days are given", () => {
    expect(issues({ ...hanoi, province: "03", validFrom: "2020-01-01", validTo: "2021-01-01" })).toEqual([
      {
        code: "UNKNOWN_PROVINCE",
        path: ["province"],
        params: { value: "03" },
        message: "Unknown province code or name 03",
      },
    ]);
  });
});

describe("checkMembers", () => {
  const member = (input: Partial<MemberInput> & { id: string }) => parse(MemberSchema, { ...hanoi, ...input });
  const ended = member({
    id: "so-ngoai-vu-bac-giang",
    province: "24",
    validTo: "2025-06-30",
    successor: "ngoai-vu-bac-ninh",
  });

  it("accepts a successor that starts the day after its predecessor ends", () => {
    expect(checkMembers([ended, member({ id: "ngoai-vu-bac-ninh", province: "24", validFrom: "2025-07-01" })])).toEqual(
      [],
    );
  });

  it("refuses a successor that starts on the predecessor's last day, with both days", () => {
    const early = member({ id: "ngoai-vu-bac-ninh", province: "24", validFrom: "2025-06-30" });
    expect(checkMembers([ended, early])).toEqual([
      {
        code: "DATES_OUT_OF_ORDER",
        path: [0, "successor"],
        message: "The date 2025-06-30 is before the previous date 2025-06-30",
        params: { date: "2025-06-30", previous: "2025-06-30" },
      },
    ]);
  });

  it("names an unknown successor, at the successor of that member", () => {
    expect(checkMembers([member({ id: "a" }), ended], { lang: "vi" })).toEqual([
      {
        code: "UNKNOWN_MEMBER",
        path: [1, "successor"],
        message: "Không có thành viên ngoai-vu-bac-ninh",
        params: { member: "ngoai-vu-bac-ninh" },
      },
    ]);
  });

  it("names a duplicate id, at the second member that has it", () => {
    expect(checkMembers([member({ id: "a" }), member({ id: "b" }), member({ id: "a" })])).toEqual([
      { code: "DUPLICATE_ID", path: [2, "id"], message: "Duplicate id a", params: { id: "a" } },
    ]);
  });
});
