// One dashboard chart drawn with recharts (loaded only when the dashboard opens). The numbers are
// always in the table beside it; the drawing is an image with a name for screen readers.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Chart } from "../../api/client";

// Nav's palette, each at least 3:1 against white (WCAG 1.4.11).
const colours = ["#0067C5", "#634689", "#707070", "#06893A", "#C30000"];

function formatValue(unit: string, value: number): string {
  const text = value.toLocaleString("nb-NO", { maximumFractionDigits: 1 });
  return unit === "kroner" ? `${text} kr` : unit === "prosent" ? `${text} %` : text;
}

export default function ChartView({ chart }: { chart: Chart }) {
  const data = chart.rows.map((row) => ({ label: row.label, ...row.values }));
  const format = (value: unknown) => formatValue(chart.unit, Number(value));
  // Long category names (kinds of place, outcomes) read better as horizontal bars.
  const horizontal = chart.kind !== "line" && chart.rows.some((row) => row.label.length > 14);
  const axes = horizontal ? (
    <>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tick={{ fontSize: 12 }} tickFormatter={format} allowDecimals={false} />
      <YAxis type="category" dataKey="label" tick={{ fontSize: 12 }} width={190} interval={0} />
    </>
  ) : (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
      <YAxis tick={{ fontSize: 12 }} tickFormatter={format} width={80} allowDecimals={false} />
    </>
  );
  const common = (
    <>
      {axes}
      <Tooltip formatter={format} />
      {chart.series.length > 1 && <Legend />}
    </>
  );
  return (
    <div
      role="img"
      aria-label={`${chart.title}. Tallene står i tabellen under.`}
      style={{ height: 280 }}
    >
      <ResponsiveContainer width="100%" height="100%">
        {chart.kind === "line" ? (
          <LineChart data={data} accessibilityLayer={false}>
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
          </LineChart>
        ) : (
          <BarChart
            data={data}
            accessibilityLayer={false}
            layout={horizontal ? "vertical" : "horizontal"}
          >
            {common}
            {chart.marker && (
              <ReferenceLine
                {...(horizontal ? { y: chart.marker } : { x: chart.marker })}
                position="start"
                stroke="#C30000"
                strokeWidth={2}
                label={{ value: "3 mnd", position: "insideTopLeft", fill: "#C30000" }}
              />
            )}
            {chart.series.map((series, index) => (
              <Bar
                key={series.key}
                dataKey={series.key}
                name={series.label}
                fill={colours[index % colours.length]}
                stackId={chart.kind === "stacked" ? "stack" : undefined}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
