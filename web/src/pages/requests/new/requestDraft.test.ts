// @vitest-environment node
import { describe, expect, it } from "vitest";
import { addMember, emptyDraft, removeMember, requestInput, updateMember } from "./requestDraft";

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
