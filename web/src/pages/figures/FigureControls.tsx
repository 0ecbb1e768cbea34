// What every figures panel has: a year to choose and the downloads of what is shown.
import { Button, Select } from "@navikt/ds-react";
import { DownloadIcon } from "@navikt/aksel-icons";

const firstYear = 2020;

function reportYears(): number[] {
  const years: number[] = [];
  for (let year = new Date().getFullYear(); year >= firstYear; year--) years.push(year);
  return years;
}

export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  return (
    <Select
      label="År"
      value={String(year)}
      onChange={(event) => onChange(Number(event.target.value))}
    >
      {reportYears().map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </Select>
  );
}

export function DownloadLinks({ urlFor }: { urlFor: (format: "xlsx" | "csv") => string }) {
  return (
    <>
      <Button
        as="a"
        href={urlFor("xlsx")}
        variant="secondary"
        size="small"
        icon={<DownloadIcon aria-hidden />}
      >
        Last ned XLSX
      </Button>
      <Button
        as="a"
        href={urlFor("csv")}
        variant="tertiary"
        size="small"
        icon={<DownloadIcon aria-hidden />}
      >
        Last ned CSV
      </Button>
    </>
  );
}

/** A share in per cent as Norwegians write it ("12,5 %"), or nothing. */
export function percent(value: number | null): string {
  return value === null ? "" : `${value.toLocaleString("nb-NO", { minimumFractionDigits: 1 })} %`;
}
