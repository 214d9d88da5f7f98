"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { countAxisProps, shortDay, tooltipStyle } from "./chart-style";

export type WeeklyPoint = { weekStart: string; opened: number; resolved: number };

export function WeeklyViolationsChart({ weeks }: { weeks: WeeklyPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis
          dataKey="weekStart"
          tickFormatter={shortDay}
          minTickGap={16}
          stroke="var(--muted-foreground)"
          fontSize={12}
        />
        <YAxis {...countAxisProps} />
        <Tooltip labelFormatter={(day) => `Week of ${shortDay(String(day))}`} contentStyle={tooltipStyle} />
        <Legend />
        <Bar dataKey="opened" name="Opened" fill="var(--danger)" isAnimationActive={false} />
        <Bar dataKey="resolved" name="Resolved" fill="var(--success)" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
