import { describe, expect, it } from "vitest";
import type { StayDetail } from "../../api/client";
import { dueItems } from "./stayDue";

const stay = (changes: Partial<StayDetail>): StayDetail =>
  ({
    id: 1,
    personId: 2,
    personName: "Kari Nordmann",
    requestId: 3,
    decisionId: 4,
    startedOn: "2026-10-01",
    periodTo: "2027-03-31",
    exit: null,
    familyWithChildren: false,
    under25: false,
    previousStayId: null,
    lengthDays: 67,
    threeMonthMark: "2027-01-01",
    watch: "approaching",
    escalated: false,
    periodExpired: false,
    agreement: null,
    actionPlan: [],
    notes: [],
    appointments: [],
    breaches: [],
    afterCare: null,
    termination: null,
    ...changes,
  }) as StayDetail;

describe("dueItems", () => {
  it("lists the missing agreement first, then what falls due within 30 days by day", () => {
    const items = dueItems(
      stay({
        appointments: [
          {
            startsAt: "2026-12-20T10:00",
            purpose: "Boligsøknad",
            place: "",
            status: "planlagt",
            note: "",
          },
          { startsAt: "2026-12-10T09:00", purpose: "", place: "", status: "planlagt", note: "" },
          {
            startsAt: "2026-12-08T09:00",
            purpose: "Avlyst",
            place: "",
            status: "avlyst",
            note: "",
          },
          {
            startsAt: "2026-11-01T09:00",
            purpose: "Gammelt",
            place: "",
            status: "planlagt",
            note: "",
          },
        ],
        actionPlan: [
          {
            goal: "Bolig",
            action: "Søke kommunal bolig",
            responsible: "",
            dueOn: "2026-12-01",
            other: "",
            status: "i_gang",
          },
          {
            goal: "Jobb",
            action: "Møte NAV arbeid",
            responsible: "",
            dueOn: "2026-12-15",
            other: "",
            status: "fullfort",
          },
          {
            goal: "Helse",
            action: "Fastlege",
            responsible: "",
            dueOn: "2027-06-01",
            other: "",
            status: "ikke_startet",
          },
        ],
      }),
      "2026-12-07",
    );
    expect(items.map((item) => item.text)).toEqual([
      "Skriv oppfølgingsavtalen med beboeren",
      "Søke kommunal bolig: frist 01.12.2026 (passert)",
      "Møte 10.12.2026 kl. 09:00",
      "Tre måneder i midlertidig botilbud 01.01.2027",
    ]);
    expect(items[0].tab).toBe("avtale");
    expect(items[2].tab).toBe("notater");
  });

  it("warns that the vedtak period has run out, and is empty once the household moved out", () => {
    const expired = dueItems(
      stay({ periodTo: "2026-12-01", agreement: {} as StayDetail["agreement"] }),
      "2026-12-07",
    );
    expect(expired.map((item) => item.text)).toEqual([
      "Vedtaksperioden gikk ut 01.12.2026: fatt nytt vedtak eller registrer utflytting",
      "Tre måneder i midlertidig botilbud 01.01.2027",
    ]);
    const ended = stay({ exit: { endedOn: "2026-12-05" } as StayDetail["exit"] });
    expect(dueItems(ended, "2026-12-07")).toEqual([]);
  });
});
