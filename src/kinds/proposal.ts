/**
 * Proposals and recommendations to the Ministry of Foreign Affairs (kiến
 * nghị, đề xuất): placed in a period when sent in it, answered in it, or
 * still awaiting an answer at its end; counted as sent, answered and open,
 * with the days from sending to answer summed over those answered (so the
 * mean, `answerDays / answered`, merges exactly) and the sent ones by area.
 * @module
 */
import * as z from "zod";
import {
  daysToAnswer,
  isDateInRange,
  type Proposal,
  type ProposalArea,
  ProposalAreaSchema,
  ProposalSchema,
} from "../entities/index.js";
import type { Lang } from "../errors/index.js";
import { Figure } from "../figure/index.js";
import { CountFigureSchema } from "./_figures.js";
import { kindOf, kindView } from "./_kind.js";

/**
 * The proposals section of a report's figures: `sent` (sent in the period),
 * `answered` (answered in the period), `open` (sent on or before its last
 * day and not answered by then), `answerDays` (the days from sending to
 * answer, summed over those answered in the period: the mean days to an
 * answer is `answerDays / answered`, and both merge by addition) and
 * `byArea` (those sent in the period, by area).
 */
export const ProposalFiguresSchema = z
  .object({
    sent: CountFigureSchema.optional(),
    answered: CountFigureSchema.optional(),
    open: CountFigureSchema.optional(),
    answerDays: CountFigureSchema.optional(),
    byArea: z.partialRecord(ProposalAreaSchema, CountFigureSchema).optional(),
  })
  .optional();

interface Acc {
  sent: number;
  answered: number;
  open: number;
  answerDays: number;
  areas: Map<ProposalArea, number>;
}

/** What a proposal is in the period: sent in it, answered in it, still open at its end (one may be two of these). */
interface Placed {
  readonly sent: boolean;
  readonly answered: boolean;
  readonly open: boolean;
}

type Phrase = (f: string, plural: boolean) => string;

const WORDS: Readonly<
  Record<
    Lang,
    { readonly sent: Phrase; readonly answered: Phrase; readonly areas: Readonly<Record<ProposalArea, string>> }
  >
> = {
  vi: {
    sent: (f) => `gửi ${f} kiến nghị, đề xuất tới Bộ Ngoại giao`,
    answered: (f) => `nhận được trả lời của Bộ Ngoại giao đối với ${f} kiến nghị, đề xuất`,
    areas: {
      "economic-diplomacy": "ngoại giao kinh tế",
      "political-diplomacy": "ngoại giao chính trị",
      "cultural-diplomacy": "ngoại giao văn hóa",
      "foreign-information": "thông tin đối ngoại",
      consular: "công tác lãnh sự, bảo hộ công dân",
      "overseas-vietnamese": "công tác người Việt Nam ở nước ngoài",
      "border-territory": "biên giới, lãnh thổ",
      "international-agreements": "ký kết và thực hiện thỏa thuận quốc tế",
      "international-conferences": "quản lý hội nghị, hội thảo quốc tế",
      delegations: "quản lý đoàn ra, đoàn vào",
      "organisation-staffing": "tổ chức bộ máy, cán bộ",
      other: "lĩnh vực khác",
    },
  },
  en: {
    sent: (f, plural) =>
      `sent ${f} ${plural ? "proposals and recommendations" : "proposal or recommendation"} to the Ministry`,
    answered: (f, plural) =>
      `received the Ministry's ${plural ? "answers" : "answer"} to ${f} ${plural ? "proposals and recommendations" : "proposal or recommendation"}`,
    areas: {
      "economic-diplomacy": "economic diplomacy",
      "political-diplomacy": "political diplomacy",
      "cultural-diplomacy": "cultural diplomacy",
      "foreign-information": "foreign information",
      consular: "consular work and citizen protection",
      "overseas-vietnamese": "overseas Vietnamese",
      "border-territory": "border and territory",
      "international-agreements": "international agreements",
      "international-conferences": "international conferences and seminars",
      delegations: "delegations",
      "organisation-staffing": "organisation and staffing",
      other: "other areas",
    },
  },
};

