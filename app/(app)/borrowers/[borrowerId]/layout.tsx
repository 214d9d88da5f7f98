import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { getBorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";

// Checked here, outside the segment's loading boundary, so an unknown borrower is a real 404 (the page reads
// the same record from React's per-request cache).
export default async function Layout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ borrowerId: string }>;
}) {
  await requirePagePermission("borrowers.read");
  if (!(await getBorrowerDetail((await params).borrowerId))) notFound();
  return children;
}
