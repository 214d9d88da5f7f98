import { ActionForm } from "@/components/ui/action-form";
import { assignProfileAction } from "@/lib/actions/profile-actions";

type Props = {
  borrowerId: string;
  currentProfileId: string | null;
  profiles: { id: string; name: string; isDefault: boolean }[];
  canAssign: boolean;
};

/** Which requirement profile applies to the borrower; admins change it here (policies are evaluated again). */
export function ProfileAssignment({ borrowerId, currentProfileId, profiles, canAssign }: Props) {
  const current =
    profiles.find((profile) => profile.id === currentProfileId) ??
    profiles.find((profile) => profile.isDefault);
  if (!canAssign) {
    return (
      <p className="text-sm text-slate-600" data-testid="assigned-profile">
        Requirements: {current?.name ?? "default"}
      </p>
    );
  }
  return (
    <div className="mt-1 text-sm">
      <ActionForm action={assignProfileAction.bind(null, borrowerId)} label="Assign" testId="assign-profile">
        <label className="text-slate-600">
          Requirements{" "}
          <select
            name="profileId"
            defaultValue={currentProfileId ?? ""}
            className="rounded border border-slate-300 px-2 py-1"
            data-testid="profile-select"
          >
            {profiles.map((profile) => (
              <option key={profile.id} value={profile.isDefault ? "" : profile.id}>
                {profile.name}
                {profile.isDefault ? " (default)" : ""}
              </option>
            ))}
          </select>
        </label>
      </ActionForm>
    </div>
  );
}
