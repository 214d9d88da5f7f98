import type { Metadata } from "next";
import { TeamView } from "@/components/team/team-view";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { listUsers } from "@/lib/server/users/list-users";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const user = await requirePagePermission("users.manage");
  const now = new Date();
  const members = await listUsers(now);
  return <TeamView members={members} currentUserId={user.id} now={now} />;
}
