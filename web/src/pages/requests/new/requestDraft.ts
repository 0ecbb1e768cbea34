// A new request as the form holds it while it is filled in, and as it is sent
// (POST /api/v1/requests). Pure: the form's hook and the unit tests use it.
import type { CaseRequest, RequestInput } from "../../../api/client";

/** A household member besides the applicant; `key` keeps the row's inputs when others go. */
export interface MemberRow {
  key: number;
  role: "adult" | "child";
  firstName: string;
  birthDate: string;
}

export interface RequestDraft {
  acute: boolean;
  channel: string;
  /** Blank: the office's first municipality. */
  municipality: string;
  reasons: string[];
  reasonText: string;
  groups: string[];
  network: string;
  networkNote: string;
  /** Blank: not given. */
  housing: string;
  needs: string[];
  /** "substanceUse", "mentalHealth" when ticked. */
  sensitive: string[];
  members: MemberRow[];
}

export const emptyDraft: RequestDraft = {
  acute: false,
  channel: "muntlig",
  municipality: "",
  reasons: [],
  reasonText: "",
  groups: [],
  network: "ikke_sjekket",
  networkNote: "",
  housing: "",
  needs: [],
  sensitive: [],
  members: [],
};

/** What the API is sent: blank optional fields left out, the sensitive ticks as flags. */
export function requestInput(personId: number, draft: RequestDraft): RequestInput {
  return {
    personId,
    ...(draft.municipality ? { municipalityNumber: draft.municipality } : {}),
    channel: draft.channel,
    acute: draft.acute,
    reasons: draft.reasons,
    reasonText: draft.reasonText,
    groups: draft.groups,
    network: draft.network,
    networkNote: draft.networkNote,
    ...(draft.housing ? { housingSituation: draft.housing } : {}),
    serviceNeeds: draft.needs,
    sensitive: {
      substanceUse: draft.sensitive.includes("substanceUse"),
      mentalHealth: draft.sensitive.includes("mentalHealth"),
    },
    members: draft.members.map((member) => ({
      role: member.role,
      firstName: member.firstName,
      ...(member.birthDate ? { birthDate: member.birthDate } : {}),
    })),
  };
}

/**
 * The form for correcting a registered request: what it holds now, without the applicant (the
 * person, not a row) and without the groups the server derives from the household.
 */
export function draftOf(request: CaseRequest, derivedGroups: readonly string[]): RequestDraft {
  return {
    acute: request.acute,
    channel: request.channel,
    municipality: request.municipalityNumber,
    reasons: request.reasons,
    reasonText: request.reasonText,
    groups: request.groups.filter((group) => !derivedGroups.includes(group)),
    network: request.network,
    networkNote: request.networkNote,
    housing: request.housingSituation ?? "",
    needs: request.serviceNeeds,
    sensitive: [
      ...(request.sensitive.substanceUse ? ["substanceUse"] : []),
      ...(request.sensitive.mentalHealth ? ["mentalHealth"] : []),
    ],
    members: request.members
      .filter((member) => member.role !== "applicant")
      .map((member, index) => ({
        key: index + 1,
        role: member.role === "child" ? "child" : "adult",
        firstName: member.firstName,
        birthDate: member.birthDate ?? "",
      })),
  };
}

export function addMember(rows: MemberRow[], role: MemberRow["role"], key: number): MemberRow[] {
  return [...rows, { key, role, firstName: "", birthDate: "" }];
}

export function updateMember(
  rows: MemberRow[],
  key: number,
  change: Partial<MemberRow>,
): MemberRow[] {
  return rows.map((row) => (row.key === key ? { ...row, ...change } : row));
}

export function removeMember(rows: MemberRow[], key: number): MemberRow[] {
  return rows.filter((row) => row.key !== key);
}
