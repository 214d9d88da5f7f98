// Onboarding borrowers, against a real PostgreSQL, the twin and a real SMTP server: the invitation at creation
// and on import, each sent once; the chase on the profile's cadence, which stops at connection and re-issues a
// spent link; the opt-out, honoured by every borrower email; the preview of a bulk send.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeHostedIgnition } from "../../axle-twin/src/testing/complete-hosted-ignition";
import { type Harness, startServerHarness } from "../support/server-harness";
import { startTestSmtpServer } from "../support/test-smtp-server";

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let harness: Harness;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  harness = await startServerHarness({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await harness.close();
  await smtp.close();
});

const day = 24 * 60 * 60 * 1000;
let sequence = 0;

/** A borrower registered as the New borrower form does, invited or not. */
async function newBorrower({ invite }: { invite: boolean }) {
  const { startIgnitionForNewBorrower } = await import("@/lib/server/ignition/start-ignition");
  sequence += 1;
  const loanReference = `LN-ONB-${sequence}-${Date.now()}`;
  const email = `onboarding-${sequence}-${Date.now()}@example.com`;
  const started = await startIgnitionForNewBorrower(
    {
      firstName: "Robin",
      lastName: `Onboard${sequence}`,
      email,
      loanReference,
      lenderName: "Acme Auto Finance",
    },
    harness.admin,
    { invite },
  );
  return { ...started, email, loanReference };
}

/** Delivers every email waiting in the outbox, as the send-email jobs would. */
async function deliverOutbox() {
  const { runSendEmailJob } = await import("@/lib/server/email/send-email-job");
  const waiting = await harness.db.emailMessage.findMany({
    where: { status: "OUTBOX" },
    select: { id: true },
  });
  for (const { id } of waiting) await runSendEmailJob({ emailId: id });
}

const receivedBy = (address: string) => smtp.received.filter((email) => email.to === address);
/** The raw message with header lines and quoted-printable lines joined again. */
const unfold = (raw: string) =>
  raw
    .replace(/\r?\n[ \t]+/g, " ")
    .replace(/=\r?\n/g, "")
    .replace(/=3D/g, "=");

async function invitedAt(borrowerId: string) {
  const invitation = await harness.db.outreach.findFirstOrThrow({ where: { borrowerId, inviteStep: 0 } });
  return invitation.createdAt;
}

async function invitations(borrowerId: string) {
  return harness.db.outreach.findMany({
    where: { borrowerId, reason: "invite" },
    orderBy: { inviteStep: "asc" },
    select: { inviteStep: true, ignitionSessionId: true, createdAt: true },
  });
}

async function connect(ignitionSessionId: string) {
  const { completeIgnition } = await import("@/lib/server/ignition/complete-ignition");
  const session = await harness.db.ignitionSession.findUniqueOrThrow({ where: { id: ignitionSessionId } });
  const redirect = new URL(
    await completeHostedIgnition({ ignitionUri: session.uri, policy: "mercedes-c300" }),
  );
  const outcome = await completeIgnition({
    sessionId: ignitionSessionId,
    authCode: redirect.searchParams.get("authCode") ?? "",
    result: "link",
  });
  expect(outcome).toBe("connected");
}

