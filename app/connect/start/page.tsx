import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import { BorrowerPageShell } from "@/components/connect/borrower-page-shell";
import { Button } from "@/components/ui/button";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import { readLanding } from "@/lib/server/onboarding/landing";

// The signed link is in this page's address: no referrer carries it on, and no search engine keeps it.
export const metadata: Metadata = {
  title: { absolute: "Connect your insurance" },
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

/**
 * Where an invitation's link lands, before the hand-off to Axle's Ignition: who asks, why, what is shared, and
 * that it can be revoked. Public: the signed link is the proof.
 */
export default async function ConnectStartPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = await searchParams;
  const landing = await readLanding(firstParam(params.s) ?? "", firstParam(params.t));
  if (landing.state === "invalid")
    return (
      <BorrowerPageShell lenderName={null} title="This link is not valid">
        <p className="text-muted-foreground" data-testid="landing-invalid">
          Its address may have been cut off when it was copied. Use the link in your lender's email again, or
          ask them for a new one.
        </p>
      </BorrowerPageShell>
    );
  if (landing.state === "connected")
    return (
      <BorrowerPageShell lenderName={landing.lenderName} title="Your insurance is connected">
        <p className="text-muted-foreground" data-testid="landing-connected">
          Thank you: there is nothing more to do. You can close this window.
        </p>
      </BorrowerPageShell>
    );
  if (landing.state === "spent")
    return (
      <BorrowerPageShell lenderName={landing.lenderName} title="This link no longer works">
        <p className="text-muted-foreground" data-testid="landing-spent">
          A new link is sent with the next reminder. If you would rather not wait, ask your lender for one.
        </p>
      </BorrowerPageShell>
    );
  const lender = landing.lenderName ?? "Your lender";
  return (
    <BorrowerPageShell
      lenderName={landing.lenderName}
      title={`Connect your auto insurance, ${landing.firstName}`}
      description={`${lender} asks you to confirm that the vehicle on your loan stays insured.`}
    >
      <section aria-labelledby="why" className="grid gap-1">
        <h2 id="why" className="font-medium">
          Why
        </h2>
        <p className="text-muted-foreground">
          Your loan agreement requires insurance on the vehicle. Connecting once replaces sending documents:{" "}
          {lender} sees changes to your policy as they happen, and reminds you only if something needs your
          attention.
        </p>
      </section>
      <section aria-labelledby="what" className="grid gap-1">
        <h2 id="what" className="font-medium">
          What is shared
        </h2>
        <p className="text-muted-foreground">
          Your auto policy's details: coverages, limits, deductibles, vehicles, named insureds, lienholders
          and term dates, and whether the connection still works. Never your password: you sign in to your
          insurance company on Axle's secure page, not here.
        </p>
      </section>
      <section aria-labelledby="revoke" className="grid gap-1">
        <h2 id="revoke" className="font-medium">
          You stay in control
        </h2>
        <p className="text-muted-foreground">
          You can revoke this access at any time by asking {lender}, and changing your insurance password ends
          it too.
        </p>
      </section>
      <Button asChild size="lg" className="justify-self-start">
        <a href={landing.ignitionUri} rel="noreferrer" data-testid="landing-continue">
          Continue to connect <ExternalLink aria-hidden />
        </a>
      </Button>
    </BorrowerPageShell>
  );
}
