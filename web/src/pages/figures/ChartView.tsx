// One dashboard chart drawn with recharts (loaded only when the dashboard opens). The numbers are
// always in the table beside it; the drawing is an image with a name for screen readers. Each bar
// carries its value (LabelList), ticks are 12–14 px, long category names lie as horizontal bars,
// months tilt on a phone, and the month that is not over yet is drawn paler and marked «hittil i
// …» (a Cell per bar, a ReferenceArea) so that it does not read as a drop.
import { useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Chart } from "../../api/client";
import { formatNumber } from "../../format";

// Nav's palette, each at least 3:1 against white (WCAG 1.4.11).
const colours = ["#0067C5", "#634689", "#707070", "#06893A", "#C30000"];
const textColour = "#23262A";

function formatValue(unit: string, value: number): string {
  const text = formatNumber(value);
  return unit === "kroner" ? `${text} kr` : unit === "prosent" ? `${text} %` : text;
}

/** Kroner on a bar on a phone, short: «2,5 mill. kr», «864 tusen kr». */
function shortKroner(value: number): string {
  if (Math.abs(value) >= 1_000_000)
    return `${formatNumber(Math.round(value / 100_000) / 10)} mill. kr`;
  if (Math.abs(value) >= 10_000) return `${formatNumber(Math.round(value / 1000))} tusen kr`;
  return `${formatNumber(value)} kr`;
}

/** The month not yet over: its row and the words that mark it («hittil i desember»). */
export type Unfinished = { index: number; text: string };

