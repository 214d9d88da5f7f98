import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { coverageLabel, moneyOrMissing, vehicleName } from "@/lib/axle/policy-words";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { PolicyValue } from "./policy-value";

type Vehicle = { vin?: unknown; year?: unknown; make?: unknown; model?: unknown; use?: unknown };

const normalVin = (vin: unknown) => (typeof vin === "string" ? vin.trim().toUpperCase() : "");

/** The vehicles on the policy, with the loan's collateral marked, and every coverage with what it applies to. */
export function PolicyCoverages({
  policy,
  collateralVins,
}: {
  policy: AxlePolicy;
  collateralVins: string[];
}) {
  const collateral = new Set(collateralVins.map(normalVin));
  const vehicles = new Map(policy.properties.map((property) => [property.id, property.data as Vehicle]));
  const appliesTo = (propertyId: string | undefined) => {
    if (!propertyId) return <span className="text-muted-foreground">Every vehicle</span>;
    const vehicle = vehicles.get(propertyId);
    return vehicle ? (
      vehicleName(vehicle)
    ) : (
      <span className="text-muted-foreground">A vehicle not listed</span>
    );
  };

  return (
    <div className="grid grid-cols-1 gap-6">
      <section aria-label="Vehicles">
        <h4 className="mb-2 text-sm font-semibold">Vehicles</h4>
        {policy.properties.length === 0 ? (
          <p className="text-sm text-muted-foreground">No vehicle or dwelling listed on the policy.</p>
        ) : (
          <Table containerClassName="rounded-lg border border-border">
            <TableHeader>
              <TableRow>
                <TableHead>Vehicle</TableHead>
                <TableHead>VIN</TableHead>
                <TableHead>Use</TableHead>
                <TableHead>Loan collateral</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {policy.properties.map((property) => {
                const data = property.data as Vehicle;
                const isCollateral = collateral.has(normalVin(data.vin));
                return (
                  <TableRow
                    key={property.id}
                    data-testid="policy-vehicle"
                    data-collateral={isCollateral}
                    className={isCollateral ? "bg-info-soft/60" : undefined}
                  >
                    <TableCell className="font-medium">
                      {property.type === "vehicle" ? vehicleName(data) : property.type}
                    </TableCell>
                    <TableCell className="font-mono text-xs whitespace-nowrap">
                      <PolicyValue value={data.vin} />
                    </TableCell>
                    <TableCell>
                      <PolicyValue value={data.use} />
                    </TableCell>
                    <TableCell>
                      {isCollateral ? (
                        <Badge variant="info" testId="collateral-match">
                          Collateral
                        </Badge>
                      ) : (
                        <span className="text-muted-foreground">No</span>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </section>

      <section aria-label="Coverages">
        <h4 className="mb-2 text-sm font-semibold">Coverages</h4>
        {policy.coverages.length === 0 ? (
          <p className="text-sm text-muted-foreground">No coverage reported by the carrier.</p>
        ) : (
          <Table containerClassName="rounded-lg border border-border">
            <TableHeader>
              <TableRow>
                <TableHead>Coverage</TableHead>
                <TableHead className="text-right">Per person</TableHead>
                <TableHead className="text-right">Per accident</TableHead>
                <TableHead className="text-right">Deductible</TableHead>
                <TableHead>Applies to</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {policy.coverages.map((coverage) => (
                <TableRow
                  key={`${coverage.code}@${coverage.property ?? "all"}`}
                  data-testid="policy-coverage"
                  data-code={coverage.code}
                >
                  <TableCell className="font-medium">{coverageLabel(coverage)}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    <PolicyValue value={coverage.limitPerPerson} format={moneyOrMissing} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    <PolicyValue value={coverage.limitPerAccident} format={moneyOrMissing} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums" data-testid="coverage-deductible">
                    <PolicyValue value={coverage.deductible} format={moneyOrMissing} />
                  </TableCell>
                  <TableCell>{appliesTo(coverage.property)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
