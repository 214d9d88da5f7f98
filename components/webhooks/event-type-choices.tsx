"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { eventTypeLabels } from "@/lib/integrations/event-type-labels";
import { type OutboundEventType, outboundEventTypes } from "@/lib/integrations/event-types";

/**
 * A checkbox per event type, with what it means. In a form (`name`, ticked at first as `initial`), or controlled
 * (`selected` and `onChange`).
 */
export function EventTypeChoices({
  idPrefix,
  name,
  initial,
  selected,
  onChange,
}: {
  idPrefix: string;
  name?: string;
  initial?: ReadonlySet<string>;
  selected?: ReadonlySet<string>;
  onChange?: (type: OutboundEventType, isChecked: boolean) => void;
}) {
  return (
    <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
      {outboundEventTypes.map((type) => (
        <label
          key={type}
          htmlFor={`${idPrefix}-${type}`}
          className="flex items-start gap-2 rounded-md border border-border p-2"
        >
          <Checkbox
            id={`${idPrefix}-${type}`}
            name={name}
            value={type}
            {...(selected
              ? { checked: selected.has(type), onCheckedChange: (state) => onChange?.(type, state === true) }
              : { defaultChecked: initial?.has(type) ?? true })}
            data-testid={`webhook-event-${type}`}
            className="mt-0.5"
          />
          <span className="grid gap-0.5">
            <span className="font-medium">{eventTypeLabels[type].label}</span>
            <span className="text-xs text-muted-foreground">{eventTypeLabels[type].description}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