export default function ChartView({
  chart,
  unfinished,
  lastYearSeries,
}: {
  chart: Chart;
  unfinished?: Unfinished;
  lastYearSeries?: string;
}) {
  const [width, setWidth] = useState(0);
  const narrow = width > 0 && width < 480;
  const tick = { fontSize: narrow ? 12 : 14, fill: textColour };
  const format = (value: unknown) => formatValue(chart.unit, Number(value));
  // On a bar: nothing for zero (there is no bar), a short «2,5 mill. kr» on a phone.
  const barLabel = (value: unknown) => {
    const number = Number(value);
    if (!number) return "";
    if (chart.unit === "kroner" && narrow) return shortKroner(number);
    return format(number);
  };
  const unfinishedRow = unfinished ? chart.rows[unfinished.index] : undefined;
  const hittil = (key: string) => `${key}__hittil`;
  const data = chart.rows.map((row, index) => {
    const entry: Record<string, string | number | null> = { label: row.label, ...row.values };
    if (unfinished) {
      for (const series of chart.series) {
        if (series.key === lastYearSeries) continue;
        // The months still to come have no figures yet; the line's last stretch is its own.
        if (index > unfinished.index) entry[series.key] = null;
        if (chart.kind === "line") {
          const near = index === unfinished.index || index === unfinished.index - 1;
          entry[hittil(series.key)] = near ? (row.values[series.key] ?? 0) : null;
          if (index === unfinished.index) entry[series.key] = null;
        }
      }
    }
    // A stack's total is written once, at the end of its top segment that is not empty.
    const total = chart.series.reduce((sum, series) => sum + (row.values[series.key] ?? 0), 0);
    const top = [...chart.series].reverse().find((series) => (row.values[series.key] ?? 0) > 0);
    for (const series of chart.series) entry[`${series.key}__sum`] = series === top ? total : 0;
    return entry;
  });
  // Long category names (kinds of place, outcomes, lengths) read better as horizontal bars.
  const horizontal = chart.kind !== "line" && chart.rows.some((row) => row.label.length > 10);
  const months = chart.category === "Måned";
  const valueWidth = chart.unit === "kroner" ? (narrow ? 76 : 100) : 44;
  const axes = horizontal ? (
    <>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tick={tick} tickFormatter={format} allowDecimals={false} />
      <YAxis type="category" dataKey="label" tick={tick} width={narrow ? 120 : 190} interval={0} />
    </>
  ) : (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="label"
        tick={narrow && months ? { ...tick, textAnchor: "end" } : tick}
        angle={narrow && months ? -45 : 0}
        height={narrow && months ? 44 : 30}
        interval={0}
        padding={chart.kind === "line" ? { left: 12, right: 12 } : undefined}
      />
      <YAxis
        tick={tick}
        tickFormatter={format}
        width={valueWidth}
        allowDecimals={false}
        // Room above the highest value for its label and the «hittil» mark.
        domain={[0, (max: number) => Math.ceil(max * 1.2)]}
      />
    </>
  );
  const mark = unfinishedRow && unfinished && (
    <ReferenceArea
      x1={chart.kind === "line" ? chart.rows[unfinished.index - 1]?.label : unfinishedRow.label}
      x2={unfinishedRow.label}
      fill="#E6F0FF"
      fillOpacity={0.8}
      ifOverflow="visible"
      label={{
        value: unfinished.text,
        position: "insideTopRight",
        fill: textColour,
        fontSize: 12,
      }}
    />
  );
  const common = (
    <>
      {axes}
      <Tooltip formatter={format} />
      {chart.series.length > 1 && <Legend wrapperStyle={{ fontSize: 14 }} />}
    </>
  );
  const margin = {
    top: 24,
    right: horizontal ? valueWidth : 16,
    left: 0,
    bottom: 0,
  };
  return (
    <div
      role="img"
      aria-label={`${chart.title}. Tallene står i tabellen under.`}
      style={{ height: horizontal ? Math.max(280, chart.rows.length * 40 + 60) : 300 }}
    >
      <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
        {chart.kind === "line" ? (
          <LineChart data={data} accessibilityLayer={false} margin={margin}>
            {mark}
            {common}
            {chart.series.map((series, index) => (
              <Line
                key={series.key}
                dataKey={series.key}
                name={series.label}
                stroke={colours[index % colours.length]}
                strokeWidth={2}
                strokeDasharray={index === 1 ? "6 4" : undefined}
                isAnimationActive={false}
              />
            ))}
            {unfinished &&
              chart.series
                .filter((series) => series.key !== lastYearSeries)
                .map((series) => (
                  <Line
                    key={hittil(series.key)}
                    dataKey={hittil(series.key)}
                    name={`${series.label}, ${unfinished.text}`}
                    stroke={colours[chart.series.indexOf(series) % colours.length]}
                    strokeWidth={2}
                    strokeDasharray="2 4"
                    strokeOpacity={0.7}
                    legendType="none"
                    isAnimationActive={false}
                  />
                ))}
          </LineChart>
        ) : (
          <BarChart
            data={data}
            accessibilityLayer={false}
            layout={horizontal ? "vertical" : "horizontal"}
            margin={margin}
          >
            {mark}
            {common}
            {chart.marker && (
              <ReferenceLine
                {...(horizontal ? { y: chart.marker } : { x: chart.marker })}
                position="start"
                stroke="#C30000"
                strokeWidth={2}
                label={{
                  value: "3 mnd",
                  position: horizontal ? "right" : "insideTopLeft",
                  fill: "#C30000",
                  fontSize: 14,
                }}
              />
            )}
            {chart.series.map((series, index) => {
              const colour = colours[index % colours.length];
              const stacked = chart.kind === "stacked";
              return (
                <Bar
                  key={series.key}
                  dataKey={series.key}
                  name={series.label}
                  fill={colour}
                  stackId={stacked ? "stack" : undefined}
                  isAnimationActive={false}
                >
                  {unfinished &&
                    data.map((_, row) => (
                      <Cell
                        key={row}
                        fill={colour}
                        fillOpacity={row === unfinished.index ? 0.35 : 1}
                        stroke={row === unfinished.index ? colour : undefined}
                        strokeDasharray={row === unfinished.index ? "4 2" : undefined}
                      />
                    ))}
                  <LabelList
                    dataKey={stacked ? `${series.key}__sum` : series.key}
                    position={horizontal ? "right" : "top"}
                    formatter={barLabel}
                    fontSize={12}
                    fill={textColour}
                  />
                </Bar>
              );
            })}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
