import { type InputHTMLAttributes, useId } from "react";
import { cn } from "@/lib/cn";
import { Input } from "./input";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  /** The server's message for this field; it is announced with the input and marks it invalid. */
  error?: string;
  /** A line of help under the input. */
  hint?: string;
  testId?: string;
};

/** A labelled input with its hint and error, the unit every form is built from. */
export function Field({ label, name, error, hint, testId, className, ...input }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cn("grid gap-1.5 text-sm", className)}>
      <label htmlFor={id} className="font-medium text-foreground">
        {label}
      </label>
      <Input
        id={id}
        name={name}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...input}
      />
      {hint && (
        <span id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="text-xs font-medium text-destructive">
          {error}
        </span>
      )}
    </div>
  );
}
