import type { InputHTMLAttributes } from "react";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string;
  testId?: string;
};

export function Field({ label, name, error, testId, ...input }: FieldProps) {
  return (
    <label className="block text-sm">
      <span className="font-medium text-slate-700">{label}</span>
      <input
        name={name}
        data-testid={testId}
        aria-invalid={Boolean(error)}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 focus:border-blue-600 focus:outline-none"
        {...input}
      />
      {error && <span className="mt-1 block text-red-700">{error}</span>}
    </label>
  );
}
