"use client";

import { useActionState, useEffect, useId } from "react";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/action-state";
import { startIgnitionForNewBorrowerAction } from "@/lib/actions/borrower-actions";

/** Registers a borrower and starts their first Ignition session; a refusal keeps every field as typed. */
export function NewBorrowerForm() {
  const [state, action, isPending] = useActionState<ActionState, FormData>(
    startIgnitionForNewBorrowerAction,
    {},
  );
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};

  useEffect(() => {
    if (state.error) toast.error(state.error);
  }, [state]);

  return (
    // React resets a form after its action runs; the submitted values come back as the defaults.
    <form action={action}>
      <Card>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <Field
            label="First name"
            name="firstName"
            autoComplete="off"
            required
            defaultValue={values.firstName}
            error={errors.firstName}
            testId="borrower-first-name"
          />
          <Field
            label="Last name"
            name="lastName"
            autoComplete="off"
            required
            defaultValue={values.lastName}
            error={errors.lastName}
            testId="borrower-last-name"
          />
          <Field
            label="Email"
            name="email"
            type="email"
            autoComplete="off"
            required
            hint="The Ignition link and any reminders go to this address."
            defaultValue={values.email}
            error={errors.email}
            testId="borrower-email"
            className="sm:col-span-2"
          />
          <Field
            label="Loan reference"
            name="loanReference"
            required
            defaultValue={values.loanReference}
            error={errors.loanReference}
            testId="borrower-loan-reference"
          />
          <Field
            label="Lender name on the policy"
            name="lenderName"
            hint="Optional. Checked against the lienholder on the policy."
            defaultValue={values.lenderName}
            error={errors.lenderName}
            testId="borrower-lender-name"
          />
          <Field
            label="Collateral VIN"
            name="vin"
            hint="Optional. Checked against the vehicles on the policy."
            defaultValue={values.vin}
            error={errors.vin}
            testId="borrower-vin"
            className="sm:col-span-2"
          />
          <div className="flex items-start gap-3 text-sm sm:col-span-2">
            {/* Tells a resubmitted form that an unticked box was unticked, not missing. */}
            <input type="hidden" name="inviteShown" value="1" />
            <Checkbox
              id={`${id}-invite`}
              name="invite"
              defaultChecked={values.inviteShown ? values.invite === "on" : true}
              className="mt-0.5"
              data-testid="borrower-invite"
            />
            <label htmlFor={`${id}-invite`} className="grid cursor-pointer gap-0.5">
              <span>Email the borrower an invitation to connect</span>
              <span className="text-muted-foreground">
                With reminders on their profile's cadence until they connect; every email lets them opt out.
              </span>
            </label>
          </div>
          {state.error && (
            <p
              role="alert"
              className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger-foreground sm:col-span-2"
              data-testid="form-error"
            >
              {state.error}
            </p>
          )}
        </CardContent>
        <CardFooter>
          <SubmitButton isPending={isPending} pendingLabel="Starting…" data-testid="start-ignition">
            Start Ignition
          </SubmitButton>
          <span className="text-sm text-muted-foreground">
            The record shows the Ignition link too, to send yourself.
          </span>
        </CardFooter>
      </Card>
    </form>
  );
}
