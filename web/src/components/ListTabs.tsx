// Tabs that switch between lists of one page (work lists, the 3-month watch, the waiting list);
// the chosen list's content is rendered in its panel.
import { Tabs } from "@navikt/ds-react";
import type { ReactNode } from "react";

export interface ListTab<V extends string> {
  value: V;
  label: string;
}

export function ListTabs<V extends string>({
  lists,
  current,
  onChange,
  children,
}: {
  lists: ListTab<V>[];
  current: V;
  onChange: (value: V) => void;
  children: ReactNode;
}) {
  return (
    <Tabs value={current} onChange={(value) => onChange(value as V)}>
      <Tabs.List>
        {lists.map((list) => (
          <Tabs.Tab key={list.value} value={list.value} label={list.label} />
        ))}
      </Tabs.List>
      {lists.map((list) => (
        <Tabs.Panel
          key={list.value}
          value={list.value}
          style={{ paddingTop: "var(--ax-space-16)" }}
        >
          {list.value === current && children}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
