import { describeMissing } from "@/lib/axle/policy-words";

/**
 * One value of the carrier's data. Null ("Not reported by the carrier") and absent ("Not provided") read
 * differently, and both are muted so that a reader's eye goes to the values that are there.
 */
export function PolicyValue({ value, format }: { value: unknown; format?: (value: never) => string }) {
  const missing = describeMissing(value);
  if (missing)
    return (
      <span className="text-muted-foreground italic" data-missing={value === null ? "null" : "absent"}>
        {missing}
      </span>
    );
  return <>{format ? format(value as never) : String(value)}</>;
}
