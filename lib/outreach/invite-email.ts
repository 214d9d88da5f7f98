// The words of an invitation to connect, and of the chases that follow it. The link leads to the page that says
// why the lender asks and what is shared, before the hand-off to Axle's Ignition.

type InviteInput = {
  borrowerFirstName: string;
  lenderName: string | null;
  /** The landing page's address. */
  link: string;
  /** 0 for the invitation, 1, 2… for the chases. */
  step: number;
};

export function inviteEmail({ borrowerFirstName, lenderName, link, step }: InviteInput) {
  const lender = lenderName ?? "Your lender";
  const subject =
    step === 0
      ? `${lender} asks you to connect your auto insurance`
      : `Reminder: connect your auto insurance for ${lender}`;
  const lines = [
    `Hello ${borrowerFirstName},`,
    "",
    step === 0
      ? `${lender} needs to confirm that the vehicle on your loan stays insured as your loan agreement requires. Instead of sending documents, you can connect your insurance account once, securely:`
      : `We have not been able to confirm your insurance yet. Connecting your insurance account takes about two minutes:`,
    link,
    "",
    "What is shared: your auto policy's details (coverages, limits, deductibles, vehicles, named insureds, lienholders and dates), and whether the connection still works. Never your password: you sign in to your insurance company through Axle.",
    "You can revoke this access at any time.",
    "",
    `Thank you,\n${lender}`,
  ];
  return { subject, text: lines.join("\n") };
}
