import { optOutOfEmail } from "@/lib/server/onboarding/opt-out";

// One-click opt-out for mail clients (RFC 8058): they POST `List-Unsubscribe=One-Click` to the List-Unsubscribe
// address of a borrower email. The signed address is the proof; the answer carries no detail either way.
export async function POST(request: Request) {
  const url = new URL(request.url);
  const recorded = await optOutOfEmail({
    borrowerId: url.searchParams.get("b") ?? "",
    signature: url.searchParams.get("t"),
    via: "one-click",
  });
  return recorded
    ? new Response(null, { status: 204 })
    : Response.json({ error: "This opt-out link is not valid." }, { status: 400 });
}
