// The new request's draft as React state: one object instead of a state per field, changed a
// part at a time, with the household members added, changed and removed by key.
import { useState } from "react";
import { addMember, emptyDraft, removeMember, updateMember } from "./requestDraft";
import type { MemberRow, RequestDraft } from "./requestDraft";

export function useRequestDraft(initial: RequestDraft = emptyDraft) {
  const [draft, setDraft] = useState<RequestDraft>(initial);
  const change = (part: Partial<RequestDraft>) => setDraft((current) => ({ ...current, ...part }));
  const changeMembers = (update: (rows: MemberRow[]) => MemberRow[]) =>
    setDraft((current) => ({ ...current, members: update(current.members) }));
  return {
    draft,
    change,
    addMember: (role: MemberRow["role"]) =>
      changeMembers((rows) => addMember(rows, role, Date.now() + rows.length)),
    updateMember: (key: number, part: Partial<MemberRow>) =>
      changeMembers((rows) => updateMember(rows, key, part)),
    removeMember: (key: number) => changeMembers((rows) => removeMember(rows, key)),
  };
}

export type DraftState = ReturnType<typeof useRequestDraft>;
