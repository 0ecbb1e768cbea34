// A titled part of a page: a <section> named by its level-2 heading, so screen readers can jump
// between the parts (a stay's follow-up, a request's waiting list, storage and copy).
import { Heading } from "@navikt/ds-react";
import type { ReactNode } from "react";

export function Section({
  id,
  title,
  children,
}: {
  /** The heading's id is `${id}-heading`. */
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level="2" size="medium" id={`${id}-heading`} spacing>
        {title}
      </Heading>
      {children}
    </section>
  );
}
