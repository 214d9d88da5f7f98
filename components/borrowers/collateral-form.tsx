"use client";

import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import type { ActionState } from "@/lib/action-state";
import { saveCollateralAction } from "@/lib/actions/collateral-actions";

type Vehicle = { id: string; vin: string; year: number | null; make: string | null; model: string | null };

/**
 * Adds a collateral vehicle, or corrects one. A VIN whose check digit does not match is refused at the field;
 * the officer may keep it by saying why. A refusal keeps what was typed.
 */
export function CollateralForm({ borrowerId, vehicle }: { borrowerId: string; vehicle?: Vehicle }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(
    saveCollateralAction.bind(null, { borrowerId, vehicleId: vehicle?.id ?? null }),
    {},
  );
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const prefix = vehicle ? `collateral-${vehicle.id}` : "collateral-new";
  const initial = (name: keyof Vehicle) =>
    values[name] ?? (vehicle?.[name] == null ? "" : String(vehicle[name]));

  useEffect(() => {
    if (state.notice) toast.success(state.notice);
  }, [state]);

  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" data-testid={`${prefix}-form`}>
      <Field
        label="VIN"
        name="vin"
        required
        autoComplete="off"
        defaultValue={initial("vin")}
        error={errors.vin}
        testId={`${prefix}-vin`}
        className="sm:col-span-2"
      />
      <Field
        label="Year"
        name="year"
        inputMode="numeric"
        defaultValue={initial("year")}
        error={errors.year}
        testId={`${prefix}-year`}
      />
      <Field
        label="Make"
        name="make"
        defaultValue={initial("make")}
        error={errors.make}
        testId={`${prefix}-make`}
      />
      <Field
        label="Model"
        name="model"
        defaultValue={initial("model")}
        error={errors.model}
        testId={`${prefix}-model`}
      />
      {errors.vin && (
        <Field
          label="Keep this VIN anyway because…"
          name="overrideReason"
          defaultValue={values.overrideReason}
          hint="Recorded in the audit log with the VIN."
          testId={`${prefix}-override`}
        />
      )}
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" size="sm" disabled={isPending} data-testid={`${prefix}-save`}>
          {vehicle ? "Save vehicle" : "Add vehicle"}
        </Button>
        {state.error && !state.fieldErrors && (
          <span role="alert" className="text-sm text-destructive" data-testid={`${prefix}-error`}>
            {state.error}
          </span>
        )}
      </div>
    </form>
  );
}
