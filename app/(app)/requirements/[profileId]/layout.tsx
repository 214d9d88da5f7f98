import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { getProfile } from "@/lib/server/profiles/list-profiles";

// Checked here, outside the segment's loading boundary, so an unknown profile is a real 404 (the page reads
// the same profile from React's per-request cache).
export default async function Layout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ profileId: string }>;
}) {
  await requirePagePermission("requirements.read");
  if (!(await getProfile((await params).profileId))) notFound();
  return children;
}
