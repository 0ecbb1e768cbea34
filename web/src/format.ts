// Dates, times and amounts as Norwegian users read them.
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "";
  const [year, month, day] = isoDate.split("-");
  return `${day}.${month}.${year}`;
}

export function formatDateTime(instant: string): string {
  return new Date(instant).toLocaleString("nb-NO", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** Today's date where the user is, "YYYY-MM-DD". */
export function isoToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const monthNames = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
];

/** A month "ÅÅÅÅ-MM" (or a date in it) as Norwegians write it: "august 2026". */
export function formatMonth(isoMonth: string): string {
  const [year, month] = isoMonth.split("-");
  const name = monthNames[Number(month) - 1];
  return name ? `${name} ${year}` : isoMonth;
}

/** A count with Norwegian grouping: "1 381" (the space is a no-break space). */
export function formatNumber(value: number): string {
  return value.toLocaleString("nb-NO", { maximumFractionDigits: 1 });
}

/** "1 234 kr"; a dash when there is no amount. */
export function kroner(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return "—";
  return `${amount.toLocaleString("nb-NO")} kr`;
}

/**
 * A date typed the Norwegian way — "6.12.2026", "06.12.2026", "06122026", "6/12/2026" — or as
 * "2026-12-06", as "ÅÅÅÅ-MM-DD" (whether or not the day exists: the server says so); null when the
 * text has none of those shapes.
 */
export function isoFromTyped(text: string): string | null {
  const pad = (n: string) => n.padStart(2, "0");
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return `${iso[1]}-${pad(iso[2])}-${pad(iso[3])}`;
  const norwegian = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (norwegian) return `${norwegian[3]}-${pad(norwegian[2])}-${pad(norwegian[1])}`;
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (digits) return `${digits[3]}-${digits[2]}-${digits[1]}`;
  return null;
}

/** The day after an "ÅÅÅÅ-MM-DD" date, the same way (a booking's check-out after its last night). */
export function dayAfter(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return next.toISOString().slice(0, 10);
}

/** A time typed the Norwegian way — "9:00", "09.00", "0900" — as "tt:mm"; the text unchanged when
 * it is none of those (so the server names the problem). */
export function timeFromTyped(text: string): string {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  return match ? `${match[1].padStart(2, "0")}:${match[2]}` : text;
}
