"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { trendSeries } from "@/lib/overview/trend-series";
import type { TrendPoint } from "@/lib/server/overview/get-status-trend";
import { countAxisProps, shortDay, tooltipStyle } from "./chart-style";

export function StatusTrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis
          dataKey="day"
          tickFormatter={shortDay}
          minTickGap={32}
          stroke="var(--muted-foreground)"
          fontSize={12}
        />
        <YAxis {...countAxisProps} />
        <Tooltip labelFormatter={(day) => shortDay(String(day))} contentStyle={tooltipStyle} />
        <Legend />
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
