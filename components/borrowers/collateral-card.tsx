import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { removeCollateralAction } from "@/lib/actions/collateral-actions";
import { CollateralForm } from "./collateral-form";
import { ConfirmedAction } from "./confirmed-action";

type Vehicle = { id: string; vin: string; year: number | null; make: string | null; model: string | null };

const vehicleName = (vehicle: Vehicle) =>
  [vehicle.year, vehicle.make, vehicle.model].filter(Boolean).join(" ") || "Vehicle";

/** The loan's collateral: what the policy must cover. Officers add, correct and remove vehicles here. */
export function CollateralCard({
  borrowerId,
  borrowerName,
  vehicles,
  canEdit,
}: {
  borrowerId: string;
  borrowerName: string;
  vehicles: Vehicle[];
  canEdit: boolean;
}) {
  return (
    <Card data-testid="collateral-card">
      <CardHeader>
        <CardTitle>Collateral</CardTitle>
        <CardDescription>
          The vehicles the loan is secured by: the policy must cover each of them.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        {vehicles.length === 0 && (
          <p className="text-muted-foreground">No vehicle on file: the VIN rules cannot check anything.</p>
        )}
        {vehicles.map((vehicle) => (
          <div
            key={vehicle.id}
            className="grid gap-2 rounded-md border border-border p-3"
            data-testid="collateral-vehicle"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span>
                {vehicleName(vehicle)} <code className="text-xs">{vehicle.vin}</code>
              </span>
              {canEdit && (
                <ConfirmedAction
                  action={removeCollateralAction.bind(null, { borrowerId, vehicleId: vehicle.id })}
                  label="Remove"
                  variant="ghost"
                  title="Remove this vehicle from the collateral?"
                  description={`${vehicleName(vehicle)} (${vehicle.vin}) stops being part of ${borrowerName}'s collateral; the policies are evaluated again without it. This is recorded in the audit log.`}
                  confirmLabel="Remove vehicle"
                  destructive
                  testId={`collateral-remove-${vehicle.id}`}
                />
              )}
            </div>
            {canEdit && (
              <details>
                <summary className="cursor-pointer text-muted-foreground hover:text-foreground">
                  Edit this vehicle
                </summary>
                <div className="mt-2">
                  <CollateralForm borrowerId={borrowerId} vehicle={vehicle} />
                </div>
              </details>
            )}
          </div>
        ))}
        {canEdit && (
          <details data-testid="collateral-add">
            <summary className="cursor-pointer font-medium">Add a vehicle</summary>
            <div className="mt-2">
              <CollateralForm borrowerId={borrowerId} />
            </div>
          </details>
        )}
      </CardContent>
    </Card>
  );
}
