/**
 * Test helper: one well-formed wire delegation (Hải Phòng's trade mission to
 * Incheon), for tests that need a good record to spoil one field of.
 */
import type { DelegationInput } from "../../src/index.js";

export const TRIP: DelegationInput = {
  member: "so-ngoai-vu-hai-phong",
  direction: "outgoing",
  start: "2024-06-28",
  end: "2024-07-03",
  countries: ["KR"],
  ledBy: "people-committee-vice-chair",
  headcount: 6,
  purpose: "Trade and investment promotion",
  cost: { amount: "350000000", currency: "VND" },
  status: "completed",
};
