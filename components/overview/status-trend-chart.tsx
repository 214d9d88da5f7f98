"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TrendPoint } from "@/lib/server/overview/get-status-trend";

/** The series of the trend, worst at the bottom of the stack, in the status colours of the design system. */
export const trendSeries = [
  { key: "nonCompliant", label: "Non-compliant", color: "var(--danger)" },
  { key: "disconnected", label: "Disconnected", color: "var(--destructive)" },
  { key: "atRisk", label: "At risk", color: "var(--warning)" },
  { key: "compliant", label: "Compliant", color: "var(--success)" },
  { key: "notConnected", label: "Not connected", color: "var(--info)" },
] as const;

const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });

export function StatusTrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis
          dataKey="day"
          tickFormatter={shortDay}
          minTickGap={32}
          stroke="var(--muted-foreground)"
          fontSize={12}
        />
        <YAxis width={48} stroke="var(--muted-foreground)" fontSize={12} allowDecimals={false} />
        <Tooltip
          labelFormatter={(day) => shortDay(String(day))}
          contentStyle={{
            background: "var(--popover)",
            borderColor: "var(--border)",
            color: "var(--popover-foreground)",
          }}
        />
        {trendSeries.map((series) => (
          <Area
            key={series.key}
            type="monotone"
            dataKey={series.key}
            name={series.label}
            stackId="status"
            stroke={series.color}
            fill={series.color}
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
