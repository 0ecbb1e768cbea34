// The rows of a repeating form (action plan, meetings, follow-up dates): change one row, add one
// at the end, remove one.
import { useState } from "react";

export function useRows<T>(initial: T[]) {
  const [rows, setRows] = useState<T[]>(initial);
  return {
    rows,
    update: (index: number, change: Partial<T>) =>
      setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row))),
    add: (row: T) => setRows((current) => [...current, row]),
    remove: (index: number) => setRows((current) => current.filter((_, i) => i !== index)),
  };
}
