import "server-only";
import { recordAudit } from "../audit/record-audit";
import { refreshComplianceStatus } from "../compliance/refresh-compliance-status";
import { db } from "../db";

/** Waivers whose date has passed: the violation is open again, and the audit log says so. */
export async function lapseWaivers(now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const lapsed = await tx.violation.findMany({
      where: { status: "WAIVED", waivedUntil: { lte: now } },
      select: { id: true, borrowerId: true, waivedUntil: true },
    });
    for (const violation of lapsed) {
      await tx.violation.update({ where: { id: violation.id }, data: { status: "OPEN" } });
      await recordAudit(tx, {
        actor: "system",
        action: "violation.waiver-lapsed",
        targetType: "Violation",
        targetId: violation.id,
        details: { waivedUntil: violation.waivedUntil?.toISOString() ?? null },
      });
    }
    await refreshComplianceStatus(
      tx,
      lapsed.map((violation) => violation.borrowerId),
      now,
    );
    return lapsed.length;
  });
}
