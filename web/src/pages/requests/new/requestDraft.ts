// A new request as the form holds it while it is filled in, and as it is sent
// (POST /api/v1/requests). Pure: the form's hook and the unit tests use it.
import type { RequestInput } from "../../../api/client";

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
