"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-state";
import { startIgnitionForNewBorrowerAction } from "@/lib/actions/borrower-actions";

export function NewBorrowerForm() {
  const [state, action, isPending] = useActionState<ActionState, FormData>(
    startIgnitionForNewBorrowerAction,
    {},
  );
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4 rounded-xl bg-white p-6 shadow">
      <div className="grid grid-cols-2 gap-4">
        <Field
          label="First name"
          name="firstName"
          required
          error={errors.firstName}
          testId="borrower-first-name"
        />
        <Field
          label="Last name"
          name="lastName"
          required
          error={errors.lastName}
          testId="borrower-last-name"
        />
      </div>
      <Field label="Email" name="email" type="email" required error={errors.email} testId="borrower-email" />
      <div className="grid grid-cols-2 gap-4">
        <Field
          label="Lender name on the policy"
          name="lenderName"
          error={errors.lenderName}
          testId="borrower-lender-name"
        />
        <Field label="Collateral VIN (optional)" name="vin" error={errors.vin} testId="borrower-vin" />
      </div>
      <Field
        label="Loan reference"
        name="loanReference"
        required
        error={errors.loanReference}
        testId="borrower-loan-reference"
      />
      {state.error && (
        <p className="rounded bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="form-error">
          {state.error}
        </p>
      )}
      <Button type="submit" disabled={isPending} data-testid="start-ignition">
        {isPending ? "Starting…" : "Start Ignition"}
      </Button>
    </form>
  );
}
