import { FileText } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { addressLine, dateOrMissing, thirdPartyTypeLabels, vehicleName } from "@/lib/axle/policy-words";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { PolicyValue } from "./policy-value";

// Signed links from the carrier: shown only when they are web links, never a `javascript:` or data URL.
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="min-w-0">
      <h4 className="mb-2 text-sm font-semibold">{title}</h4>
      {children}
    </section>
  );
}

/** Who is insured, who else has an interest (lienholders, lessors), and the carrier's documents. */
export function PolicyParties({ policy }: { policy: AxlePolicy }) {
  const vehicles = new Map(policy.properties.map((property) => [property.id, property.data]));
  const onVehicle = (propertyId: string | null | undefined) =>
    propertyId ? ` · on ${vehicleName(vehicles.get(propertyId))}` : "";

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <Section title="Insureds">
        {policy.insureds.length === 0 ? (
          <p className="text-sm text-muted-foreground">No insured listed.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {policy.insureds.map((insured) => (
              <li key={`${insured.firstName} ${insured.lastName}`} data-testid="policy-insured">
                <span className="font-medium">
                  {insured.firstName} {insured.lastName}
                </span>
                {insured.type && (
                  <Badge variant="outline" className="ml-2">
                    {insured.type === "primary"
                      ? "Primary"
                      : insured.type === "secondary"
                        ? "Secondary"
                        : insured.type}
                  </Badge>
                )}
                <div className="text-xs text-muted-foreground">
                  Born <PolicyValue value={(insured as Record<string, unknown>).dateOfBirthYear} />
                  {onVehicle(insured.property)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title="Lienholders and interests">
        {policy.thirdParties.length === 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="no-third-parties">
            No lienholder, lessor or other interest listed.
          </p>
        ) : (
          <ul className="space-y-2 text-sm">
            {policy.thirdParties.map((party) => (
              <li key={`${party.type}:${party.name}`} data-testid="policy-third-party">
                <Badge variant="outline" className="mr-2">
                  {thirdPartyTypeLabels[party.type] ?? party.type}
                </Badge>
                <span className="font-medium">{party.name}</span>
                <div className="text-xs text-muted-foreground">
                  {party.address === undefined ? (
                    <PolicyValue value={undefined} />
                  ) : (
                    (addressLine(party.address) ?? "Address empty")
                  )}
                  {onVehicle(party.property)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title="Documents">
        {policy.documents.length === 0 ? (
          <p className="text-sm text-muted-foreground">No document shared by the carrier.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {policy.documents.map((document, index) => {
              const types = Array.isArray(document.type) ? (document.type as string[]) : [];
              return (
                // Documents have no id in Axle's data; the URL is unique but long: the position is stable per body.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <li key={index} className="flex items-start gap-2" data-testid="policy-document">
                  <FileText className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
                  <div className="min-w-0">
                    {isWebLink(document.url) ? (
                      <a
                        href={document.url}
                        target="_blank"
                        rel="noopener noreferrer"
                        className="font-medium text-primary underline-offset-4 hover:underline"
                      >
                        {document.name}
                      </a>
                    ) : (
                      <span className="font-medium">{document.name}</span>
                    )}
                    <div className="text-xs text-muted-foreground">
                      {types.map((type) => type.replaceAll("-", " ")).join(", ") || "Type not given"}
                      {typeof document.createdAt === "string" && ` · ${dateOrMissing(document.createdAt)}`}
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Section>
    </div>
  );
}
