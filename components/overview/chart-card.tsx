import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/**
 * A chart with its title, and the same numbers as a table: screen readers get the table, and anyone can open it
 * ("Show the numbers") to read exact values.
 */
export function ChartCard({
  title,
  description,
  chart,
  table,
  testId,
}: {
  title: string;
  description?: string;
  chart: ReactNode;
  table: ReactNode;
  testId?: string;
}) {
  return (
    <Card data-testid={testId}>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description && <CardDescription>{description}</CardDescription>}
      </CardHeader>
      <CardContent>
        <div aria-hidden>{chart}</div>
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-muted-foreground hover:text-foreground">
            Show the numbers
          </summary>
          <div className="mt-2 max-h-72 overflow-auto">{table}</div>
        </details>
      </CardContent>
    </Card>
  );
}