/** The proposal kind's view: its names, its section of a report's figures and their words (no schema). */
export const proposalView = kindView({
  name: "proposal",
  bucket: "proposals",
  section: "proposals",
  title: "Proposal or recommendation to the Ministry of Foreign Affairs",
  figuresSchema: ProposalFiguresSchema,
  keyOrder: { byArea: ProposalAreaSchema.options },
  words: {
    figures: [
      {
        path: "proposals.sent",
        label: { vi: "Kiến nghị, đề xuất đã gửi", en: "Proposals sent" },
        column: { key: "proposals", order: 30 },
      },
      {
        path: "proposals.answered",
        label: { vi: "Kiến nghị, đề xuất được trả lời", en: "Proposals answered" },
        column: { key: "proposalsAnswered", order: 31 },
      },
      {
        path: "proposals.open",
        label: { vi: "Kiến nghị, đề xuất chờ trả lời cuối kỳ", en: "Proposals awaiting an answer at the period's end" },
      },
      {
        path: "proposals.answerDays",
        label: {
          vi: "Tổng số ngày từ khi gửi đến khi được trả lời",
          en: "Days from sending to answer, summed",
        },
      },
    ],
    breakdown: ([group, key, ...rest], lang, label) =>
      group === "byArea" && key !== undefined && rest.length === 0
        ? `${label("proposals.sent") ?? ""}: ${WORDS[lang].areas[key as ProposalArea] ?? key}`
        : undefined,
    sentence: {
      order: 30,
      say(p, t) {
        const w = WORDS[t.lang];
        const actions =
          p.sent !== undefined && t.says("proposals", p.sent) ? [w.sent(t.count(p.sent), t.plural(p.sent))] : [];
        const answered =
          p.answered !== undefined && t.says("proposalsAnswered", p.answered)
            ? w.answered(t.count(p.answered), t.plural(p.answered))
            : undefined;
        return answered === undefined ? { actions } : { actions, clause: answered };
      },
    },
  },
});

/** The proposal kind. */
export const proposalKind = /* @__PURE__ */ kindOf(proposalView, {
  aliases: ["proposals", "recommendation", "recommendations"],
  signature: ["addressee", "area"],
  schema: ProposalSchema,
  member: (p: Proposal) => p.member,
  place(p: Proposal, range): Placed | undefined {
    const answeredBy = p.status === "answered" ? p.answered : undefined;
    const sent = isDateInRange(p.sent, range);
    const answered = answeredBy !== undefined && isDateInRange(answeredBy, range);
    const open = p.sent <= range.end && (answeredBy === undefined || answeredBy > range.end);
    return sent || answered || open ? { sent, answered, open } : undefined;
  },
  start: (): Acc => ({ sent: 0, answered: 0, open: 0, answerDays: 0, areas: new Map() }),
  add(acc: Acc, p: Proposal, placed: Placed) {
    if (placed.sent) {
      acc.sent++;
      acc.areas.set(p.area, (acc.areas.get(p.area) ?? 0) + 1);
    }
    if (placed.answered) {
      acc.answered++;
      acc.answerDays += daysToAnswer(p) ?? 0;
    }
    if (placed.open) acc.open++;
  },
  figures(acc: Acc) {
    const byArea: Partial<Record<ProposalArea, Figure>> = {};
    for (const area of ProposalAreaSchema.options) {
      const n = acc.areas.get(area);
      if (n !== undefined) byArea[area] = Figure.count(n);
    }
    return {
      sent: Figure.count(acc.sent),
      answered: Figure.count(acc.answered),
      open: Figure.count(acc.open),
      answerDays: Figure.count(acc.answerDays),
      byArea,
    };
  },
});
