// What is due on an open stay, soonest first, as the top of its page lists it: the follow-up
// agreement not yet written, the vedtak period running out, the 3-month mark, the next planned
// meeting and the action plan's open steps with a deadline. Nothing once the household has moved out.
import type { StayDetail } from "../../api/client";
import { formatDate } from "../../format";

export interface DueItem {
  /** "ÅÅÅÅ-MM-DD" when it falls due; undefined for what is due now. */
  on?: string;
  text: string;
  /** Which tab of the page holds it. */
  tab: StayTab;
}

export type StayTab = "avtale" | "bolig" | "notater" | "brudd" | "kostnad" | "utflytting";

/**
 * Whether the household has moved out: an exit on or before today. A stans sets the exit on the
 * day it takes effect, and until then the household still lives there.
 */
export function hasMovedOut(stay: StayDetail, today: string): boolean {
  return !!stay.exit && stay.exit.endedOn <= today;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export function dueItems(stay: StayDetail, today: string, withinDays = 30): DueItem[] {
  if (stay.exit) return [];
  const soon = (day: string | null | undefined): day is string =>
    !!day && daysBetween(today, day) <= withinDays;
  const items: DueItem[] = [];
  if (!stay.agreement) items.push({ text: "Skriv oppfølgingsavtalen med beboeren", tab: "avtale" });
  if (soon(stay.periodTo))
    items.push({
      on: stay.periodTo,
      text:
        stay.periodTo < today
          ? `Vedtaksperioden gikk ut ${formatDate(stay.periodTo)}: fatt nytt vedtak eller registrer utflytting`
          : `Vedtaksperioden går ut ${formatDate(stay.periodTo)}`,
      tab: "utflytting",
    });
  if (soon(stay.threeMonthMark) && stay.threeMonthMark >= today)
    items.push({
      on: stay.threeMonthMark,
      text: `Tre måneder i midlertidig botilbud ${formatDate(stay.threeMonthMark)}`,
      tab: "avtale",
    });
  const nextMeeting = stay.appointments
    .filter((meeting) => meeting.status === "planlagt" && meeting.startsAt.slice(0, 10) >= today)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (nextMeeting) {
    const [day, time] = [nextMeeting.startsAt.slice(0, 10), nextMeeting.startsAt.slice(11, 16)];
    items.push({
      on: day,
      text: `Møte ${formatDate(day)}${time ? ` kl. ${time}` : ""}${nextMeeting.purpose ? `: ${nextMeeting.purpose}` : ""}`,
      tab: "notater",
    });
  }
  for (const step of stay.actionPlan)
    if ((step.status === "ikke_startet" || step.status === "i_gang") && soon(step.dueOn))
      items.push({
        on: step.dueOn!,
        text: `${step.action || step.goal}: frist ${formatDate(step.dueOn)}${step.dueOn! < today ? " (passert)" : ""}`,
        tab: "avtale",
      });
  // What is due now first, then by day.
  return items.sort((a, b) => (a.on ?? "").localeCompare(b.on ?? ""));
}
