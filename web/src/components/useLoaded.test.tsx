import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useLoaded } from "./useLoaded";

afterEach(cleanup);

// Answers the test releases by hand, in any order.
function deferred() {
  let resolve: (value: string) => void = () => {};
  const promise = new Promise<string>((done) => (resolve = done));
  return { promise, resolve };
}

function Year({ year, answers }: { year: number; answers: Map<number, Promise<string>> }) {
  const { value } = useLoaded(() => answers.get(year)!, [year], "feil");
  return <p>{value ?? "laster"}</p>;
}

describe("useLoaded", () => {
  it("shows the answer for the latest choice, whatever order the answers arrive in", async () => {
    const thisYear = deferred();
    const lastYear = deferred();
    const answers = new Map([
      [2026, thisYear.promise],
      [2025, lastYear.promise],
    ]);
    const { rerender } = render(<Year year={2026} answers={answers} />);
    rerender(<Year year={2025} answers={answers} />);
    await act(async () => lastYear.resolve("tall for 2025"));
    await act(async () => thisYear.resolve("tall for 2026")); // the slow, superseded answer
    expect(screen.getByText("tall for 2025")).toBeTruthy();
    expect(screen.queryByText("tall for 2026")).toBeNull();
  });
});
