// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { CaseRequest } from "../../../api/client";
import {
  addMember,
  draftOf,
  emptyDraft,
  removeMember,
  requestInput,
  updateMember,
} from "./requestDraft";

describe("a new request's draft", () => {
  it("is sent with blank optional fields left out and the sensitive ticks as flags", () => {
    expect(requestInput(7, emptyDraft)).toEqual({
      personId: 7,
      channel: "muntlig",
      acute: false,
      reasons: [],
      reasonText: "",
      groups: [],
      network: "ikke_sjekket",
      networkNote: "",
      serviceNeeds: [],
      sensitive: { substanceUse: false, mentalHealth: false },
      members: [],
    });
  });

  it("sends what was filled in, members without a birth date as they are", () => {
    let members = addMember([], "child", 1);
    members = addMember(members, "adult", 2);
    members = updateMember(members, 1, { firstName: "Mia", birthDate: "2019-04-02" });
    members = updateMember(members, 2, { firstName: "Per" });
    const input = requestInput(7, {
      ...emptyDraft,
      acute: true,
      municipality: "1804",
      housing: "hos_venner",
      sensitive: ["mentalHealth"],
      members,
    });
    expect(input.municipalityNumber).toBe("1804");
    expect(input.housingSituation).toBe("hos_venner");
    expect(input.acute).toBe(true);
    expect(input.sensitive).toEqual({ substanceUse: false, mentalHealth: true });
    expect(input.members).toEqual([
      { role: "child", firstName: "Mia", birthDate: "2019-04-02" },
      { role: "adult", firstName: "Per" },
    ]);
  });

  it("removes a member by key, leaving the others' rows as they were", () => {
    const members = addMember(addMember(addMember([], "child", 1), "child", 2), "adult", 3);
    expect(removeMember(members, 2).map((m) => m.key)).toEqual([1, 3]);
  });
});

describe("correcting a registered request", () => {
  const registered: CaseRequest = {
    id: 3,
    officeId: 1,
    personId: 7,
    channel: "telefon",
    receivedAt: "2026-12-06T21:00:00.000Z",
    acute: true,
    reasons: ["samlivsbrudd"],
    reasonText: "",
    groups: ["barnefamilier", "rop"],
    network: "nei",
    networkNote: "",
    housingSituation: null,
    serviceNeeds: [],
    sensitive: { substanceUse: true, mentalHealth: false },
    members: [
      { role: "applicant", firstName: "Kari", birthDate: "1990-01-01" },
      { role: "child", firstName: "Ola", birthDate: "2019-05-01" },
      { role: "adult", firstName: "Per", birthDate: null },
    ],
    familyWithChildren: true,
    under25: false,
    outcome: null,
    createdAt: "2026-12-06T21:00:00.000Z",
    municipalityNumber: "1804",
  };

  it("starts from what it holds, without the applicant and the derived groups", () => {
    const draft = draftOf(registered, ["barnefamilier", "unge_under_25"]);
    expect(draft.groups).toEqual(["rop"]);
    expect(draft.sensitive).toEqual(["substanceUse"]);
    expect(draft.members.map((m) => [m.role, m.firstName, m.birthDate])).toEqual([
      ["child", "Ola", "2019-05-01"],
      ["adult", "Per", ""],
    ]);
  });

  it("sends back the same form when nothing is changed", () => {
    const input = requestInput(7, draftOf(registered, ["barnefamilier", "unge_under_25"]));
    expect(input).toMatchObject({
      personId: 7,
      municipalityNumber: "1804",
      channel: "telefon",
      acute: true,
      reasons: ["samlivsbrudd"],
      groups: ["rop"],
      sensitive: { substanceUse: true, mentalHealth: false },
      members: [
        { role: "child", firstName: "Ola", birthDate: "2019-05-01" },
        { role: "adult", firstName: "Per" },
      ],
    });
  });
});