describe("the invitation", () => {
  it("at creation: one email, with the landing page and the borrower's own opt-out, sent once", async () => {
    const { readLanding } = await import("@/lib/server/onboarding/landing");
    const borrower = await newBorrower({ invite: true });
    await deliverOutbox();
    await deliverOutbox();
    const [received] = receivedBy(borrower.email);
    expect(receivedBy(borrower.email)).toHaveLength(1);
    const raw = unfold(received?.raw ?? "");
    expect(raw).toContain("Subject: Acme Auto Finance asks you to connect your auto insurance");
    expect(raw).toMatch(/List-Unsubscribe: <http:\/\/127\.0\.0\.1:9\/api\/unsubscribe\?b=[^>]+>/);
    expect(raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(raw).toContain(`/connect/unsubscribe?b=${borrower.borrowerId}&t=`);

    const landing = raw.match(/\/connect\/start\?s=([^&\s]+)&t=([^\s]+)/);
    expect(landing?.[1]).toBe(borrower.ignitionSessionId);
    const page = await readLanding(landing?.[1] ?? "", landing?.[2]);
    expect(page).toMatchObject({ state: "ready", firstName: "Robin", lenderName: "Acme Auto Finance" });
    const session = await harness.db.ignitionSession.findUniqueOrThrow({
      where: { id: borrower.ignitionSessionId },
    });
    expect(page.state === "ready" && page.ignitionUri).toBe(session.uri);
    // A signature of another session does not open this one.
    expect(await readLanding(borrower.ignitionSessionId, `${landing?.[2]}x`)).toEqual({ state: "invalid" });
  });

  it("is refused, in words, for a borrower already invited, and a second bulk run records nothing new", async () => {
    const { inviteBorrower } = await import("@/lib/server/onboarding/invite-borrower");
    const borrower = await newBorrower({ invite: true });
    await expect(inviteBorrower({ borrowerId: borrower.borrowerId, actor: harness.admin })).rejects.toThrow(
      /was invited on \d{4}-\d{2}-\d{2}/,
    );
    expect(await invitations(borrower.borrowerId)).toHaveLength(1);
  });

  it("on import: the file's borrowers are invited by a job, each once, however often it runs", async () => {
    const { importBorrowers } = await import("@/lib/server/borrowers/import-borrowers");
    const { runBulkAction } = await import("@/lib/server/bulk/run-bulk-action");
    const stamp = Date.now();
    const emails = [`imp-a-${stamp}@example.com`, `imp-b-${stamp}@example.com`];
    const csv = [
      "first_name,last_name,email,phone,loan_reference,lender_name,profile,vin,vehicle_year,vehicle_make,vehicle_model",
      `Ada,Import,${emails[0]},,LN-IMP-A-${stamp},Acme Auto Finance,,,,,`,
      `Ben,Import,${emails[1]},,LN-IMP-B-${stamp},Acme Auto Finance,,,,,`,
    ].join("\n");
    const { previewBorrowerImport } = await import("@/lib/server/borrowers/import-borrowers");
    expect((await previewBorrowerImport(csv)).errors).toEqual([]);
    const imported = await importBorrowers({ text: csv, actor: harness.admin, invite: true });
    expect(imported.invitationsId).toEqual(expect.any(String));
    await runBulkAction(imported.invitationsId as string);
    await runBulkAction(imported.invitationsId as string);
    const action = await harness.db.bulkAction.findUniqueOrThrow({
      where: { id: imported.invitationsId as string },
    });
    expect(action).toMatchObject({ kind: "invite", status: "DONE", total: 2, succeeded: 2, failed: 0 });
    await deliverOutbox();
    for (const address of emails) expect(receivedBy(address)).toHaveLength(1);
  });
});

describe("the chase", () => {
  it("follows the cadence, one email per step and only the latest step due, and stops at connection", async () => {
    const { sendDueChases } = await import("@/lib/server/onboarding/send-due-chases");
    const borrower = await newBorrower({ invite: true });
    const invited = await invitedAt(borrower.borrowerId);
    const at = (days: number) => new Date(invited.getTime() + days * day + 60_000);

    await sendDueChases(at(2));
    expect((await invitations(borrower.borrowerId)).map((row) => row.inviteStep)).toEqual([0]);
    await sendDueChases(at(3));
    await sendDueChases(at(3));
    expect((await invitations(borrower.borrowerId)).map((row) => row.inviteStep)).toEqual([0, 1]);
    // Away for two steps (days 7 and 14 both due): one reminder, the latest.
    await sendDueChases(at(15));
    expect((await invitations(borrower.borrowerId)).map((row) => row.inviteStep)).toEqual([0, 1, 3]);
    await deliverOutbox();
    const subjects = receivedBy(borrower.email).map((email) => unfold(email.raw).match(/Subject: (.*)/)?.[1]);
    expect(subjects).toEqual([
      "Acme Auto Finance asks you to connect your auto insurance",
      "Reminder: connect your auto insurance for Acme Auto Finance",
      "Reminder: connect your auto insurance for Acme Auto Finance",
    ]);
  });

  it("stops when the borrower connects", async () => {
    const { sendDueChases } = await import("@/lib/server/onboarding/send-due-chases");
    const borrower = await newBorrower({ invite: true });
    const invited = await invitedAt(borrower.borrowerId);
    await connect(borrower.ignitionSessionId);
    await sendDueChases(new Date(invited.getTime() + 30 * day));
    expect((await invitations(borrower.borrowerId)).map((row) => row.inviteStep)).toEqual([0]);
  });

  it("replaces a link that no longer works with a new one from Axle", async () => {
    const { sendDueChases } = await import("@/lib/server/onboarding/send-due-chases");
    const borrower = await newBorrower({ invite: true });
    await harness.db.ignitionSession.update({
      where: { id: borrower.ignitionSessionId },
      data: { status: "ERRORED", message: "The carrier's site failed" },
    });
    await sendDueChases(new Date((await invitedAt(borrower.borrowerId)).getTime() + 3 * day + 60_000));
    const [, chase] = await invitations(borrower.borrowerId);
    expect(chase?.ignitionSessionId).toBeDefined();
    expect(chase?.ignitionSessionId).not.toBe(borrower.ignitionSessionId);
    const fresh = await harness.db.ignitionSession.findUniqueOrThrow({
      where: { id: chase?.ignitionSessionId as string },
    });
    expect(fresh).toMatchObject({ borrowerId: borrower.borrowerId, status: "CREATED" });
    const email = await harness.db.emailMessage.findFirstOrThrow({
      where: { outreach: { ignitionSessionId: fresh.id } },
    });
    expect(email.text).toContain(`/connect/start?s=${fresh.id}&t=`);
  });
});

describe("the opt-out", () => {
  it("is recorded once from the signed link, and then no borrower email is written", async () => {
    const { optOutOfEmail } = await import("@/lib/server/onboarding/opt-out");
    const { oneClickOptOutUrl } = await import("@/lib/server/onboarding/borrower-links");
    const { requestReconnect } = await import("@/lib/server/outreach/request-reconnect");
    const { sendDueChases } = await import("@/lib/server/onboarding/send-due-chases");
    const borrower = await newBorrower({ invite: true });
    const signature = new URL(oneClickOptOutUrl(borrower.borrowerId)).searchParams.get("t");

    expect(await optOutOfEmail({ borrowerId: borrower.borrowerId, signature: "forged", via: "page" })).toBe(
      false,
    );
    expect(
      (await harness.db.borrower.findUniqueOrThrow({ where: { id: borrower.borrowerId } })).emailOptedOutAt,
    ).toBeNull();
    expect(await optOutOfEmail({ borrowerId: borrower.borrowerId, signature, via: "one-click" })).toBe(true);
    expect(await optOutOfEmail({ borrowerId: borrower.borrowerId, signature, via: "page" })).toBe(true);
    const audit = await harness.db.auditLog.findMany({
      where: { targetId: borrower.borrowerId, action: "borrower.opted-out" },
      select: { actorLabel: true, details: true },
    });
    expect(audit).toEqual([{ actorLabel: "borrower", details: { via: "one-click" } }]);

    const emailsBefore = await harness.db.emailMessage.count({ where: { to: borrower.email } });
    await expect(requestReconnect({ borrowerId: borrower.borrowerId, actor: harness.admin })).rejects.toThrow(
      /opted out of email on \d{4}-\d{2}-\d{2}/,
    );
    await sendDueChases(new Date(Date.now() + 30 * day));
    expect(await harness.db.emailMessage.count({ where: { to: borrower.email } })).toBe(emailsBefore);
    expect((await invitations(borrower.borrowerId)).map((row) => row.inviteStep)).toEqual([0]);
  });
});

describe("the preview of a bulk invitation", () => {
  it("counts who gets it and who is skipped, and shows the email; it writes nothing", async () => {
    const { previewBulkEmail } = await import("@/lib/server/onboarding/preview-bulk-email");
    const { optOutOfEmail } = await import("@/lib/server/onboarding/opt-out");
    const { oneClickOptOutUrl } = await import("@/lib/server/onboarding/borrower-links");
    const fresh = [await newBorrower({ invite: false }), await newBorrower({ invite: false })];
    const invited = await newBorrower({ invite: true });
    const optedOut = await newBorrower({ invite: false });
    await optOutOfEmail({
      borrowerId: optedOut.borrowerId,
      signature: new URL(oneClickOptOutUrl(optedOut.borrowerId)).searchParams.get("t"),
      via: "page",
    });
    const connected = await harness.connectBorrower();
    const emailsBefore = await harness.db.emailMessage.count();

    const preview = await previewBulkEmail({
      kind: "invite",
      target: {
        borrowerIds: [...fresh, invited, optedOut].map((b) => b.borrowerId).concat(connected.borrowerId),
      },
      actor: harness.admin,
    });
    expect(preview).toMatchObject({
      recipients: 2,
      skipped: { optedOut: 1, connected: 1, invited: 1, descoped: 0 },
      sample: { subject: "Acme Auto Finance asks you to connect your auto insurance" },
    });
    expect(fresh.map((b) => b.email)).toContain(preview.sample?.to);
    expect(preview.sample?.text).toContain(
      "Every email ends with the borrower's own link to stop these emails.",
    );
    expect(await harness.db.emailMessage.count()).toBe(emailsBefore);
  });
});
